"""Remove secrets from everything sent to a model.

Layers, applied to every line (line count is always preserved, so line numbers stay true):

1. detect-secrets' pattern plugins (AWS, GitHub, GitLab, Slack, Stripe, OpenAI, JWT, basic
   auth in URLs, ... everything its registry ships except the public-IP detector, and the
   private-key one, which layer 3 supersedes) through their ``denylist`` regexes only:
   no network verification, no global detect-secrets settings (thread-safe).
2. detect-secrets' keyword detector (``password = "..."`` and friends, by file type) and its
   high-entropy detectors on quoted strings (base64 > 4.5 bits, hex > 3.0 bits and >= 16 chars).
3. Our own: credentials in URLs / DSNs (``scheme://user:password@host``), private key blocks
   (multi-line, or one line with ``\\n`` escapes, or cut by the excerpt), ``.env``-style
   ``KEY=value`` where the key names a secret, JWTs, and unquoted high-entropy tokens
   (>= 20 chars with letters and digits, one random-looking piece of >= 12 chars; paths and
   identifiers made of word-like pieces are kept). Keys that describe a secret rather than
   hold it (``token_type``, ``secret_name``, ``*_url``) and harmless values (``"bearer"``)
   are kept.

Secrets become ``[REDACTED:<kind>]``. Redaction is deterministic (same input, same output),
so record/replay cache keys stay stable.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Any

PLACEHOLDER = "[REDACTED:{kind}]"

_SECRET_WORDS = (
    r"pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|"
    r"private[_-]?key|credentials?|auth[_-]?key|signing[_-]?key|session[_-]?key|"
    r"client[_-]?secret|salt|dsn"
)
#: ``name = "literal"`` / ``name: "literal"`` / ``name="literal"`` where name holds a secret word.
_QUOTED_ASSIGN = re.compile(
    r"""(?P<key>[\w.\-]*(?:"""
    + _SECRET_WORDS
    + r""")[\w.\-]*)['"]?\s*(?::\s*[\w\[\]|. ]+)?\s*[:=]\s*"""
    r"""(?P<prefix>[rbuRBU]{0,2})(?P<q>['"])(?P<value>[^'"\n]+)(?P=q)""",
    re.IGNORECASE,
)
#: ``.env`` / log style ``KEY=value`` (unquoted) where KEY names a secret or ends in KEY.
_ENV_ASSIGN = re.compile(
    r"""(?P<key>\b[A-Za-z_][\w.\-]*(?:""" + _SECRET_WORDS + r"""|_KEY)[\w\-]*)\s*[=:]\s*"""
    r"""(?P<value>[^\s'",;&)}\]]+)""",
    re.IGNORECASE,
)
_SECRET_WORD = re.compile(_SECRET_WORDS + r"|_KEY", re.IGNORECASE)
#: An unquoted value that is code (a call, a subscript, a dotted name), as tracebacks print.
_CODE_VALUE = re.compile(r"[(\[{]|^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$")
_URL_CREDENTIALS = re.compile(
    r"(?P<scheme>\b[a-zA-Z][a-zA-Z0-9+.\-]*://)(?P<user>[^\s:/@'\"<>]*):(?P<password>[^\s@/'\"<>]+)@"
)
_JWT = re.compile(r"\beyJ[A-Za-z0-9_\-]{5,}\.eyJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]*")
_PRIVATE_BEGIN = re.compile(r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----")
_PRIVATE_END = re.compile(r"-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----")
_KEY_BODY_LINE = re.compile(r"""^[\s'"]*[A-Za-z0-9+/=]{16,}[\s'",\\n]*$""")
_TOKEN = re.compile(r"[A-Za-z0-9+/_\-]{20,}={0,2}")
_WORDY = re.compile(r"[A-Za-z]+(?:[_/.\-][A-Za-z]+)*[_/.\-]?")
_HEX = re.compile(r"[0-9a-fA-F]+")
_HARMLESS_VALUES = frozenset(
    {
        "none",
        "null",
        "true",
        "false",
        "...",
        "changeme",
        "required",
        "optional",
        "str",
        "bytes",
        "bearer",
        "basic",
        "digest",
        "jwt",
    }
)
#: Keys that name something about a secret, not the secret itself (``token_type``, ``secret_name``).
_METADATA_KEY = re.compile(
    r"(?:_|-)(?:type|url|uri|name|field|header|algorithm|alg|prefix|env|var|path|file|"
    r"length|len|ttl|minutes|seconds|hours|days|expires?|expire_\w+|scheme|location)['\"]?$",
    re.IGNORECASE,
)
#: A quoted value that is an address, not a credential (credentials in URLs are handled apart).
_URL_VALUE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.\-]*://[^\s@]*$")


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    kind: str


def _entropy(data: str) -> float:
    counts: dict[str, int] = {}
    for ch in data:
        counts[ch] = counts.get(ch, 0) + 1
    n = len(data)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


