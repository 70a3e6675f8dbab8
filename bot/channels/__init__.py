"""Thin adapters between people and the engine: terminal, one-shot ask, Telegram."""
