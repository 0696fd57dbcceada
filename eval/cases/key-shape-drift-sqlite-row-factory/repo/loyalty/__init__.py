"""Loyalty points service: batch jobs over the customers database."""
