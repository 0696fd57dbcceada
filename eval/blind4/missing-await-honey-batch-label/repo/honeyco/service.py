from __future__ import annotations

from honeyco.labels import JarLabel, render_label
from honeyco.repository import BatchRepository


class BatchNotFound(LookupError):
    pass


class LabelService:
    def __init__(self, batches: BatchRepository, producer: str) -> None:
        self.batches = batches
        self.producer = producer

    async def label_for(self, code: str) -> JarLabel:
        batch = self.batches.get_by_code(code)
        if batch is None:
            raise BatchNotFound(code)
        return render_label(batch, self.producer)
