"""Product catalogue as seen by fulfilment: bin locations and bundle definitions."""

BIN_LOCATIONS = {
    "MUG-BLK": "A-03-2",
    "MUG-WHT": "A-03-3",
    "TEA-EARL-100": "C-11-1",
    "TEA-GREEN-100": "C-11-2",
    "SPOON-STEEL": "B-01-4",
}

BUNDLES = {
    "GIFTBOX-STARTER": [("MUG-WHT", 1), ("TEA-GREEN-100", 1), ("SPOON-STEEL", 2)],
}
