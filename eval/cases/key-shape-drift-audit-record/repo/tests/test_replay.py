import datetime as dt

from audit.log import AuditLog
from audit.replay import actions_per_actor, last_action_by_target
from audit.schema import AuditEvent

T0 = dt.datetime(2024, 5, 1, 9, 0, tzinfo=dt.UTC)


def make_log(tmp_path):
    log = AuditLog(tmp_path / "audit.jsonl")
    log.append(AuditEvent(T0, "ana", "user.create", "user:7"))
    log.append(AuditEvent(T0 + dt.timedelta(minutes=5), "bo", "user.disable", "user:7", {"reason": "left"}))
    log.append(AuditEvent(T0 + dt.timedelta(minutes=9), "ana", "repo.archive", "repo:3"))
    return log


def test_actions_per_actor(tmp_path):
    assert actions_per_actor(make_log(tmp_path).records()) == {"ana": 2, "bo": 1}


def test_last_action_by_target(tmp_path):
    latest = last_action_by_target(make_log(tmp_path).records())
    assert latest["user:7"][1:] == ("bo", "user.disable")
    assert latest["repo:3"][0] == T0 + dt.timedelta(minutes=9)
