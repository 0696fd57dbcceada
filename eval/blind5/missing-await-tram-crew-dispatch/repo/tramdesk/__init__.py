"""Tram network fault desk: report faults at stops and dispatch repair crews."""
