from harvestlog.ledger import HarvestLedger, Pick, record_pick

__all__ = ["HarvestLedger", "Pick", "record_pick"]
