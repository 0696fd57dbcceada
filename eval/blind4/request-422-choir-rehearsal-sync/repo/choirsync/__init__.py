"""Push the office's rehearsal plan to the choir API."""
