"""Order management for the wholesale shop."""
