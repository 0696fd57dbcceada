"""Billing service: invoices, payments and the payment provider webhook."""
