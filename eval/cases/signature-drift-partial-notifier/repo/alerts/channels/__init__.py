"""Delivery channels. Each sender is ``async def send(alert, *, <channel options>, max_attempts)``."""
