"""The LLM step: offline report in, refined report out (or the offline one, with a warning).

Conversation, all inside one wall-clock deadline (``Settings.timeout_s``):

1. send the packed prompt with ``response_format=json_schema`` (strict);
2. if the server rejects that format (HTTP 400/422), resend once with the schema written
   into the user message instead (plain JSON);
3. if the reply is not valid JSON for the schema, show the model its reply and the error
   and ask again, ``Settings.max_retries`` times (default once);
4. on anything else (HTTP errors, timeouts, still malformed) keep the offline report and
   say why in ``warnings``. Tokens spent are reported either way.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from typing import Any

from rootcause.config import Settings
from rootcause.llm.client import (
    ChatClient,
    LLMError,
    SchemaRejected,
    concurrency_slot,
    import_sdk,
)
from rootcause.llm.merge import clean_text, merge
from rootcause.llm.packing import PackedPrompt, estimate_tokens, pack
from rootcause.llm.prompts import load_prompt
from rootcause.llm.redact import warm_up
from rootcause.llm.replay import RecordedReply, ReplayCache, request_key
from rootcause.llm.schema import MAX_CANDIDATES, AnalysisReply, MalformedReply, parse_reply
from rootcause.model import Report, Usage
from rootcause.workspace import Workspace


@dataclass
class _Spent:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    estimated: bool = False

    def usage(self, model: str) -> Usage:
        return Usage(model, self.prompt_tokens, self.completion_tokens)


class _Failed(Exception):
    pass


def render_prompt(report: Report, *, workspace: Workspace, settings: Settings) -> str:
    """Exactly what :func:`refine` would send first (messages + response format); sends nothing."""
    import json

    packed = pack(report, workspace=workspace, settings=settings)
    out = [
        f"# model: {settings.model or '(none configured)'}; "
        f"endpoint: {settings.base_url or 'https://api.openai.com/v1'}; "
        f"estimated prompt tokens: {packed.estimated_tokens} of {packed.budget_tokens}; "
        f"code excerpts: {len(packed.included)}",
    ]
    for message in packed.messages("schema"):
        out.append(f"=== {message['role']} ===")
        out.append(message["content"])
    out.append("=== response_format ===")
    out.append(json.dumps(packed.response_format(), indent=1))
    out.append(
        "# if the server rejects response_format, the schema is appended to the user "
        "message instead (prompts/json_fallback.md)"
    )
    return "\n".join(out) + "\n"


def refine(
    report: Report,
    *,
    workspace: Workspace,
    settings: Settings,
    index: Any | None = None,
    top: int | None = None,
) -> Report:
    """Ask the configured model to confirm, reject and extend the offline candidates.

    Never raises for model or network trouble and never blocks longer than
    ``settings.timeout_s`` from its start (not counted: the one-time imports of the openai
    SDK and of detect-secrets' plugins, and waiting for a concurrency slot in an eval).
    The merged list keeps at most ``top`` candidates (default: as many as the offline
    report had, or 5 when it had none).
    """
    del index  # function names are recomputed from the file; the index is not needed yet
    started = time.perf_counter()
    model = settings.model
    if not model:
        return _fallback(
            report,
            "no LLM model configured (--model or ROOTCAUSE_MODEL)",
            None,
            started,
            packed_warnings=settings.warnings,
        )
    # One-time imports (detect-secrets' plugins, the openai SDK) are not time spent on the
    # model; the clock starts after them and covers packing, waiting and every request.
    warm_up()
    if not settings.replay_only:
        import_sdk()
    clock_start = time.monotonic()
    packed = pack(report, workspace=workspace, settings=settings)
    first_messages = packed.messages("schema")
    key = request_key(model, first_messages)
    cache = ReplayCache(settings.replay_dir) if settings.replay_dir is not None else None
    spent = _Spent()
    reply: AnalysisReply | None = None
    extra_warnings: list[str] = []

    recorded = cache.get(key) if cache is not None else None
    if recorded is not None:
        try:
            reply = parse_reply(recorded.content)
            spent.prompt_tokens = recorded.prompt_tokens
            spent.completion_tokens = recorded.completion_tokens
        except MalformedReply:
            reply = None
    if reply is None:
        if settings.replay_only:
            return _fallback(
                report,
                "no recorded model reply for this prompt (replay only)",
                None,
                started,
                packed_warnings=(*settings.warnings, *packed.warnings),
            )
        if settings.base_url is None and not settings.api_key:
            return _fallback(
                report,
                "no API key for api.openai.com: set OPENAI_API_KEY, "
                "or OPENAI_BASE_URL for a local server",
                None,
                started,
                packed_warnings=settings.warnings,
            )
        try:
            with concurrency_slot(settings.llm_concurrency):
                reply, content = _converse(packed, settings, spent, clock_start)
        except _Failed as exc:
            failure = str(exc)
        except Exception as exc:  # noqa: BLE001 - the LLM step must never sink the report
            failure = f"unexpected {type(exc).__name__}: {exc}"
        else:
            failure = ""
        if failure or reply is None:
            return _fallback(
                report,
                failure,
                spent.usage(model),
                started,
                packed_warnings=(*settings.warnings, *packed.warnings),
            )
        if cache is not None:
            try:
                cache.put(
                    key,
                    RecordedReply(model, content, spent.prompt_tokens, spent.completion_tokens),
                )
            except OSError as exc:
                extra_warnings.append(f"could not record the model reply: {exc}")

    candidates, warnings = merge(report.candidates, reply, packed.hypotheses, workspace)
    limit = top if top is not None else (len(report.candidates) or MAX_CANDIDATES)
    candidates = candidates[: max(1, limit)]
    all_warnings = [
        *report.warnings,
        *settings.warnings,
        *packed.warnings,
        *warnings,
        *extra_warnings,
    ]
    if spent.estimated:
        all_warnings.append("the server reported no token usage; the counts are estimates")
    timings = dict(report.timings_ms)
    timings["llm"] = (time.perf_counter() - started) * 1000
    return replace(
        report,
        candidates=candidates,
        context=packed.included,  # exactly the code the model was shown
        engine="llm",
        warnings=tuple(all_warnings),
        timings_ms=timings,
        usage=spent.usage(model),
        summary=clean_text(reply.summary, 1000) or None,
    )


def _converse(
    packed: PackedPrompt, settings: Settings, spent: _Spent, clock_start: float
) -> tuple[AnalysisReply, str]:
    deadline = clock_start + settings.timeout_s
    client = ChatClient(settings)
    mode = "schema"
    messages = packed.messages(mode)
    repairs = 0
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _Failed(f"the model gave no usable reply within {settings.timeout_s:g} s")
            try:
                answer = client.complete(
                    messages,
                    response_format=packed.response_format() if mode == "schema" else None,
                    timeout=remaining,
                )
            except SchemaRejected:
                mode = "plain"
                messages = packed.messages(mode) + messages[2:]
                continue
            except LLMError as exc:
                raise _Failed(f"the model call failed: {exc}") from None
            _count(spent, messages, answer.content, answer.prompt_tokens, answer.completion_tokens)
            try:
                return parse_reply(answer.content), answer.content
            except MalformedReply as exc:
                if repairs >= settings.max_retries:
                    raise _Failed(
                        f"the model's reply was unusable after {repairs + 1} tries: {exc}"
                    ) from None
                repairs += 1
                messages = [
                    *messages,
                    {"role": "assistant", "content": answer.content[:4000]},
                    {"role": "user", "content": load_prompt("repair").render(error=str(exc))},
                ]
    finally:
        client.close()


def _count(
    spent: _Spent,
    messages: list[dict[str, str]],
    content: str,
    prompt_tokens: int | None,
    completion_tokens: int | None,
) -> None:
    if prompt_tokens is None:
        spent.estimated = True
        prompt_tokens = sum(estimate_tokens(m["content"]) for m in messages)
    if completion_tokens is None:
        spent.estimated = True
        completion_tokens = estimate_tokens(content)
    spent.prompt_tokens += prompt_tokens
    spent.completion_tokens += completion_tokens


def _fallback(
    report: Report,
    reason: str,
    usage: Usage | None,
    started: float,
    *,
    packed_warnings: tuple[str, ...] = (),
) -> Report:
    """The offline report, with the reason the LLM step did not change it."""
    timings = dict(report.timings_ms)
    timings["llm"] = (time.perf_counter() - started) * 1000
    return replace(
        report,
        warnings=(
            *report.warnings,
            *packed_warnings,
            f"LLM analysis skipped: {reason}; showing offline results",
        ),
        timings_ms=timings,
        usage=usage
        if usage is not None and (usage.prompt_tokens or usage.completion_tokens)
        else report.usage,
    )
