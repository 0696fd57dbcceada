"""The reply we ask the model for: pydantic models, and the strict JSON Schema sent with it."""

from __future__ import annotations

import json
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

SCHEMA_NAME = "rootcause_analysis"
MAX_CANDIDATES = 5


def _clamp_confidence(value: Any) -> float:
    number = float(value)
    if 1.0 < number <= 100.0:  # a percentage
        number /= 100.0
    return min(1.0, max(0.0, number))


class ReplyEvidence(BaseModel):
    model_config = ConfigDict(extra="ignore")

    file: str
    line: int
    note: str = ""


class ReplyCandidate(BaseModel):
    model_config = ConfigDict(extra="ignore")

    file: str
    line: int
    end_line: int | None = None
    function: str | None = None
    kind: Literal["origin", "symptom", "contributing"] = "origin"
    title: str
    explanation: str = ""
    fix: str | None = None
    confidence: float = 0.5
    hypothesis: str | None = None
    evidence: list[ReplyEvidence] = Field(default_factory=list)

    _confidence = field_validator("confidence", mode="before")(_clamp_confidence)


class ReplyVerdict(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str
    verdict: Literal["confirmed", "rejected", "uncertain"]
    confidence: float = 0.5
    reason: str = ""

    _confidence = field_validator("confidence", mode="before")(_clamp_confidence)


class AnalysisReply(BaseModel):
    """The whole reply. Lenient on input (defaults, extra keys ignored), strict in the schema."""

    model_config = ConfigDict(extra="ignore")

    summary: str = ""
    candidates: list[ReplyCandidate] = Field(default_factory=list)
    hypotheses: list[ReplyVerdict] = Field(default_factory=list)


class MalformedReply(ValueError):
    """The model's reply is not JSON matching :class:`AnalysisReply`."""


_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.DOTALL)


def parse_reply(content: str | None) -> AnalysisReply:
    """Validate a reply; tolerates code fences and prose around one JSON object."""
    if not content or not content.strip():
        raise MalformedReply("the reply was empty")
    text = content.strip()
    fenced = _FENCE.search(text)
    if fenced:
        text = fenced.group(1).strip()
    if not text.startswith("{"):
        start, end = text.find("{"), text.rfind("}")
        if start == -1 or end <= start:
            raise MalformedReply("the reply contains no JSON object")
        text = text[start : end + 1]
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedReply(
            f"the reply is not valid JSON ({exc.msg} at line {exc.lineno})"
        ) from None
    if not isinstance(data, dict):
        raise MalformedReply("the reply is JSON but not an object")
    try:
        return AnalysisReply.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise MalformedReply(
            f"the reply does not match the schema ({where}: {first['msg']})"
        ) from None


# -- the strict schema ------------------------------------------------------------------

#: Keywords some servers' structured-output modes reject; pydantic validates them instead.
_UNSUPPORTED = frozenset(
    {
        "default",
        "title",
        "description",
        "minimum",
        "maximum",
        "minLength",
        "maxLength",
        "pattern",
        "format",
    }
)


def _strict(node: Any) -> Any:
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in ("properties", "$defs"):
                out[key] = {name: _strict(sub) for name, sub in value.items()}
            elif key not in _UNSUPPORTED:
                out[key] = _strict(value)
        if out.get("type") == "object" and "properties" in out:
            out["additionalProperties"] = False
            out["required"] = list(out["properties"])
        return out
    if isinstance(node, list):
        return [_strict(v) for v in node]
    return node


def reply_json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`AnalysisReply` in OpenAI strict structured-output form."""
    schema: dict[str, Any] = _strict(AnalysisReply.model_json_schema())
    return schema
