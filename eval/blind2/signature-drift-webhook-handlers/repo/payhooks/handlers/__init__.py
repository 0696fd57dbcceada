from payhooks.handlers.charges import on_charge_failed, on_charge_succeeded
from payhooks.handlers.refunds import on_refund_created

HANDLERS = {
    "charge.succeeded": on_charge_succeeded,
    "charge.failed": on_charge_failed,
    "refund.created": on_refund_created,
}
