"""The client port: one small interface over OpenSearch (opensearch-py) and Elasticsearch 8/9."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass

import elastic_transport
import elasticsearch
import opensearchpy
from django.conf import settings
from elasticsearch import helpers as elasticsearch_helpers
from opensearchpy import helpers as opensearch_helpers

# Defined in the ground so content apps can fall back without importing search.
from portal.search_fallback import EngineUnavailable

logger = logging.getLogger(__name__)

ADMIN_TIMEOUT = 30.0  # seconds for index creation, refresh and bulk writes


class SearchFailed(EngineUnavailable):
    """The engine answered a search with an error, e.g. the index does not exist yet."""


@dataclass(frozen=True)
class EngineConfig:
    url: str
    engine: str = "opensearch"
    index_prefix: str = "wegwijs"
    timeout: float = 2.0

    @classmethod
    def from_settings(cls) -> EngineConfig | None:
        conf = settings.SEARCH
        if not conf["URL"]:
            return None
        return cls(conf["URL"], conf["ENGINE"], conf["INDEX_PREFIX"], conf["TIMEOUT"])


@dataclass(frozen=True)
class Document:
    id: str
    version: int  # external version: a newer event always has a larger number
    body: dict


class SearchClient:
    """Executes index management, writes and searches; every failure to reach the engine
    becomes EngineUnavailable, and a write older than what is indexed reports "stale"."""

    def __init__(self, config: EngineConfig):
        self.config = config
        if config.engine == "opensearch":
            self._raw = opensearchpy.OpenSearch(
                [config.url], timeout=config.timeout, max_retries=0, retry_on_timeout=False
            )
            self._bulk = opensearch_helpers.bulk
            self._unavailable = (
                opensearchpy.ConnectionError,
                opensearchpy.ConnectionTimeout,
            )
            self._conflict = opensearchpy.ConflictError
            self._not_found = opensearchpy.NotFoundError
            self._transport_error = opensearchpy.TransportError
        elif config.engine == "elasticsearch":
            self._raw = elasticsearch.Elasticsearch(
                config.url, request_timeout=config.timeout, max_retries=0
            )
            self._bulk = elasticsearch_helpers.bulk
            self._unavailable = (
                elastic_transport.ConnectionError,
                elastic_transport.ConnectionTimeout,
            )
            self._conflict = elasticsearch.ConflictError
            self._not_found = elasticsearch.NotFoundError
            self._transport_error = elasticsearch.ApiError
        else:
            raise ValueError(
                f"SEARCH_ENGINE must be 'opensearch' or 'elasticsearch', not {config.engine!r}"
            )

    def _call(self, function, *args, **kwargs):
        try:
            return function(*args, **kwargs)
        except self._unavailable as error:
            raise EngineUnavailable(str(error)) from error

    # --- cluster -------------------------------------------------------------------
    def info(self) -> dict:
        return dict(self._call(self._raw.info))

    def index_name(self, *parts: str) -> str:
        return "-".join([self.config.index_prefix, *parts])

    # --- indices and aliases --------------------------------------------------------
    def _admin(self):
        """The raw client with a longer timeout: creating an index or a bulk write on a busy
        node takes longer than a search may."""
        if self.config.engine == "opensearch":
            return self._raw, {"request_timeout": ADMIN_TIMEOUT}
        return self._raw.options(request_timeout=ADMIN_TIMEOUT), {}

    def create_index(self, name: str, body: dict) -> None:
        raw, extra = self._admin()
        self._call(raw.indices.create, index=name, body=body, **extra)

    def delete_index(self, name: str) -> None:
        with contextlib.suppress(self._not_found):
            self._call(self._raw.indices.delete, index=name)

    def indices(self, pattern: str) -> dict[str, list[str]]:
        """Index names matching `pattern`, each with the aliases that point to it."""
        try:
            found = self._call(self._raw.indices.get_alias, index=pattern)
        except self._not_found:
            return {}
        return {name: sorted(info.get("aliases", {})) for name, info in dict(found).items()}

    def alias_targets(self, alias: str) -> list[str]:
        try:
            found = self._call(self._raw.indices.get_alias, name=alias)
        except self._not_found:
            return []
        return sorted(dict(found))

    def swap_alias(self, alias: str, index: str) -> None:
        """Point `alias` at `index` and away from every other index, in one atomic step."""
        actions = [{"remove": {"index": old, "alias": alias}} for old in self.alias_targets(alias)]
        actions.append({"add": {"index": index, "alias": alias}})
        self._call(self._raw.indices.update_aliases, body={"actions": actions})

    def refresh(self, index: str) -> None:
        raw, extra = self._admin()
        self._call(raw.indices.refresh, index=index, **extra)

    def count(self, index: str) -> int:
        return int(self._call(self._raw.count, index=index)["count"])

    # --- documents -------------------------------------------------------------------
    def put(self, index: str, document: Document, *, refresh: bool = False) -> str:
        """Index one document; returns "created", "updated" or "stale"."""
        try:
            result = self._call(
                self._raw.index,
                index=index,
                id=document.id,
                body=document.body,
                version=document.version,
                version_type="external",
                refresh="true" if refresh else "false",
            )
        except self._conflict:
            return "stale"
        return result["result"]

    def remove(self, index: str, doc_id: str, version: int, *, refresh: bool = False) -> str:
        """Delete one document; returns "deleted", "not_found" or "stale"."""
        try:
            result = self._call(
                self._raw.delete,
                index=index,
                id=doc_id,
                version=version,
                version_type="external",
                refresh="true" if refresh else "false",
            )
        except self._conflict:
            return "stale"
        except self._not_found:
            return "not_found"
        return result["result"]

    def bulk(self, index: str, documents: Iterable[Document]) -> tuple[int, list[str]]:
        """Index many documents; returns (indexed, errors). Stale versions are not errors."""
        actions = (
            {
                "_op_type": "index",
                "_index": index,
                "_id": doc.id,
                "_source": doc.body,
                "version": doc.version,
                "version_type": "external",
            }
            for doc in documents
        )
        raw, extra = self._admin()
        indexed, errors = self._call(
            self._bulk, raw, actions, raise_on_error=False, stats_only=False, **extra
        )
        failures = [
            f"{item['index']['_id']}: {item['index'].get('error', {}).get('reason', '?')}"
            for item in errors
            if item.get("index", {}).get("status") != 409
        ]
        return indexed, failures

    def search(self, index: str, body: dict) -> dict:
        """Run a search; an engine error (missing index, bad request) raises SearchFailed, so
        callers fall back instead of failing the page."""
        try:
            return dict(self._call(self._raw.search, index=index, body=body))
        except self._transport_error as error:
            raise SearchFailed(str(error)) from error


def get_client() -> SearchClient | None:
    """The client for the configured engine, or None when search runs on the database."""
    config = EngineConfig.from_settings()
    return SearchClient(config) if config else None
