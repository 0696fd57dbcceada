"""Sample tracking for the sequencing core facility."""
