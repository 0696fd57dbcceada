"""Back-office jobs for the ferry booking service."""
