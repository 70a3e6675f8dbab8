"""Zebra: a chatbot for rare-disease patient communities, answering only from curated content."""

__version__ = "0.1.0"
