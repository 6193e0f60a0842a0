"""Models of vreemdelingenrecht: topics, front-line services, legal, news and case-law pages."""

from vreemdelingenrecht.models.news import NewsIndexPage, NewsPage
from vreemdelingenrecht.models.pages import LegalIndexPage, LegalTopicPage
from vreemdelingenrecht.models.rulings import CaseLawIndexPage, RulingPage
from vreemdelingenrecht.models.settings import LegalSettings
from vreemdelingenrecht.models.taxonomy import FrontLineService, Topic

__all__ = [
    "CaseLawIndexPage",
    "FrontLineService",
    "LegalIndexPage",
    "LegalSettings",
    "LegalTopicPage",
    "NewsIndexPage",
    "NewsPage",
    "RulingPage",
    "Topic",
]
