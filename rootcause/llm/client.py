"""The one place that talks to a model: the real ``openai`` client, imported lazily.

Works with any OpenAI-compatible ``/chat/completions`` server (OpenAI, Azure OpenAI's v1
endpoint, Ollama, vLLM, llama.cpp server). The SDK's own retries are off
(``max_retries=0``); every request runs under a hard wall-clock deadline in a daemon
thread, so a server that trickles bytes cannot hold us past ``Settings.timeout_s``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from rootcause.config import Settings

T = TypeVar("T")

#: An api key is mandatory in the SDK; local servers ignore it.
PLACEHOLDER_API_KEY = "not-needed"


@dataclass(frozen=True, slots=True)
class ModelReply:
    content: str
    prompt_tokens: int | None
    completion_tokens: int | None


class LLMError(Exception):
    """A request failed (HTTP error, connection, timeout); the message is user-facing."""


class SchemaRejected(LLMError):
    """The server refused the json_schema response format (HTTP 400/422)."""


class DeadlineExceeded(LLMError):
    pass


_SEMAPHORES: dict[int, threading.BoundedSemaphore] = {}
_SEMAPHORES_LOCK = threading.Lock()


def concurrency_slot(limit: int) -> threading.BoundedSemaphore:
    """The process-wide semaphore bounding model calls in flight (per limit value)."""
    with _SEMAPHORES_LOCK:
        sem = _SEMAPHORES.get(limit)
        if sem is None:
            sem = _SEMAPHORES[limit] = threading.BoundedSemaphore(limit)
        return sem


def run_with_deadline(fn: Callable[[], T], timeout: float) -> T:
    """``fn()`` in a daemon thread; raise :class:`DeadlineExceeded` after ``timeout`` s."""
    if timeout <= 0:
        raise DeadlineExceeded("no time left")
    box: dict[str, Any] = {}
    done = threading.Event()

    def target() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            box["error"] = exc
        finally:
            done.set()

    thread = threading.Thread(target=target, name="rootcause-llm", daemon=True)
    thread.start()
    if not done.wait(timeout):
        raise DeadlineExceeded(f"no reply within {timeout:.1f} s")
    if "error" in box:
        raise box["error"]
    value: T = box["value"]
    return value


def import_sdk() -> None:
    """Import the openai SDK now (a one-time cost, kept out of the timed LLM step)."""
    import openai  # noqa: F401


class ChatClient:
    """A thin wrapper over ``openai.OpenAI(...).chat.completions.create``."""

    def __init__(self, settings: Settings) -> None:
        from openai import OpenAI

        self.settings = settings
        self._client = OpenAI(
            base_url=settings.base_url,
            api_key=settings.api_key or PLACEHOLDER_API_KEY,
            timeout=settings.timeout_s,
            max_retries=0,
        )

    def complete(
        self,
        messages: list[dict[str, str]],
        *,
        response_format: dict[str, Any] | None,
        timeout: float,
    ) -> ModelReply:
        """One chat completion under a hard ``timeout``; errors become :class:`LLMError`."""
        import openai

        settings = self.settings
        kwargs: dict[str, Any] = {}
        if response_format is not None:
            kwargs["response_format"] = response_format
        if settings.max_output_tokens is not None:
            kwargs["max_completion_tokens"] = settings.max_output_tokens
        if settings.temperature is not None:
            kwargs["temperature"] = settings.temperature
        model = settings.model or ""

        def call() -> Any:
            create: Any = self._client.chat.completions.create
            return create(model=model, messages=messages, timeout=timeout, **kwargs)

        try:
            completion = run_with_deadline(call, timeout)
        except (openai.BadRequestError, openai.UnprocessableEntityError) as exc:
            if response_format is not None:
                raise SchemaRejected(_describe(exc)) from None
            raise LLMError(_describe(exc)) from None
        except openai.APITimeoutError:
            raise DeadlineExceeded(f"no reply within {timeout:.1f} s") from None
        except openai.APIError as exc:
            raise LLMError(_describe(exc)) from None
        except openai.OpenAIError as exc:
            raise LLMError(f"{type(exc).__name__}: {exc}") from None
        choices = getattr(completion, "choices", None) or []
        content = ""
        if choices:
            message = getattr(choices[0], "message", None)
            content = getattr(message, "content", None) or ""
        usage = getattr(completion, "usage", None)
        return ModelReply(
            content=content,
            prompt_tokens=getattr(usage, "prompt_tokens", None) if usage else None,
            completion_tokens=getattr(usage, "completion_tokens", None) if usage else None,
        )

    def close(self) -> None:
        self._client.close()


def _describe(exc: Exception) -> str:
    status = getattr(exc, "status_code", None)
    name = type(exc).__name__
    text = str(exc).splitlines()[0] if str(exc) else ""
    if len(text) > 200:
        text = text[:199] + "…"
    return f"{name} (HTTP {status}): {text}" if status else f"{name}: {text}"
