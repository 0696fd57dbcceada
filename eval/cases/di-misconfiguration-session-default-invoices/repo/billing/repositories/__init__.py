from billing.repositories.invoices import InvoiceRepository

__all__ = ["InvoiceRepository"]
