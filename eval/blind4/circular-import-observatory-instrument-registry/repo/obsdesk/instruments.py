"""Instruments mounted on the telescope and their observing overheads."""

from __future__ import annotations

from dataclasses import dataclass

from obsdesk.allocation import HOURS_PER_NIGHT


@dataclass(frozen=True)
class Instrument:
    code: str
    name: str
    readout_s: float
    setup_min: float
    modes: tuple[str, ...]
    available: bool = True

    @property
    def max_setups_per_night(self) -> int:
        return int(HOURS_PER_NIGHT * 60 // self.setup_min)


INSTRUMENTS: dict[str, Instrument] = {
    inst.code: inst
    for inst in (
        Instrument("IMG", "Wide-field imager", readout_s=42.0, setup_min=6.0, modes=("imaging",)),
        Instrument("SPEC", "Long-slit spectrograph", readout_s=18.0, setup_min=15.0, modes=("longslit",)),
        Instrument(
            "ECH", "Echelle", readout_s=60.0, setup_min=20.0, modes=("echelle", "iodine"), available=False
        ),
    )
}


def overhead_minutes(code: str, exposures: int) -> float:
    """Setup plus readout overhead for ``exposures`` frames on instrument ``code``."""
    inst = INSTRUMENTS[code]
    return inst.setup_min + exposures * inst.readout_s / 60
