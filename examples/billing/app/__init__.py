"""Billing API: customers, invoices and the billing summary shown in the account page."""
