"""Human-readable money, the way the PDF and the dashboard print it."""

SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}
ZERO_DECIMAL = {"JPY", "KRW"}


def format_amount(amount_cents: int, currency: str) -> str:
    code = currency.upper()
    if code in ZERO_DECIMAL:
        value = f"{amount_cents:,}"
    else:
        value = f"{amount_cents / 100:,.2f}"
    symbol = SYMBOLS.get(code)
    return f"{symbol}{value}" if symbol else f"{value} {code}"
