"""The channel-independent engine: one message in, one reply out."""
