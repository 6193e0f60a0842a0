"""The proof-of-work solver in a real browser: it finds the answer the server accepts, and a
submit pressed before it is done waits for it instead of sending an empty answer."""

import html
import json
from urllib.parse import parse_qs

import pytest
from django.core.cache import cache

from portal import proof_of_work
from tests.e2e.conftest import ROOT

pytestmark = pytest.mark.e2e

ORIGIN = "http://127.0.0.1:9"  # never contacted: every request is answered by page.route
SOLVER = (ROOT / "static" / "js" / "proof-of-work.js").read_text()


@pytest.fixture
def pow_page(page, settings):
    settings.SPAM_PROOF_OF_WORK_MAX_NUMBER = 20000
    cache.clear()
    challenge = proof_of_work.new_challenge()
    posted = {}

    def answer(route):
        request = route.request
        if request.url.endswith("/solver.js"):
            route.fulfill(body=SOLVER, content_type="text/javascript")
        elif request.method == "POST":
            posted.update(parse_qs(request.post_data or ""))
            route.fulfill(body="<p id=done>sent</p>", content_type="text/html")
        else:
            route.fulfill(
                content_type="text/html",
                body=(
                    '<!DOCTYPE html><html lang="en"><title>form</title>'
                    '<form method="post" action="/send">'
                    '<input type="hidden" name="proof_of_work" '
                    f'data-pow-challenge="{html.escape(challenge)}">'
                    '<button type="submit">Send</button></form>'
                    '<script src="/solver.js"></script></html>'
                ),
            )

    page.route(f"{ORIGIN}/**", answer)
    page.goto(f"{ORIGIN}/form")
    yield page, challenge, posted
    cache.clear()


def test_the_browser_finds_an_answer_the_server_accepts(pow_page):
    page, challenge, _posted = pow_page
    page.wait_for_function("document.querySelector('input[name=proof_of_work]').value !== ''")
    solution = page.eval_on_selector("input[name=proof_of_work]", "input => input.value")
    assert proof_of_work.solution_is_valid(solution)
    assert not proof_of_work.solution_is_valid(solution)  # and only once
    assert json.loads(challenge)["signature"]


def test_an_early_submit_waits_for_the_answer(pow_page):
    page, _challenge, posted = pow_page
    page.click("button")  # at once, most likely before the solver is done
    page.wait_for_selector("#done")
    (solution,) = posted["proof_of_work"]
    assert proof_of_work.solution_is_valid(solution)
