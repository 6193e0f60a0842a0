"""The case-law listing's context: filters from the URL, one page of rulings, notices."""

from django.core.paginator import Paginator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from vreemdelingenrecht import choices, selectors
from vreemdelingenrecht.filters import MAX_WORDS, filters_parse
from vreemdelingenrecht.services import ruling_search

PAGE_SIZE = 20
PROBLEMS = {
    "court": _("This court is not in the list. We show rulings of every court."),
    "topic": _("This topic is not in the list. We show rulings on every topic."),
    "year": _("The year must have four digits, like 2023. We show rulings of every year."),
}
TOO_MANY_WORDS = _("We searched for the first %(count)s words only. Use fewer words.")


def case_law_context(page, request) -> dict:
    """The case-law index page's context (its provider, registered in the app's ready())."""
    topics = list(selectors.topic_list())
    filters, problems = filters_parse(
        request.GET,
        courts={value for value, _label in choices.Court.choices},
        topics={topic.slug for topic in topics},
    )
    try:
        page_number = max(int(request.GET.get("page", "1")), 1)
    except ValueError:
        page_number = 1
    results = ruling_search(
        filters,
        language=get_language(),
        offset=(page_number - 1) * PAGE_SIZE,
        size=PAGE_SIZE,
    )
    pages = Paginator(range(results.total), PAGE_SIZE)
    notices = [str(PROBLEMS[name]) for name in problems]
    if filters.words_left_out:
        notices.append(str(TOO_MANY_WORDS) % {"count": MAX_WORDS})
    return {
        "filters": filters,
        "filter_params": filters.as_params(),
        "filter_problems": notices,
        "results": results,
        "courts": choices.Court.choices,
        "years": selectors.ruling_years(),
        "all_topics": topics,
        "page_number": page_number,
        "has_previous": page_number > 1,
        "has_next": page_number < pages.num_pages,
        "num_pages": pages.num_pages,
    }
