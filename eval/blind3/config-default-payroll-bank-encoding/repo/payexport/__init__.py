"""Monthly salary payment files for the house bank."""