_PIECE_SPLIT = re.compile(r"[/_.\-]+")
_NATURAL_CASE = re.compile(r"[A-Z]?[a-z0-9]*|[A-Z0-9]+|(?:[A-Z][a-z0-9]+)+")


def _natural_piece(piece: str) -> bool:
    """A word-like piece of a path or identifier: ``h11``, ``python3``, ``0002``, ``BillingService``."""
    if not piece:
        return True
    transitions = sum(1 for a, b in pairwise(piece) if a.isdigit() != b.isdigit())
    return transitions <= 2 and _NATURAL_CASE.fullmatch(piece) is not None


def _looks_random(token: str) -> bool:
    """An unquoted token that is probably a key: long, letters and digits, high entropy.

    Paths and identifiers made of word-like pieces (``site-packages/h11_impl``,
    ``0002_add_billing_enabled``) are not.
    """
    if len(token) < 20 or _WORDY.fullmatch(token):
        return False
    # Randomness in short pieces only (``/tmp/rc-case-t5j32q9h/driver``) is a temp name,
    # not a credential: keys carry at least 12 random characters in one piece.
    pieces = _PIECE_SPLIT.split(token.rstrip("="))
    if all(len(p) < 12 or _natural_piece(p) for p in pieces):
        return False
    if not (any(c.isdigit() for c in token) and any(c.isalpha() for c in token)):
        return False
    if _HEX.fullmatch(token):
        return len(token) >= 32 and _entropy(token) > 3.0
    return _entropy(token) > 4.0


# -- detect-secrets ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Detectors:
    regex_plugins: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]
    keyword: Any
    keyword_regexes: Any
    entropy_plugins: tuple[tuple[str, Any, int], ...]


_DETECTORS_LOCK = threading.Lock()


@cache
def _detectors() -> _Detectors:
    """Instantiate detect-secrets' plugins once (thread-safe, no global settings touched)."""
    with _DETECTORS_LOCK:
        from detect_secrets.core.plugins.util import get_mapping_from_secret_type_to_class
        from detect_secrets.plugins.base import RegexBasedDetector
        from detect_secrets.plugins.high_entropy_strings import HighEntropyStringsPlugin
        from detect_secrets.plugins.keyword import KeywordDetector

        regex_plugins: list[tuple[str, tuple[re.Pattern[str], ...]]] = []
        entropy: list[tuple[str, Any, int]] = []
        keyword: Any = None
        mapping: dict[str, Any] = dict(get_mapping_from_secret_type_to_class())
        for secret_type, cls in sorted(mapping.items()):
            if issubclass(cls, KeywordDetector):
                keyword = cls()
            elif issubclass(cls, HighEntropyStringsPlugin):
                plugin = cls()
                min_len = 16 if "Hex" in cls.__name__ else 12
                entropy.append((secret_type, plugin, min_len))
            elif issubclass(cls, RegexBasedDetector):
                if cls.__name__ in {"IPPublicDetector", "PrivateKeyDetector"}:
                    # An address is not a credential; private key blocks are handled (whole
                    # block, not only the header) by _redact_private_keys.
                    continue
                regex_plugins.append((secret_type, tuple(cls().denylist)))
        from detect_secrets.plugins import keyword as keyword_module

        return _Detectors(tuple(regex_plugins), keyword, keyword_module, tuple(entropy))


