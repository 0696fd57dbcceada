"""Ticketing service for the Lyric Rooms box office."""
