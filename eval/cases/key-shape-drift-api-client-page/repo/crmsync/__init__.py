"""Sync contacts and companies from the CRM into the mailing database."""
