"""Curated content: the data model, the loader for `content/`, and the moderators' checks."""
