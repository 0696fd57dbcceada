"""Streaming input: a file or stdin read line by line in bounded memory.

Binary data is refused with a :class:`~rootcause.errors.UserError`; invalid UTF-8 is decoded
with replacement characters and reported once; very long lines are cut (with a warning) so
one 1 GB line cannot exhaust memory.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import BinaryIO

from rootcause.errors import UserError
from rootcause.model import Incident

#: Longest line kept whole; the rest of a longer line is skipped.
MAX_LINE_BYTES = 1 << 20
#: Bytes read at a time.
CHUNK_BYTES = 1 << 20
#: Bytes sniffed for JSON documents (a Sentry event) and binary data.
SNIFF_BYTES = 8192
#: A JSON document larger than this is not parsed as a whole (it is read as lines).
MAX_JSON_DOCUMENT = 16 << 20


def _open(path: str) -> BinaryIO:
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")
    except IsADirectoryError:
        raise UserError(f"{path}: is a directory, not a traceback or log file") from None
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot read: {exc.strerror or exc}") from None


def looks_binary(sample: bytes) -> bool:
    """NUL bytes or a majority of control characters: not a text log."""
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(sample) // 10


class BlockReader:
    """Decoded blocks of whole lines from a binary stream, with the warnings met while reading.

    Reads fixed-size chunks (bounded memory whatever the file size); a line longer than
    MAX_LINE_BYTES is cut there and the rest of it skipped.
    """

    def __init__(self, stream: BinaryIO, name: str) -> None:
        self.stream = stream
        self.name = name
        self.warnings: list[str] = []
        self._bad_utf8 = False
        self._long_lines = 0

    def blocks(self, head: bytes = b"") -> Iterator[str]:
        read = self.stream.read
        pending = head
        skipping = False  # inside the rest of an over-long line
        while True:
            chunk = read(CHUNK_BYTES)
            data = pending + chunk if pending else chunk
            pending = b""
            if not data:
                break
            if skipping:
                newline = data.find(b"\n")
                if newline < 0:
                    continue
                data = data[newline + 1 :]
                skipping = False
            cut = data.rfind(b"\n") + 1 if chunk else len(data)
            body, pending = data[:cut], data[cut:]
            if len(pending) > MAX_LINE_BYTES:
                body += pending[:MAX_LINE_BYTES] + b"\n"
                pending = b""
                skipping = True
                self._long_line()
            if body:
                yield self._decode(body)
            if not chunk and not pending:
                break

    def _long_line(self) -> None:
        self._long_lines += 1
        if self._long_lines == 1:
            self.warnings.append(
                f"{self.name}: lines longer than {MAX_LINE_BYTES >> 20} MiB were cut"
            )

    def _decode(self, body: bytes) -> str:
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            if b"\x00" in body:
                raise UserError(f"{self.name}: binary data, not a traceback or log file") from None
            if not self._bad_utf8:
                self._bad_utf8 = True
                self.warnings.append(
                    f"{self.name}: not valid UTF-8; undecodable bytes were replaced"
                )
            return body.decode("utf-8", errors="replace")


def read_incidents(path: str) -> tuple[list[Incident], list[str]]:
    """Incidents and input warnings of the file at ``path`` (``-`` = stdin)."""
    from rootcause.ingest.detector import TracebackDetector
    from rootcause.ingest.jsondoc import parse_json_document

    name = "<stdin>" if path == "-" else path
    stream = _open(path)
    try:
        try:
            head = stream.read(SNIFF_BYTES)
        except OSError as exc:
            raise UserError(f"{name}: cannot read: {exc.strerror or exc}") from None
        if looks_binary(head):
            raise UserError(f"{name}: binary data, not a traceback or log file")
        stripped = head.lstrip()
        if stripped[:1] in (b"{", b"["):
            # Maybe one JSON document (a Sentry event, a structlog record pretty-printed).
            rest = stream.read(MAX_JSON_DOCUMENT)
            data = head + rest
            if len(data) < MAX_JSON_DOCUMENT:
                document = parse_json_document(data.decode("utf-8", errors="replace"))
                if document is not None:
                    return list(document), []
            head = data  # not a document: read it as lines
        reader = BlockReader(stream, name)
        detector = TracebackDetector()
        incidents: list[Incident] = []
        try:
            for block in reader.blocks(head):
                found = detector.feed_block(block)
                if found:
                    incidents.extend(found)
        except OSError as exc:
            raise UserError(f"{name}: cannot read: {exc.strerror or exc}") from None
        incidents.extend(detector.flush())
        return incidents, reader.warnings
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
