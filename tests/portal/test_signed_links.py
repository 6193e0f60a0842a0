"""portal.signed_links: tokens name an object and a purpose, expire, and work once."""

import secrets
import time
from types import SimpleNamespace

import pytest
from django.core import signing

from portal.signed_links import LinkError, SignedLinks


class Thing(SimpleNamespace):
    saved: list

    def save(self, update_fields):
        self.saved.append(update_fields)


@pytest.fixture
def store():
    return {1: Thing(pk=1, link_nonce="n1", saved=[]), 2: Thing(pk=2, link_nonce="n2", saved=[])}


def _links(store, max_age=3600, salt="test.links"):
    return SignedLinks(salt=salt, lookup=store.get, max_age=lambda purpose: max_age)


def test_a_token_opens_its_object_with_its_purpose(store):
    links = _links(store)
    token = links.token(store[1], "me")
    assert links.check(token) == (store[1], "me")
    assert links.check(token, purpose="me")[0] is store[1]


def test_a_token_for_another_purpose_is_invalid(store):
    links = _links(store)
    with pytest.raises(LinkError) as error:
        links.check(links.token(store[1], "me"), purpose="confirm")
    assert error.value.code == "invalid"


def test_redeem_rotates_the_nonce_so_the_link_works_once(store):
    links = _links(store)
    token = links.token(store[1], "me")
    links.redeem(token)
    assert store[1].link_nonce != "n1" and store[1].saved == [["link_nonce"]]
    with pytest.raises(LinkError) as error:
        links.redeem(token)
    assert error.value.code == "used"


def test_expired_broken_foreign_and_missing_tokens(store, monkeypatch):
    links = _links(store, max_age=10)
    token = links.token(store[1], "me")
    later = time.time() + 60
    monkeypatch.setattr(signing.time, "time", lambda: later)
    with pytest.raises(LinkError) as error:
        links.check(token)
    assert error.value.code == "expired"
    monkeypatch.undo()
    for bad in ("x", token[:-2] + "zz", _links(store, salt="other").token(store[1], "me")):
        with pytest.raises(LinkError) as error:
            links.check(bad)
        assert error.value.code == "invalid"
    gone = links.token(Thing(pk=3, link_nonce="n3", saved=[]), "me")
    with pytest.raises(LinkError) as error:
        links.check(gone)
    assert error.value.code == "invalid"


def test_the_nonce_field_can_be_named(store):
    for thing in store.values():
        thing.secret = secrets.token_urlsafe(4)
    links = SignedLinks(
        salt="s", lookup=store.get, max_age=lambda purpose: 60, nonce_field="secret"
    )
    token = links.token(store[2], "confirm")
    links.redeem(token, purpose="confirm")
    with pytest.raises(LinkError):
        links.check(token)
