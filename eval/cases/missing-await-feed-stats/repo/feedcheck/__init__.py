"""Check a folder of exported RSS feeds: entry counts, stale feeds, broken items."""
