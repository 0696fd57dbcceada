"""Groomer rota planner for small grooming salons."""

__version__ = "0.6.1"
