"""Spokes: jobs, riders and zones for a bicycle courier co-op."""
