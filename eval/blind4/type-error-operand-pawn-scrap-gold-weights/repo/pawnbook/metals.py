from decimal import Decimal

# Fineness by karat, as printed on the assay chart behind the counter.
FINENESS = {
    9: Decimal("0.375"),
    10: Decimal("0.417"),
    14: Decimal("0.585"),
    18: Decimal("0.750"),
    22: Decimal("0.916"),
    24: Decimal("0.999"),
}

DEFAULT_SPOT_PER_GRAM = Decimal("74.12")


def fineness(karat: int) -> Decimal:
    try:
        return FINENESS[karat]
    except KeyError:
        raise ValueError(f"no assay fineness for {karat}k") from None
