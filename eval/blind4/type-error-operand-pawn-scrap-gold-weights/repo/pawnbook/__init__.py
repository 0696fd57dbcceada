"""Back-office jobs for Harbour Street Loans."""
