"""Contact details on the data page, the managers group and admin access, and the demo entries."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group

from portal.privacy import holders
from taalhulp.register import demo
from taalhulp.register.models import Interpreter
from taalhulp.register.permissions import MANAGERS_GROUP, managers_ensure
from taalhulp.register.vocabulary import LANGUAGE_CODES

pytestmark = pytest.mark.django_db
LIST_URL = "/admin/snippets/tolkenregister/interpreter/"


def test_the_data_page_finds_exports_and_erases_contact_details(make_entry):
    entry = make_entry(email="amal@example.org", public_fields=["name", "email", "phone"])
    assert holders.summary("Amal@Example.org")["interpreter_register"] == 1
    exported = holders.export("amal@example.org")["interpreter_register"]
    assert exported[0]["certificate_number"] == entry.certificate_number
    assert exported[0]["shown_to_the_public"] == ["name", "email", "phone"]
    assert holders.erase("amal@example.org", ["interpreter_register"]) == {
        "interpreter_register": 1
    }
    entry.refresh_from_db()
    # The certificate stays in the official register; the contact details are gone.
    assert (entry.email, entry.phone, entry.website) == ("", "", "")
    assert entry.public_fields == ["name"]
    assert holders.summary("amal@example.org")["interpreter_register"] == 0


def test_the_managers_group_may_edit_the_register_and_others_may_not(client, django_user_model):
    group = managers_ensure()
    assert group.name == MANAGERS_GROUP
    assert {p.codename for p in group.permissions.all()} >= {
        "add_interpreter", "change_interpreter", "delete_interpreter", "view_interpreter",
    }  # fmt: skip
    manager = django_user_model.objects.create_user("beheer", "beheer@example.org", "x" * 12)
    manager.groups.add(group)
    client.force_login(manager)
    assert client.get(LIST_URL).status_code == 200
    assert client.get(f"{LIST_URL}add/").status_code == 200
    editor = django_user_model.objects.create_user("redactie", "r@example.org", "x" * 12)
    editor.groups.add(Group.objects.get_or_create(name="Other")[0])
    editor.user_permissions.add(*managers_ensure().permissions.filter(codename="access_admin"))
    client.force_login(editor)
    assert client.get(LIST_URL).status_code in (302, 403)


def test_an_editor_saves_an_entry_with_check_boxes_no_javascript_needed(client, django_user_model):
    manager = django_user_model.objects.create_user("beheer", "beheer@example.org", "x" * 12)
    manager.groups.add(managers_ensure())
    client.force_login(manager)
    form = client.get(f"{LIST_URL}add/").content.decode()
    assert 'type="checkbox" name="languages" value="ar"' in form
    response = client.post(
        f"{LIST_URL}add/",
        {
            "certificate_number": "ST-9", "name": "Nieuwe Tolk", "kind": "both",
            "valid_from": "2025-01-01", "valid_until": "2030-01-01", "languages": ["ar", "ti"],
            "on_site": "on", "areas": ["limburg"], "public_fields": ["name"],
        },
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Interpreter.objects.get(certificate_number="ST-9").languages == ["ar", "ti"]


def test_demo_entries_cover_every_language_are_marked_and_idempotent():
    assert demo.generate(seed=42) == 2 * len(LANGUAGE_CODES)
    demo.generate(seed=42)
    entries = Interpreter.objects.all()
    assert entries.count() == 2 * len(LANGUAGE_CODES)
    assert {code for entry in entries for code in entry.languages} == LANGUAGE_CODES
    assert all(entry.name.startswith("Demo Tolk ") for entry in entries)
    assert all(entry.email.endswith("@example.org") for entry in entries)
    assert all(entry.certificate_number.startswith("DEMO-") for entry in entries)
    assert entries.listed().count() == entries.count()


def test_the_admin_list_filters_by_language_and_certificate_status(
    client, django_user_model, make_entry
):
    make_entry(name="Tigrinya Tolk", languages=["ti"])
    make_entry(
        name="Verlopen Tolk",
        languages=["ti"],
        valid_from=dt.date(2019, 1, 1),
        valid_until=dt.date(2020, 1, 1),
    )
    make_entry(name="Turkse Tolk", languages=["tr"])
    manager = django_user_model.objects.create_user("beheer", "beheer@example.org", "x" * 12)
    manager.groups.add(managers_ensure())
    client.force_login(manager)

    def listed(**params):
        html = client.get(LIST_URL, params).content.decode()
        return {n for n in ("Tigrinya Tolk", "Verlopen Tolk", "Turkse Tolk") if n in html}

    assert listed(language="ti") == {"Tigrinya Tolk", "Verlopen Tolk"}
    assert listed(language="ti", status="valid") == {"Tigrinya Tolk"}
    assert listed(status="expired") == {"Verlopen Tolk"}
