"""Every role against every URL of the project, as docs/permissions.md and the matrix say."""

from __future__ import annotations

import pytest
from django.utils import translation

from portal import factories
from tests.portal import permission_matrix as matrix
from tests.portal import permission_walk as walk
from tests.portal import permission_world
from tests.rolled_back import rolled_back

pytestmark = pytest.mark.django_db

GENERIC_RULE = len(matrix.RULES) - 1  # "the rest of the admin": only for Wagtail's own views
# Where a view sends someone who has no session (or no longer one).
LOGIN_PAGES = ("/login/", "/buddy/link/", "/language-helpers/link/", "/privacy/my-data/")


def outcome(client, url: str) -> str:
    """allow, login, deny, notfound or error. A view that only takes POST (405 on GET) is tried
    again with an empty POST, so state-changing views are checked too."""
    response = client.get(url)
    if response.status_code == 405:
        response = client.post(url, {})
    status = response.status_code
    if status >= 500:
        return "error"
    if status in (301, 302):
        location = response.headers["Location"]
        if any(page in location for page in LOGIN_PAGES) and not url.startswith(location):
            return "login"
        if location.startswith("/nl/admin/") and location[3:].startswith(url.split("?")[0]):
            return "notfound"  # an admin 404: Django's locale middleware tries /nl/ first
        if location in ("/admin/", "http://testserver/admin/"):
            return "deny"  # Wagtail's answer to PermissionDenied
        return "allow"
    if status == 403:
        return "deny"
    if status == 404:
        return "notfound"
    return "allow"


def _fits(expectation: str, result: str) -> bool:
    if expectation == "deny":
        return result in ("login", "deny", "notfound")
    return result == expectation


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The demo site and the permission world, built once; each test changes it in a savepoint."""
    with rolled_back(django_db_blocker):
        with translation.override("nl"):
            home = factories.generate(seed=42)
        yield permission_world.build(home)


@pytest.mark.parametrize("role", permission_world.ROLES)
def test_role_against_every_url(client, world, db, role):
    client.raise_request_exception = False
    permission_world.sign_in(client, world, role)
    checked, wrong, signed_in_again = 0, [], 0
    for endpoint in walk.endpoints():
        _index, access = matrix.rule_for(endpoint.key)
        for target in walk.page_targets(endpoint):
            url = walk.url_for(endpoint, world, target)
            want = matrix.expected(access, target, role)
            got = outcome(client, url)
            checked += 1
            if not _fits(want, got):
                wrong.append(f"{endpoint.key} [{target or '-'}] {url}: expected {want}, got {got}")
            # Logout, leave and erase views end the session; later URLs need it back.
            if not permission_world.signed_in(client, world, role):
                permission_world.sign_in(client, world, role)
                signed_in_again += 1
    print(f"{role}: {checked} URLs checked, signed in again {signed_in_again} times")
    assert checked > 500
    assert not wrong, "\n".join(wrong)


def test_every_url_has_a_matrix_entry():
    missing, generic_own = [], []
    for endpoint in walk.endpoints():
        found = matrix.rule_for(endpoint.key)
        if found is None:
            missing.append(endpoint.key)
        elif found[0] == GENERIC_RULE and not endpoint.callback.__module__.startswith("wagtail"):
            generic_own.append(endpoint.key)
    assert not missing, "URLs without a rule in tests/portal/permission_matrix.py:\n" + "\n".join(
        missing
    )
    assert not generic_own, "project views need their own rule:\n" + "\n".join(generic_own)


def test_every_rule_is_used_and_tenant_urls_have_explicit_rules():
    keys = [endpoint.key for endpoint in walk.endpoints()]
    used = {matrix.rule_for(key)[0] for key in keys}
    unused = [matrix.RULES[i][0] for i in range(len(matrix.RULES)) if i not in used]
    assert not unused, f"rules that match no URL any more: {unused}"
    for name in matrix.TENANT_SENSITIVE:
        matching = [key for key in keys if key.split()[0] == name]
        assert matching, name
        for key in matching:
            assert matrix.rule_for(key)[0] != GENERIC_RULE, key


def test_the_outcome_classifier_tells_allow_from_deny(client, world, db):
    assert outcome(client, "/admin/") == "login"
    permission_world.sign_in(client, world, "organisation_editor")
    assert outcome(client, f"/admin/pages/{world['offer_a'].pk}/edit/") == "allow"
    assert outcome(client, f"/admin/pages/{world['offer_leuven'].pk}/edit/") == "deny"
    assert outcome(client, "/admin/users/") == "deny"
    assert outcome(client, "/admin/buddy/candidates/999999/") in ("deny", "notfound")
