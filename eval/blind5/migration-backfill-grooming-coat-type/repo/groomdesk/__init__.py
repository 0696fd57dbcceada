"""Back-office tools for the Fluff & Buff grooming salon."""
