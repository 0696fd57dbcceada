"""analysis/rules stage."""
