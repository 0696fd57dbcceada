"""dirsync: mirror a local folder to a backend (local path, or object storage in prod)."""
