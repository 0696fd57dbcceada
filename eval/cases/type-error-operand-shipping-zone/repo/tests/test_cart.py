import pytest

from checkout.cart import Cart


def test_domestic_totals():
    cart = Cart("DE")
    cart.add("MUG-01", 12.00, 2, weight_kg=0.4)
    assert cart.totals() == {"subtotal": 24.0, "shipping": 4.9, "vat": 5.49, "total": 34.39}


def test_eu_business_is_zero_rated():
    cart = Cart("NL", business=True)
    cart.add("LAMP-3", 80.00, weight_kg=3.0)
    assert cart.totals()["vat"] == 0.0


@pytest.mark.parametrize("country", ["US", "JP"])
def test_export_has_no_vat(country):
    cart = Cart(country)
    cart.add("MUG-01", 12.00, weight_kg=0.4)
    totals = cart.totals()
    assert totals["vat"] == 0.0
    assert totals["shipping"] == 24.0
