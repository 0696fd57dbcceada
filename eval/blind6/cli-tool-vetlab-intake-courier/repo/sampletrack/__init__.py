"""Sample intake tooling for the veterinary diagnostic lab."""

__version__ = "1.8.0"
