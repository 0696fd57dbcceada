"""Observatory front desk: instruments, proposals and time allocation."""
