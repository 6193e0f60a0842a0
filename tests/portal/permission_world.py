"""The people and objects of the permission matrix: eight roles and two tenants of each kind."""

from __future__ import annotations

import datetime as dt
import io
import time

from django.contrib.auth import HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from PIL import Image as PILImage
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import GroupApprovalTask, TaskState, Workflow

from aanbod.factories import OfferIndexPageFactory, OfferPageFactory, OrganisationPageFactory
from aanbod.models import TargetGroup, Theme
from aanbod.permissions import MODERATORS_GROUP, offers_moderation_ensure
from buddy import conf
from buddy.factories import CandidateFactory, InitiativeIndexPageFactory, coordinator, initiative
from buddy.models import Exclusion, Proposal
from buddy.permissions import groups_ensure
from buddy.views.session import KEY as VOLUNTEER_SESSION_KEY
from portal.factories import root_collection
from portal.models import AuditEvent, Municipality, NavigationMenu, OutboxEmail
from search.models import OfferBestBet, OfferSynonym
from taalhulp.pool.factories import (
    HelpRequestFactory,
    TrainingSessionFactory,
    VolunteerFactory,
    WaveFactory,
)
from taalhulp.pool.models import (
    CoachingSession,
    HelpRequest,
    LocalService,
    TrainingSession,
    Volunteer,
    Wave,
)
from taalhulp.pool.views.session import KEY as POOL_SESSION_KEY
from taalhulp.register.models import Interpreter
from vreemdelingenrecht.factories import FrontLineServiceFactory, TopicFactory
from vreemdelingenrecht.nieuwsbrief.factories import NewsletterIssueFactory, SubscriberFactory

ROLES = (
    "anonymous",
    "volunteer",
    "organisation_editor",
    "local_authority_editor",
    "local_coordinator",
    "agency_moderator",
    "agency_coordinator",
    "superuser",
)


def _user(username: str, *groups: Group, superuser: bool = False):
    model = get_user_model()
    if superuser:
        return model.objects.create_superuser(username, f"{username}@example.org", "x" * 16)
    user = model.objects.create_user(username, f"{username}@example.org", "x" * 16)
    user.groups.add(*groups)
    return user


def _png() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), "red").save(buffer, "PNG")
    return buffer.getvalue()


