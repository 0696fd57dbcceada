from tracking.schemas import Status

# Scan codes from the carrier's EDI feed.
SCAN_CODES = {
    "PU": Status.LABEL_CREATED,
    "AR": Status.IN_TRANSIT,
    "DP": Status.IN_TRANSIT,
    "OD": Status.OUT_FOR_DELIVERY,
    "DL": Status.DELIVERED,
    "EX": Status.EXCEPTION,
}
