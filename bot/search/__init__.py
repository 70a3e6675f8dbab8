"""Semantic and keyword search over curated content: embedder, index build, hybrid query."""