def build(home) -> dict:
    """Tenants: organisation A, local authorities Gent and Leuven, initiatives Gent and Leuven."""
    call_command("load_places", verbosity=0, stdout=io.StringIO())
    index = OfferIndexPageFactory(parent=home)
    offers_moderation_ensure(index)
    org_a = OrganisationPageFactory(parent=index, title="Taalpunt A", kind="organisation")
    gent = OrganisationPageFactory(parent=index, title="Stad Gent", kind="local_authority")
    leuven = OrganisationPageFactory(parent=index, title="Stad Leuven", kind="local_authority")
    gent.municipalities.set(["44021"])  # the offer-gap view shows a local authority its own
    offer_a = OfferPageFactory(parent=org_a, title="Praattafel A", slug="praattafel-a")
    offer_gent = OfferPageFactory(parent=gent, title="Praattafel Gent", slug="praattafel-gent")
    offer_leuven = OfferPageFactory(parent=leuven, title="Taalcafé Leuven", slug="taalcafe-leuven")
    for page in (offer_a, offer_gent, offer_leuven):
        page.save_revision().publish()

    initiatives = InitiativeIndexPageFactory(parent=home)
    griet = coordinator("griet", "griet@gent.example")
    lode = coordinator("lode", "lode@leuven.example")
    municipality = Municipality.objects.get
    buddy_gent = initiative(
        initiatives, municipality(name_nl="Gent"), title="Buddy Gent", coordinator=griet
    )
    buddy_leuven = initiative(
        initiatives, municipality(name_nl="Leuven"), title="Buddy Leuven", coordinator=lode
    )
    sara = CandidateFactory(name="Sara Gent", email="sara@example.org")
    lars = CandidateFactory(name="Lars Leuven", email="lars@example.org", postcode="3000")
    proposal_gent = Proposal.objects.create(
        candidate=sara, initiative=buddy_gent, score=0.8, state="proposed"
    )
    proposal_leuven = Proposal.objects.create(
        candidate=lars, initiative=buddy_leuven, score=0.8, state="volunteer_accepted"
    )
    exclusion = Exclusion.objects.create(candidate=lars, initiative=buddy_leuven, reason="test")

    agency_group, _local = groups_ensure()
    users = {
        "organisation_editor": _user("org-editor", org_a.editors_group),
        "local_authority_editor": _user("gent-editor", gent.editors_group),
        "local_coordinator": griet,
        "agency_moderator": _user("moderator", Group.objects.get(name=MODERATORS_GROUP)),
        "agency_coordinator": _user("agnes", agency_group),
        "superuser": _user("admin", superuser=True),
    }
    # Leuven's editor sends Leuven's offer to moderation: a task state of another tenant.
    leuven_editor = _user("leuven-editor", leuven.editors_group)
    workflow = Workflow.objects.get(name="Moderatie aanbod")
    workflow_state = workflow.start(offer_leuven, leuven_editor)
    task_state = TaskState.objects.filter(workflow_state=workflow_state).first()

    image = get_image_model().objects.create(
        title="Logo", file=SimpleUploadedFile("logo.png", _png(), content_type="image/png")
    )
    help_request = HelpRequestFactory()  # a local service's request, for its admin URLs
    document = get_document_model().objects.create(
        title="Flyer", file=SimpleUploadedFile("flyer.txt", b"Flyer", content_type="text/plain")
    )
    return {
        "home": home,
        "index": index,
        "org_a": org_a,
        "gent": gent,
        "leuven": leuven,
        "offer_a": offer_a,
        "offer_gent": offer_gent,
        "offer_leuven": offer_leuven,
        "initiatives": initiatives,
        "buddy_gent": buddy_gent,
        "buddy_leuven": buddy_leuven,
        "sara": sara,
        "lars": lars,
        "proposal_gent": proposal_gent,
        "proposal_leuven": proposal_leuven,
        "exclusion": exclusion,
        "users": users,
        "workflow": workflow,
        "workflow_state": workflow_state,
        # A task outside offer_leuven's workflow (the migration's task is gone after a flush).
        "task": GroupApprovalTask.objects.create(name="Andere controle"),
        "task_state": task_state,
        "image": image,
        "document": document,
        "collection": root_collection().add_child(name="Taalpunt A"),
        "redirect": Redirect.objects.create(old_path="/oud", redirect_link="/nieuw"),
        "models": {
            Theme: Theme.objects.create(slug="praten", name_nl="Praten"),
            TargetGroup: TargetGroup.objects.create(slug="jongeren", name_nl="Jongeren"),
            OfferSynonym: OfferSynonym.objects.create(terms="taal, nederlands"),
            OfferBestBet: OfferBestBet.objects.create(query="praten", offer=offer_gent),
            NavigationMenu: NavigationMenu.objects.first(),
            AuditEvent: AuditEvent.objects.create(action="test", username="admin"),
            OutboxEmail: OutboxEmail.objects.create(
                category="test", to="x@example.org", subject="s", body_text="b", language="nl"
            ),
            LocalService: help_request.service,
            HelpRequest: help_request,
            Interpreter: Interpreter.objects.create(
                certificate_number="DEMO-0001",
                name="Demo Tolk",
                languages=["ar"],
                areas=["antwerpen"],
                valid_from=dt.date(2024, 1, 1),
                valid_until=dt.date(2030, 1, 1),
            ),
            **_pool_objects(),
        },
        "topic": TopicFactory(),
        "service": FrontLineServiceFactory(),
        "issue": NewsletterIssueFactory(),
        "subscriber": SubscriberFactory(),
        # The volunteer role also holds a pool volunteer's session; the wave is open.
        "pool_volunteer": VolunteerFactory(name="Olena Pool", email="olena@example.org"),
        "wave": WaveFactory(),
    }


def _pool_objects() -> dict:
    """The volunteer pool's records (coordinators only: no role of the world is one)."""
    volunteer = VolunteerFactory(name="Pool Vrijwilliger")
    return {
        Volunteer: volunteer,
        TrainingSession: TrainingSessionFactory(),
        CoachingSession: CoachingSession.objects.create(
            volunteer=volunteer, held_on=dt.date.today()
        ),
        Wave: WaveFactory(),
    }


def sign_in(client, world: dict, role: str) -> None:
    """Log the client in as the role; the volunteer gets the session a magic link opens."""
    if role == "anonymous":
        return
    if role == "volunteer":
        session = client.session
        session[VOLUNTEER_SESSION_KEY] = {
            "pk": world["sara"].pk,
            "until": time.time() + conf.get("BUDDY_SESSION_MINUTES") * 60,
        }
        session[POOL_SESSION_KEY] = {"pk": world["pool_volunteer"].pk, "until": time.time() + 3600}
        session.save()
        return
    client.force_login(world["users"][role])


def signed_in(client, world: dict, role: str) -> bool:
    """Whether the client's session still carries the role (one session read, no login)."""
    if role == "anonymous":
        return True
    if role == "volunteer":
        data = client.session.get(VOLUNTEER_SESSION_KEY) or {}
        pool = client.session.get(POOL_SESSION_KEY) or {}
        return (
            data.get("pk") == world["sara"].pk
            and data.get("until", 0) > time.time() + 60
            and pool.get("pk") == world["pool_volunteer"].pk
        )
    user = world["users"][role]
    session = client.session
    return (
        session.get(SESSION_KEY) == str(user.pk)
        and session.get(HASH_SESSION_KEY) == user.get_session_auth_hash()
    )
