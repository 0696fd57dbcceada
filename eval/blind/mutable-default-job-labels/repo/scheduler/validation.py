from __future__ import annotations

from .jobs import Job

KNOWN_KINDS = {"import", "export", "reindex", "cleanup"}


class InvalidJob(ValueError):
    pass


def validate(job: Job) -> None:
    if job.kind not in KNOWN_KINDS:
        raise InvalidJob(f"unknown job kind {job.kind!r}")
    kinds = [label for label in job.labels if label.startswith("kind:")]
    if kinds != [f"kind:{job.kind}"]:
        raise InvalidJob(f"job {job.kind!r} has conflicting routing labels {kinds}")
    if not 0 <= job.priority <= 9:
        raise InvalidJob(f"priority out of range: {job.priority}")
