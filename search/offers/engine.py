"""The offer search on OpenSearch/Elasticsearch, through the offers alias."""

from __future__ import annotations

from search import lifecycle
from search.client import SearchClient
from search.offers import query_body
from search.offers.backends import RawOutcome
from search.offers.documents import OFFERS
from search.offers.hits import hit_from_source
from search.offers.relax import SearchPlan
from search.offers.results import OfferHit

NAME = "opensearch"


class EngineBackend:
    name = NAME

    def __init__(self, client: SearchClient):
        self.client = client
        self.alias = lifecycle.alias_name(client, OFFERS)

    def search(
        self, plan: SearchPlan, *, language: str, point, facets: bool = True, suggest=False
    ) -> RawOutcome:
        body = query_body.offer_query_body(
            plan, language=language, point=point, facets=facets, suggest=suggest
        )
        response = self.client.search(self.alias, body)
        hits = [
            hit_from_source(hit["_source"], language=language, point=point)
            for hit in response["hits"]["hits"]
        ]
        outcome = RawOutcome(count=response["hits"]["total"]["value"], hits=hits)
        for name, aggregation in response.get("aggregations", {}).items():
            buckets = aggregation["values"]["buckets"]
            if isinstance(buckets, dict):  # a filters aggregation (levels)
                outcome.facets[name] = {key: b["doc_count"] for key, b in buckets.items()}
            else:
                outcome.facets[name] = {
                    str(b.get("key_as_string", b["key"])): b["doc_count"] for b in buckets
                }
        if suggest:
            outcome.suggestion = self._confident_suggestion(response, plan, language)
        return outcome

    def _confident_suggestion(self, response, plan: SearchPlan, language: str) -> str | None:
        options = response.get("suggest", {}).get("did_you_mean", [{}])[0].get("options", [])
        if not options:
            return None
        text = options[0]["text"]
        if text.casefold() == plan.params.q.casefold():
            return None
        # Confident: the suggestion finds offers word for word, the typed text does not.
        found = self.client.search(self.alias, query_body.count_body(text, language))
        typed = self.client.search(self.alias, query_body.count_body(plan.params.q, language))
        if found["hits"]["total"]["value"] and not typed["hits"]["total"]["value"]:
            return text
        return None

    def hit(self, page_id: int, *, language: str, point) -> OfferHit | None:
        body = {
            "query": {"ids": {"values": [str(page_id)]}},
            "_source": query_body.source_fields(language),
        }
        found = self.client.search(self.alias, body)["hits"]["hits"]
        return (
            hit_from_source(found[0]["_source"], language=language, point=point) if found else None
        )

    def suggest(self, prefix: str, *, limit: int) -> list[str]:
        response = self.client.search(self.alias, query_body.suggest_body(prefix, limit=limit))
        options = response.get("suggest", {}).get("titles", [{}])[0].get("options", [])
        return list(dict.fromkeys(option["text"] for option in options))[:limit]
