"""Relay outgoing webhooks with retries."""
