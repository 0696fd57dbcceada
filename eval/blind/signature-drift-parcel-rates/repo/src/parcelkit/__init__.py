"""parcelkit: rating and label jobs for the warehouse."""
