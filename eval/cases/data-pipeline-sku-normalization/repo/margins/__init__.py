"""Weekly gross-margin report: orders x supplier price history."""
