"""Structured logs with a request id: middleware, context variable, log filter, JSON formatter."""

from __future__ import annotations

import contextvars
import json
import logging
import re
import time
import uuid

from celery import signals

REQUEST_ID_HEADER = "X-Request-ID"
_SANE_ID = re.compile(r"^[A-Za-z0-9._:-]{8,128}$")

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")


def sane_request_id(value: str | None) -> str | None:
    """The id a proxy sent, if it is short, printable and safe to log; otherwise None."""
    if value and _SANE_ID.match(value):
        return value
    return None


def new_request_id() -> str:
    return uuid.uuid4().hex


def current_request_id() -> str:
    return request_id_var.get()


class RequestIdFilter(logging.Filter):
    """Puts the current request id (or "-") on every log record as `request_id`."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not getattr(record, "request_id", None):
            record.request_id = request_id_var.get()
        return True


_STANDARD_ATTRS = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {
    "message",
    "asctime",
    "request_id",
}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, request id and any extras."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", None) or request_id_var.get(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD_ATTRS and not key.startswith("_"):
                entry[key] = value if isinstance(value, (str, int, float, bool)) else repr(value)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)

    converter = time.gmtime


class RequestIdMiddleware:
    """Take a sane X-Request-ID from the proxy or make one; it goes on the response and into
    every log record written while the request is handled (and into the tasks it queues)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = sane_request_id(request.headers.get(REQUEST_ID_HEADER)) or new_request_id()
        request.request_id = request_id
        token = request_id_var.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            request_id_var.reset(token)
        response[REQUEST_ID_HEADER] = request_id
        return response


# --- Celery: the request id travels with the task message ----------------------------


def _on_before_publish(headers=None, **kwargs):
    if headers is not None and "request_id" not in headers:
        request_id = request_id_var.get()
        if request_id != "-":
            headers["request_id"] = request_id


_task_tokens: dict[str, contextvars.Token] = {}


def _on_task_prerun(task_id=None, task=None, **kwargs):
    request_id = sane_request_id(getattr(task.request, "request_id", None)) if task else None
    if request_id is None:  # an eager task keeps the id of the request that ran it
        current = request_id_var.get()
        request_id = current if current != "-" else f"task-{task_id}"
    _task_tokens[task_id] = request_id_var.set(request_id)


def _on_task_postrun(task_id=None, **kwargs):
    token = _task_tokens.pop(task_id, None)
    if token is not None:
        request_id_var.reset(token)


def connect_celery_signals() -> None:
    signals.before_task_publish.connect(_on_before_publish, dispatch_uid="wegwijs-request-id")
    signals.task_prerun.connect(_on_task_prerun, dispatch_uid="wegwijs-request-id-prerun")
    signals.task_postrun.connect(_on_task_postrun, dispatch_uid="wegwijs-request-id-postrun")
