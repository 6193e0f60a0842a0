"""Factories for portal pages, menus and settings; `generate()` builds the demo site from them."""

import factory
import factory.random
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from django.utils.text import slugify
from wagtail.models import Collection, Locale, Page, Site

from portal.demo import content as demo_content
from portal.models import HomePage, NavigationMenu, NavigationMenuItem, SiteSettings, StandardPage


class PageFactory(factory.django.DjangoModelFactory):
    """Creates a published page under `parent` (the tree root when none is given)."""

    title = factory.Sequence(lambda n: f"Pagina {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))

    class Meta:
        abstract = True

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        # Plain `title`/`slug` go to the Dutch fields, whatever language is active.
        with translation.override("nl"):
            return model_class(*args, **kwargs)

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        parent = parent or Page.get_first_root_node()
        page = cls._build(model_class, *args, **kwargs)
        with translation.override("nl"):
            parent.add_child(instance=page)
            page.save_revision().publish()
        return page


class HomePageFactory(PageFactory):
    title = "Wegwijs"
    slug = "wegwijs"
    intro = "Vind je weg in Vlaanderen en Brussel."

    class Meta:
        model = HomePage


class StandardPageFactory(PageFactory):
    intro = factory.Faker("sentence", locale="nl_BE")
    show_in_menus = True

    class Meta:
        model = StandardPage


class NavigationMenuFactory(factory.django.DjangoModelFactory):
    location = NavigationMenu.Location.MAIN

    class Meta:
        model = NavigationMenu
        django_get_or_create = ("location",)


class NavigationMenuItemFactory(factory.django.DjangoModelFactory):
    menu = factory.SubFactory(NavigationMenuFactory)

    class Meta:
        model = NavigationMenuItem


def _translated(field: str, texts: dict) -> dict:
    return {f"{field}_{code}": value for code, value in texts.items()}


def _page_fields(spec: dict) -> dict:
    fields = {"slug": spec["slug"]["nl"]}
    for name in ("title", "slug", "intro", "body", "seo_title", "search_description"):
        fields.update(_translated(name, spec.get(name, {})))
    return fields


def upsert_page(*, parent: Page, model, spec: dict, show_in_menus: bool = False) -> Page:
    """Create the page under `parent`, or update it in place: the demo seed is idempotent."""
    fields = _page_fields(spec)
    with translation.override("nl"):
        existing = parent.get_children().filter(slug_nl=fields["slug"]).first()
        if existing is None:
            return _create_page(parent, model, fields, show_in_menus)
        page = existing.specific
        for name, value in fields.items():
            setattr(page, name, value)
        page.show_in_menus = show_in_menus
        page.save_revision().publish()
        return page


def _create_page(parent, model, fields, show_in_menus):
    factory_class = HomePageFactory if model is HomePage else StandardPageFactory
    return factory_class(parent=parent, show_in_menus=show_in_menus, **fields)


def _menu(location: str, pages: list[Page]) -> NavigationMenu:
    menu = NavigationMenuFactory(location=location)
    menu.items.all().delete()
    for order, page in enumerate(pages):
        NavigationMenuItemFactory(menu=menu, link_page=page, sort_order=order)
    return menu


def root_collection() -> Collection:
    """The root collection; a flushed database (transactional tests) has lost the one that
    Wagtail's migration made."""
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def generate(*, seed: int = 42) -> HomePage:
    """Build (or refresh) the demo site: home, sections, footer pages, menus and settings."""
    factory.random.reseed_random(seed)
    # A flushed database (transactional tests) has lost the root that Wagtail's migration made.
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root")
    root_collection()
    home = upsert_page(parent=root, model=HomePage, spec=demo_content.HOME)

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, is_default_site=True, root_page=home
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    # Remove Wagtail's placeholder "Welcome" page once the demo home has taken its place.
    placeholder_type = ContentType.objects.get_for_model(Page)
    root.get_children().filter(content_type=placeholder_type).delete()

    sections = [
        upsert_page(parent=home, model=StandardPage, spec=spec, show_in_menus=True)
        for spec in demo_content.SECTIONS
    ]
    footer_pages = [
        upsert_page(parent=home, model=StandardPage, spec=spec)
        for spec in demo_content.FOOTER_PAGES
    ]
    _menu(NavigationMenu.Location.MAIN, sections)
    _menu(NavigationMenu.Location.FOOTER, footer_pages)

    settings_obj = SiteSettings.for_site(site)
    for name, value in demo_content.SITE_SETTINGS.items():
        if isinstance(value, dict):
            for code, text in value.items():
                setattr(settings_obj, f"{name}_{code}", text)
        else:
            setattr(settings_obj, name, value)
    settings_obj.save()
    return home
