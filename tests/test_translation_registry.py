"""Every page, snippet and setting of our apps has its text fields registered for translation."""

from django.apps import apps
from django.db import models
from modelcluster.fields import ParentalKey
from modeltranslation.translator import NotRegistered, translator
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

OUR_APPS = {
    "portal", "aanbod", "buddy", "vreemdelingenrecht", "search", "crisis", "nieuwsbrief",
    "search_alerts", "taalhulp", "tolkenregister", "inburgering", "kerncijfers", "vorming",
}  # fmt: skip
# Text fields that are structured data, not language: never translated.
NOT_TRANSLATED = {
    "portal.SiteSettings.helpdesk_phone",
    "portal.PortalImage.credit",
    # Addresses, codes and identifiers are the same in every language.
    "aanbod.OfferPage.location_name",
    "aanbod.OfferPage.street",
    "aanbod.OfferPage.postcode",
    "aanbod.OfferPage.contact_phone",
    "aanbod.OfferPage.support_languages",
    "aanbod.OfferPage.source",
    "aanbod.OfferPage.external_id",
    # Filter values, language codes and lists of files or pictograms.
    "crisis.CrisisHubPage.offer_target_group",
    "crisis.CrisisHubPage.offer_support_language",
    "crisis.CrisisHubPage.pictograms",
    "vorming.EventPage.spoken_language",
    "vorming.EventPage.documents",
    "vorming.EventPage.location",  # an address, like an offer's place
    "crisis.Publication.files",
    # An address, the same in every language (it may carry its own language prefix).
    "taalhulp.LanguageHelpSettings.helper_request_url",
    # Search words belong to the language chosen on the synonym or best bet itself.
    "search.OfferBestBet.query",
    "search.OfferSynonym.terms",
    "search.OfferSynonym.replacement",
    # The glossary concept's name identifies the synonym when load_glossary runs again.
    "search.OfferSynonym.concept",
    # Names of services, addresses and case numbers are the same in every language.
    "vreemdelingenrecht.FrontLineService.name",
    "vreemdelingenrecht.FrontLineService.address",
    "vreemdelingenrecht.FrontLineService.phone",
    "vreemdelingenrecht.FrontLineService.languages",
    "vreemdelingenrecht.RulingPage.ecli",
    "vreemdelingenrecht.RulingPage.role_number",
    # A register entry: certificate numbers, names and phone numbers are not language.
    "tolkenregister.Interpreter.certificate_number",
    "tolkenregister.Interpreter.name",
    "tolkenregister.Interpreter.phone",
    # A quarter code such as 2026-Q3 is the same in every language.
    "kerncijfers.FigureNote.quarter",
}
TEXT_FIELDS = (models.CharField, models.TextField, RichTextField, StreamField)


def _content_models():
    snippets = set(get_snippet_models())
    for model in apps.get_models():
        if model._meta.app_label not in OUR_APPS:
            continue
        if issubclass(model, (Page, BaseSiteSetting)) or model in snippets:
            yield model
            for relation in model._meta.related_objects:
                inline = isinstance(relation.field, ParentalKey)  # not e.g. buddy proposals
                if inline and relation.related_model._meta.app_label in OUR_APPS:
                    yield relation.related_model  # inline items, e.g. menu items


def _own_text_fields(model):
    base_fields = {f.name for f in Page._meta.get_fields()}
    for field in model._meta.get_fields():
        if not isinstance(field, TEXT_FIELDS) or field.name in base_fields:
            continue
        if getattr(field, "choices", None) or isinstance(
            field, (models.EmailField, models.URLField)
        ):
            continue
        if field.name[-3:-2] == "_" and field.name[-2:] in {"nl", "en", "fr", "uk", "ru", "ar"}:
            continue  # the per-language columns modeltranslation adds
        yield field.name


def test_every_text_field_is_translated():
    missing = []
    for model in set(_content_models()):
        try:
            registered = set(translator.get_options_for_model(model).all_fields)
        except NotRegistered:
            registered = set()
        for name in _own_text_fields(model):
            label = f"{model._meta.app_label}.{model.__name__}.{name}"
            if name not in registered and label not in NOT_TRANSLATED:
                missing.append(label)
    assert not missing, f"register these in the app's translation.py: {sorted(missing)}"


def test_the_check_sees_our_models():
    names = {m.__name__ for m in _content_models()}
    assert {
        "HomePage",
        "StandardPage",
        "SiteSettings",
        "NavigationMenu",
        "NavigationMenuItem",
    } <= names