def _kind_label(secret_type: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", secret_type.lower()).strip("-")


def _best_group_span(match: re.Match[str]) -> tuple[int, int]:
    """The span of the secret inside a plugin match.

    A group that starts after the match start is the value after a prefix (``://user:(pw)@``);
    a group at the very start is only a prefix (``(ghp|gho)_...``), so the whole match counts.
    """
    best = (match.start(), match.end())
    longest = 0
    for index in range(1, (match.re.groups or 0) + 1):
        value = match.group(index)
        if value and match.start(index) > match.start() and len(value) > longest:
            longest = len(value)
            best = match.span(index)
    return best


def _detect_secrets_spans(line: str, filename: str) -> list[_Span]:
    det = _detectors()
    spans: list[_Span] = []
    for secret_type, regexes in det.regex_plugins:
        kind = _kind_label(secret_type)
        for regex in regexes:
            for match in regex.finditer(line):
                start, end = _best_group_span(match)
                if end > start:
                    spans.append(_Span(start, end, kind))
    if det.keyword is not None:
        module = det.keyword_regexes
        filetype = module.determine_file_type(filename)
        denylist = module.REGEX_BY_FILETYPE.get(
            filetype, module.QUOTES_REQUIRED_DENYLIST_REGEX_TO_GROUP
        )
        for value in det.keyword.analyze_string(line, denylist_regex_to_group=denylist):
            if value and value.strip().lower() not in _HARMLESS_VALUES:
                spans.extend(
                    span
                    for span in _find_all(line, value, "secret-keyword")
                    if not _is_metadata_assignment(line, span.start)
                )
    for secret_type, plugin, min_len in det.entropy_plugins:
        for value in plugin.analyze_string(line):
            if (
                len(value) >= min_len
                and plugin.calculate_shannon_entropy(value) > plugin.entropy_limit
                and not _WORDY.fullmatch(value)
            ):
                spans.extend(_find_all(line, value, _kind_label(secret_type)))
    return spans


_KEY_BEFORE = re.compile(
    r"""(?P<key>[\w.\-]+)['"]?\s*(?::\s*[\w\[\]|. ]+)?\s*[:=]\s*[rbuRBU]{0,2}['"]?$"""
)


def _is_metadata_assignment(line: str, value_start: int) -> bool:
    """The value at ``value_start`` is assigned to a key like ``secret_name`` / ``token_url``."""
    match = _KEY_BEFORE.search(line[:value_start])
    return bool(match and _METADATA_KEY.search(match.group("key")))


def _find_all(line: str, value: str, kind: str) -> Iterable[_Span]:
    start = line.find(value)
    while start != -1:
        yield _Span(start, start + len(value), kind)
        start = line.find(value, start + len(value))


# -- our own detectors -------------------------------------------------------------------


def _own_spans(line: str, *, code: bool) -> list[_Span]:
    spans: list[_Span] = []
    for match in _URL_CREDENTIALS.finditer(line):
        spans.append(_Span(*match.span("password"), "password"))
    for match in _JWT.finditer(line):
        spans.append(_Span(*match.span(), "jwt"))
    if not _SECRET_WORD.search(line):
        return _token_spans(line, spans)
    for match in _QUOTED_ASSIGN.finditer(line):
        value = match.group("value")
        if (
            value.strip().lower() not in _HARMLESS_VALUES
            and not value.startswith("[REDACTED")
            and not _METADATA_KEY.search(match.group("key"))
            and not _URL_VALUE.match(value)
        ):
            spans.append(_Span(*match.span("value"), "secret"))
    if not code:
        for match in _ENV_ASSIGN.finditer(line):
            value = match.group("value")
            if (
                value.strip().lower() not in _HARMLESS_VALUES
                and not value.startswith("[REDACTED")
                and not _CODE_VALUE.search(value)
            ):
                spans.append(_Span(*match.span("value"), "secret"))
    return _token_spans(line, spans)


def _token_spans(line: str, spans: list[_Span]) -> list[_Span]:
    for match in _TOKEN.finditer(line):
        if _looks_random(match.group()):
            spans.append(_Span(*match.span(), "high-entropy"))
    return spans


def _apply(line: str, spans: Sequence[_Span]) -> str:
    if not spans:
        return line
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    merged: list[_Span] = []
    for span in ordered:
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            if span.end > last.end:
                merged[-1] = _Span(last.start, span.end, last.kind)
            continue
        merged.append(span)
    out: list[str] = []
    pos = 0
    for span in merged:
        out.append(line[pos : span.start])
        out.append(PLACEHOLDER.format(kind=span.kind))
        pos = span.end
    out.append(line[pos:])
    return "".join(out)


def _redact_private_keys(lines: list[str]) -> None:
    """Replace private key material in place: full blocks, one-line blocks, cut blocks."""
    inside = False
    for i, line in enumerate(lines):
        if inside:
            end = _PRIVATE_END.search(line)
            if end:
                lines[i] = PLACEHOLDER.format(kind="private-key") + line[end.start() :]
                inside = False
            else:
                lines[i] = PLACEHOLDER.format(kind="private-key")
            continue
        begin = _PRIVATE_BEGIN.search(line)
        if begin:
            end = _PRIVATE_END.search(line, begin.end())
            if end:
                lines[i] = (
                    line[: begin.end()]
                    + PLACEHOLDER.format(kind="private-key")
                    + line[end.start() :]
                )
            else:
                lines[i] = line[: begin.end()] + PLACEHOLDER.format(kind="private-key")
                inside = True
            continue
        end = _PRIVATE_END.search(line)
        if end:
            # The excerpt starts inside a block: blank the key lines above the END marker.
            lines[i] = PLACEHOLDER.format(kind="private-key") + line[end.start() :]
            j = i - 1
            while j >= 0 and _KEY_BODY_LINE.match(lines[j]):
                lines[j] = PLACEHOLDER.format(kind="private-key")
                j -= 1


def warm_up() -> None:
    """Load detect-secrets' plugins now (a one-time import, kept out of timed work)."""
    _detectors()


def redact_lines(lines: Sequence[str], *, filename: str = "traceback.txt") -> list[str]:
    """Redacted copies of ``lines`` (same count). ``filename`` picks code vs text rules."""
    out = list(lines)
    _redact_private_keys(out)
    code = filename.endswith((".py", ".pyi"))
    for i, line in enumerate(out):
        if not line.strip() or line.startswith("[REDACTED:private-key]"):
            continue
        spans = _detect_secrets_spans(line, filename) + _own_spans(line, code=code)
        out[i] = _apply(line, spans)
    return out


def redact_text(text: str, *, filename: str = "traceback.txt") -> str:
    """``text`` with secrets replaced; line breaks are kept where they were."""
    if not text:
        return text
    return "\n".join(redact_lines(text.split("\n"), filename=filename))
