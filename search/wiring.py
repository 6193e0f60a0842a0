"""What search plugs in once the app registry is ready: its index definitions, the case-law
engine search other apps ask for by name, its signal handlers, its health check and gauge, and
its demo step (the concept glossary); and the nested demand log's wiring."""

from portal import demo_steps
from portal.registries import engine_searches
from search import health, signals
from search.demand import wiring as demand_wiring
from search.indexes import index_definitions
from search.offers import facet_cache
from search.offers.documents import OFFERS
from search.pages.documents import PAGES
from search.rulings.documents import RULINGS
from search.rulings.engine import rulings_engine_search


def connect() -> None:
    for definition in (PAGES, OFFERS, RULINGS):
        index_definitions.register(definition.name, definition)
    engine_searches.register(RULINGS.name, rulings_engine_search)
    signals.connect()
    facet_cache.connect_signals()
    health.register()
    demo_steps.register(
        "search.glossary",
        demo_steps.DemoStep(
            label="search: the concept glossary into the offer search's synonyms",
            position=35,
            command="load_glossary",
        ),
    )
    demand_wiring.connect()  # the nested demand log (label search_demand)
