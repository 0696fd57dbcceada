"""Import an operator's stop/route tables into our journey planner format."""
