from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    body: str


_TOKEN = re.compile(r"[a-z0-9]+")


def tokenize(text: str) -> set[str]:
    return set(_TOKEN.findall(text.lower()))


class InvertedIndex:
    def __init__(self) -> None:
        self._postings: dict[str, set[str]] = {}
        self._docs: dict[str, Document] = {}

    def add(self, doc: Document) -> None:
        self._docs[doc.id] = doc
        for token in tokenize(doc.title + " " + doc.body):
            self._postings.setdefault(token, set()).add(doc.id)

    def search(self, query: str, limit: int = 10) -> list[Document]:
        tokens = tokenize(query)
        if not tokens:
            return []
        ids = set.intersection(*(self._postings.get(t, set()) for t in tokens))
        return [self._docs[i] for i in sorted(ids)][:limit]


def build_default_index() -> InvertedIndex:
    index = InvertedIndex()
    index.add(Document("p-1", "Desk lamp", "Adjustable LED desk lamp with USB port"))
    index.add(Document("p-2", "Floor lamp", "Arc floor lamp, brass finish"))
    index.add(Document("p-3", "Office chair", "Ergonomic chair with lumbar support"))
    return index
