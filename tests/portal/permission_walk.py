"""Walk Django's URL resolver and turn every pattern into real URLs aimed at real objects."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver

# Page-valued URL arguments are tried against each of these targets (keys of the world).
PAGE_TARGETS = ("home", "offer_a", "offer_gent", "offer_leuven", "buddy_leuven")
# "Add below" and explorer URLs take the organisation of an offer target.
PARENT_OF = {"offer_a": "org_a", "offer_gent": "gent", "offer_leuven": "leuven"}
PAGE_ARGS = {"page_id", "parent_page_id", "page_to_move_id", "page_pk"}
TOKEN = "not-a-real-token"


@dataclass(frozen=True)
class Endpoint:
    key: str  # "<name> <route>": what the matrix rules match
    route: str
    callback: object

    @property
    def model(self):
        initkwargs = getattr(self.callback, "view_initkwargs", None) or {}
        return initkwargs.get("model")


def _walk(resolver, prefix="", namespace=None):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            ns = namespace
            if pattern.namespace:
                ns = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from _walk(pattern, prefix + str(pattern.pattern), ns)
        elif isinstance(pattern, URLPattern):
            name = pattern.name or "-"
            if namespace and pattern.name:
                name = f"{namespace}:{name}"
            route = prefix + str(pattern.pattern)
            yield Endpoint(f"{name} {route}", route, pattern.callback)


# Endpoints that may remove the world's objects when a role is allowed: walked last.
DESTRUCTIVE = re.compile(r"delete|erase|remove|unpublish|disable|withdraw|leave|logout|revert")


def endpoints() -> list[Endpoint]:
    """Every URL pattern of the project without duplicates; destructive ones at the end."""
    seen, result = set(), []
    for endpoint in _walk(get_resolver()):
        if endpoint.key not in seen:
            seen.add(endpoint.key)
            result.append(endpoint)
    return sorted(result, key=lambda e: bool(DESTRUCTIVE.search(e.key.split()[0])))


def _page_kwarg(route: str) -> bool:
    names = set(_arg_names(route))
    return bool(names & PAGE_ARGS) or route.startswith(
        ("admin/api/main/^pages/<int:pk>", "admin/pages/^(?P<pk>")
    )


def _arg_names(route: str) -> list[str]:
    converters = re.findall(r"<(?:\w+:)?(\w+)>", route)
    groups = re.findall(r"\(\?P<(\w+)>", route)
    return converters + groups


def page_targets(endpoint: Endpoint) -> tuple[str, ...]:
    """The page targets this endpoint is tried with; ("",) when it takes no page."""
    return PAGE_TARGETS if _page_kwarg(endpoint.route) else ("",)


def _value(arg: str, endpoint: Endpoint, world: dict, target: str):
    page = world[target] if target else world["home"]
    if arg in ("page_id", "page_to_move_id", "page_pk"):
        return page.pk
    if arg == "destination_id":  # move an offer to where it is: its own organisation
        return world[PARENT_OF.get(target, target or "home")].pk
    if arg == "parent_page_id":
        return world[PARENT_OF.get(target, target or "home")].pk
    if arg in ("revision_id", "revision_id_a", "revision_id_b"):
        return page.latest_revision_id or page.get_latest_revision().pk
    key = endpoint.key
    model = endpoint.model
    objects = world["models"]
    if arg == "token":
        return TOKEN
    if arg in ("content_type_app_name", "app_label", "app_name"):
        return "taggit" if "tag_model" in key else _app_model(key, world)[0]
    if arg in ("content_type_model_name", "model_name"):
        return "tag" if "tag_model" in key else _app_model(key, world)[1]
    if arg == "action":
        return {"wagtail_bulk_action": "delete"}.get(key.split()[0], "local_accept")
    if arg == "action_name":
        return "approve"
    if arg == "task_state_id":
        return world["task_state"].pk
    if arg in ("task_id", "workflow_pk"):
        return world["task"].pk if arg == "task_id" else world["workflow"].pk
    if arg == "workflow_state_id":
        return world["workflow_state"].pk
    if arg in ("image_id",):
        return world["image"].pk
    if arg in ("document_id", "doc_id"):
        return world["document"].pk
    if arg in ("uploaded_file_id", "session_id", "restriction_id", "page_view_restriction_id"):
        return 999999
    if arg == "collection_id":
        return world["collection"].pk
    if arg == "redirect_id":
        return world["redirect"].pk
    if arg == "filter_spec":
        return "original"
    if arg == "object_id":
        return world["offer_leuven"].pk
    if arg == "topic":
        return world["topic"].slug
    if arg == "key":  # a key figure of /api/v1/stats/<key>/
        return "offers_by_type"
    if arg == "rest":
        return "no-such-endpoint"
    if arg in ("offer_id", "id"):
        return world["offer_leuven"].pk
    if arg == "language":
        return "nl"
    if arg in ("uidb64",):
        return "MQ"
    if arg == "wave_id":
        return world["wave"].pk
    if arg == "pk":
        return _pk(key, model, world, page, objects)
    raise KeyError(f"no value for <{arg}> in {key}")


def _app_model(key: str, world: dict) -> tuple[str, str]:
    if "wagtailsettings" in key:
        return ("portal", "sitesettings")
    if "editing_sessions" in key:
        return ("wagtailcore", "page")
    if "workflows:add_task" in key:
        return ("wagtailcore", "groupapprovaltask")
    return ("aanbod", "offerpage")


def _pk(key, model, world, page, objects):
    name = key.split()[0]
    if name.startswith(("wagtailadmin_api:pages", "wagtailadmin_pages")):
        return page.pk
    simple = {
        "wagtailadmin_api:documents": world["document"],
        "wagtailadmin_api:images": world["image"],
        "wagtailadmin_collections": world["collection"],
        "wagtailadmin_workflows:edit_task": world["task"],
        "wagtailadmin_workflows:disable_task": world["task"],
        "wagtailadmin_workflows:enable_task": world["task"],
        "wagtailadmin_workflows": world["workflow"],
        "buddy_admin:proposal": world["proposal_leuven"],
        "buddy_admin:candidate": world["lars"],
        "buddy_admin:exclusion": world["exclusion"],
        "buddy:": world["proposal_leuven"],
        "wagtailsettings": world["home"].get_site(),
        "wagtaildocs_chooser": world["document"],
        "wagtailimages_chooser": world["image"],
        "wagtailsites": world["home"].get_site(),
        "wagtailusers_users": world["users"]["local_coordinator"],
        "wagtailusers_groups": world["org_a"].editors_group,
    }
    for prefix, obj in simple.items():
        if name.startswith(prefix):
            return obj.pk
    by_name = {
        "topic": world["topic"],
        "frontlineservice": world["service"],
        "newsletterissue": world["issue"],
        "subscriber": world["subscriber"],
    }
    for fragment, obj in by_name.items():
        if f"_{fragment}:" in name:
            return obj.pk
    if model in objects:
        return objects[model].pk
    for candidate_model, obj in objects.items():
        if f"_{candidate_model._meta.model_name}:" in name:
            return obj.pk
    if name.startswith("audit_log"):
        return next(o for m, o in objects.items() if m.__name__ == "AuditEvent").pk
    if name.startswith("outbox"):
        return next(o for m, o in objects.items() if m.__name__ == "OutboxEmail").pk
    raise KeyError(f"no object for <pk> in {key}")


_CONVERTER = re.compile(r"<(?:\w+:)?(\w+)>")
_GROUP = re.compile(r"\(\?P<(\w+)>[^)]*\)")


def url_for(endpoint: Endpoint, world: dict, target: str) -> str:
    """A concrete path for the endpoint, its arguments filled with the world's objects."""
    route = endpoint.route
    name = endpoint.key.split()[0]
    if name == "wagtaildocs_serve":
        document = world["document"]
        return f"/documents/{document.pk}/{document.filename}"
    if name == "wagtail_serve":
        return "/nl/"
    if route.endswith("^.*/$"):
        return "/admin/no-such-admin-page/"
    if name == "wagtailadmin_pages:revisions_compare":
        page = world[target]
        return f"/admin/pages/{page.pk}/revisions/compare/earliest...latest/"

    def fill(match):
        return str(_value(match.group(1), endpoint, world, target))

    path = _GROUP.sub(fill, route)
    path = _CONVERTER.sub(fill, path)
    path = path.replace("^", "").replace("$", "").replace("\\", "")
    return "/" + path
