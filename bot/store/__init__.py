"""SQLite storage through sqlite-utils: schema migrations and the queries the engine needs."""
