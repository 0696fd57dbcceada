from decimal import Decimal

import pytest

from checkout.services.orders import UnknownProduct, place_order

pytestmark = pytest.mark.anyio


async def test_place_order_totals_lines(session):
    confirmation = await place_order(
        session, "sam@example.net", {"BEAN-ETH-250": 2, "FILTER-V60-100": 1}
    )

    assert confirmation.total == Decimal("23.20")
    assert confirmation.email == "sam@example.net"


async def test_unknown_sku_is_rejected(session):
    with pytest.raises(UnknownProduct):
        await place_order(session, "sam@example.net", {"NOPE": 1})
