from __future__ import annotations

from spokes.assignment import assign_next_job
from spokes.riders import available_riders


def test_no_free_riders_in_an_empty_zone(session):
    assert available_riders("hill") == []


def test_assigns_oldest_job_to_nearest_rider(session):
    result = assign_next_job(session, "canal")
    assert result is not None
    job, rider = result
    assert rider.callsign == "wren"
    assert job.status == "assigned"
    assert rider.current_job_id == job.id


def test_nothing_to_assign_in_quiet_zone(session):
    assert assign_next_job(session, "hill") is None
