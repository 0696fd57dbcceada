"""Ordered schema migrations, applied by :mod:`fleetops.migrate`."""

from fleetops.migrations import m0001_initial, m0002_odometer_unit

ALL = [m0001_initial, m0002_odometer_unit]
