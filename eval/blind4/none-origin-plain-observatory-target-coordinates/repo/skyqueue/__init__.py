"""Build the ordered target queue handed to the night assistant."""
