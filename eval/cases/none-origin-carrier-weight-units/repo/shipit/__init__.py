"""Shipping labels for the warehouse: pick a carrier, price the parcel, print the label."""
