"""Weekly parcel distribution planner for the Riverside food bank."""

__version__ = "0.4.1"
