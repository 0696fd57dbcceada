from tracking.poller import events_from_feed
from tracking.schemas import Status
from tracking.timeline import latest_status

FEED = [
    {"awb": "JD014600006281 ", "code": "PU", "date": "20240603", "time": "0712", "city": "Venlo"},
    {"awb": "JD014600006281 ", "code": "AR", "date": "20240603", "time": "2240", "city": "Duisburg"},
    {"awb": "JD014600006281 ", "code": "ZZ", "date": "20240604", "time": "0100", "city": ""},
    {"awb": "JD014600006281 ", "code": "DL", "date": "20240604", "time": "1103", "city": "Köln"},
]


def test_latest_status_from_edi_feed():
    events = list(events_from_feed("dhl", FEED))
    assert latest_status(events) == {"JD014600006281": Status.DELIVERED}
