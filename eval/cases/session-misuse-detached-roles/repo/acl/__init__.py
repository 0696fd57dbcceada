"""Access-control administration: users, roles and what they may do."""
