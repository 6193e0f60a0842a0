"""The permission matrix, machine-readable: which role may open which URL, per tenant target.

docs/permissions.md explains it in prose. Each rule is (pattern, access): the first rule whose
regular expression matches "<url name> <route>" decides. Access is either a set of roles that are
let in (the same for every object), or, for URLs that take a page, a dict from the page target
(see permission_walk.PAGE_TARGETS) to the roles let in. Everyone else must be refused: a redirect
to a login page, a 403, Wagtail's redirect to the dashboard, or a 404.
"""

from __future__ import annotations

import re

ANON, VOLUNTEER = "anonymous", "volunteer"
ORG, LA = "organisation_editor", "local_authority_editor"
COORD, MOD, AGENCY, SU = "local_coordinator", "agency_moderator", "agency_coordinator", "superuser"

EVERYONE = frozenset({ANON, VOLUNTEER, ORG, LA, COORD, MOD, AGENCY, SU})
NOBODY = frozenset()
STAFF = frozenset({ORG, LA, COORD, MOD, AGENCY, SU})  # every user with admin access
PAGE_EDITORS = frozenset({ORG, LA, MOD, SU})  # users with rights on part of the page tree
COCKPIT = frozenset({COORD, AGENCY, SU})
AGENCY_ONLY = frozenset({AGENCY, SU})
SUPERUSER = frozenset({SU})

# Page targets: offer_a belongs to organisation A, offer_gent to the local authority Gent,
# offer_leuven to Leuven (waiting for moderation), buddy_leuven is another coordinator's
# initiative, home is the site root.
EDIT_OFFER = {
    "home": SUPERUSER,
    "offer_a": frozenset({ORG, MOD, SU}),
    "offer_gent": frozenset({LA, MOD, SU}),
    "offer_leuven": frozenset({MOD, SU}),
    "buddy_leuven": SUPERUSER,
}
PUBLISH_LEVEL = {  # delete, unpublish, move, privacy: moderators for offers, else superusers
    "home": SUPERUSER,
    "offer_a": frozenset({MOD, SU}),
    "offer_gent": frozenset({MOD, SU}),
    "offer_leuven": frozenset({MOD, SU}),
    "buddy_leuven": SUPERUSER,
}
# Add an offer below the organisation of the target; offers cannot go below home or an initiative.
ADD_OFFER = {**EDIT_OFFER, "home": NOBODY, "buddy_leuven": NOBODY}
ADD_BELOW = {**EDIT_OFFER, "buddy_leuven": NOBODY}
LOCK = {**dict.fromkeys(EDIT_OFFER, SUPERUSER), "offer_leuven": frozenset({MOD, SU})}
# The task state used belongs to offer_leuven; for other pages Wagtail answers with a redirect.
WORKFLOW_ACTION = {**dict.fromkeys(EDIT_OFFER, STAFF), "offer_leuven": frozenset({MOD, SU})}
TREE_READ = dict.fromkeys(EDIT_OFFER, STAFF)  # page metadata, choosers: every admin user
EXPLORE = dict.fromkeys(EDIT_OFFER, PAGE_EDITORS)
# Wagtail's admin API shows a page to those who may explore it: own subtree, moderators the offers.
API_PAGE = {**EDIT_OFFER, "home": frozenset({MOD, SU})}
# The workflow state used belongs to offer_leuven: for any other page it is not found.
WORKFLOW_DETAIL = {**dict.fromkeys(EDIT_OFFER, NOBODY), "offer_leuven": frozenset({MOD, SU})}
MOVE_CONFIRM = {**PUBLISH_LEVEL, "home": NOBODY, "buddy_leuven": NOBODY}  # fixed hole
SUPERUSER_PAGES = dict.fromkeys(EDIT_OFFER, SUPERUSER)
NO_PAGES = dict.fromkeys(EDIT_OFFER, NOBODY)
SUPERUSER_ERROR = "superuser-error"  # a known upstream 500 for superusers, see KNOWN_ERRORS

RULES: list[tuple[str, object]] = [
    # --- Public site, API, feeds, public forms (tokens are checked by the views) -----------
    (r"^(healthz|metrics|robots_txt|sitemap) ", EVERYONE),
    (r"^aanbod-api-v1:not_found ", NOBODY),  # 404 for everyone
    (r"^aanbod-api-v1:stats_(index|figure) ", EVERYONE),  # key figures: aggregates only
    (r"^aanbod-api-v1:", EVERYONE),
    (r"^offer_short_link ", EVERYONE),
    (r"^(search|search:finder|search:finder_suggest) ", EVERYONE),
    (r"^interpreter_register ", EVERYONE),  # the public register of certified interpreters
    (r"^search_alerts:", EVERYONE),
    (r"^buddy:(register|register_done|privacy|confirm|link_request|link_open) ", EVERYONE),
    (r"^buddy:(accept|decline) ", NOBODY),  # the proposal is another volunteer's: 404
    (r"^buddy:leave ", NOBODY),  # ends the session, then the link page for everyone
    (r"^buddy:", frozenset({VOLUNTEER})),  # self-service: only the magic-link session
    # The volunteer pool: registration (also a crisis wave's) and links are public.
    (
        r"^taalhulpen:(register|register_wave|register_done|privacy|confirm|link_request"
        r"|link_open) ",
        EVERYONE,
    ),
    (r"^taalhulpen:leave ", NOBODY),  # ends the session, then the link page for everyone
    # The volunteer's own page: only with the pool's magic-link session.
    (
        r"^taalhulpen:(me|edit|pause|resume|withdraw|erase|download|training) ",
        frozenset({VOLUNTEER}),
    ),
    # Taalhulp: a volunteer answers a proposal by its signed link (a clear page when it fails).
    (r"^taalhulpen:proposal_answer ", EVERYONE),
    (r"^privacy:", EVERYONE),  # the data page opens with its own e-mail link (GDPR helper)
    (r"^legal_news_", EVERYONE),
    (r"^newsletter_", EVERYONE),
    # wagtail_serve also carries the pages' own routes, e.g. the calendar's ical/ and rss/ feeds.
    (r"^(wagtailcore_login|wagtail_serve) ", EVERYONE),
    (r"^wagtailcore_authenticate_with_password ", NO_PAGES),  # no such restriction: 404
    (r"^wagtaildocs_serve ", EVERYONE),
    (r"^wagtaildocs_authenticate_with_password ", EVERYONE),
    # --- Sign-in (the lead's two-factor views replace Wagtail's login) --------------------
    (r"^wagtailadmin_login ", frozenset({ANON, VOLUNTEER})),  # signed-in staff go to /admin/
    (r"^admin_2fa_(verify|setup) ", STAFF),
    (r"^wagtailadmin_logout ", NOBODY),  # everyone ends on the login page
    (r"^wagtailadmin_(sprite|javascript_catalog|password_reset\w*) ", EVERYONE),
    (r"^wagtailadmin_error_test ", "failwhale"),
    # --- Tenant-sensitive page views (explicit, per target) --------------------------------
    (r"^wagtailadmin_pages:add ", ADD_OFFER),
    (r"^wagtailadmin_pages:(preview_on_add|add_subpage) ", ADD_BELOW),
    (
        r"^wagtailadmin_pages:(usage|edit|preview_on_edit|view_draft|copy|revisions_view"
        r"|revisions_revert|revisions_compare|history|history_results|workflow_history) ",
        EDIT_OFFER,
    ),
    (
        r"^wagtailadmin_pages:(delete|unpublish|move|set_page_position|set_privacy"
        r"|revisions_unschedule) ",
        PUBLISH_LEVEL,
    ),
    (r"^wagtailadmin_pages:workflow_history_detail ", WORKFLOW_DETAIL),
    (r"^wagtailadmin_pages:(lock|unlock) ", LOCK),
    (r"^wagtailadmin_pages:(workflow_action|collect_workflow_action_data) ", WORKFLOW_ACTION),
    (r"^wagtailadmin_pages:workflow_preview ", NO_PAGES),  # task of another page: 404
    (r"^wagtailforms:delete_submissions ", NO_PAGES),  # not form pages
    (r"^wagtailforms:list_submissions(_results)? ", NO_PAGES),  # not form pages: 404
    (r"^wagtailadmin_workflows:remove ", SUPERUSER_PAGES),
    (r"^wagtailadmin_(explore|explore_results) ", EXPLORE),
    (
        r"^(wagtailadmin_api:pages:action|wagtailadmin_pages:convert_alias) ",
        NO_PAGES,  # no such API action; not an alias: 404
    ),
    (r"^wagtailadmin_pages:move_confirm ", MOVE_CONFIRM),
    (r"^wagtailadmin_api:pages:detail ", API_PAGE),
    (
        r"^(wagtailadmin_pages:(confirm_workflow_cancellation|revisions_index)"
        r"|wagtailadmin_choose_page_child) ",
        TREE_READ,  # a modal without data, a redirect to the history, the page chooser
    ),
    # portal.translation_copy guards wagtail-modeltranslation's view (which it shadows).
    (r"copy_translation_content/\$$", EDIT_OFFER),
    # --- Page explorer, search and page reports: users with page rights --------------------
    (
        r"^(wagtailadmin_explore_root|wagtailadmin_pages:(type_use|type_use_results|search"
        r"|search_results)|wagtailadmin_reports:(workflow|workflow_tasks|aging_pages"
        r"|page_types_usage)(_results)?|wagtailforms:index(_results)?) ",
        PAGE_EDITORS,
    ),
    # The editors' checks (portal.readability, portal.translation_gaps): every admin user; the
    # lists hold only the pages that user may change.
    (r"^(plain_language_report|translation_gaps_report)(_results)? ", STAFF),
    # --- Buddy cockpit and agency tools ----------------------------------------------------
    (r"^buddy_admin:(proposal_bulk|candidate_erase|exclusion_override|matching) ", AGENCY_ONLY),
    # The proposal and candidate used are Leuven's: Gent's coordinator gets 404.
    (r"^buddy_admin:(proposal|proposal_action|candidate) ", AGENCY_ONLY),
    (r"^buddy_admin:", COCKPIT),  # local coordinators: own initiative only (tests/buddy)
    # --- Language help requests: service members (own service) and pool coordinators ------
    # No role of the world is a service member or a pool coordinator (tests/taalhulp/pool).
    (r"^taalhulpen_(helprequest|localservice):", SUPERUSER),
    # --- The volunteer pool: its coordinators (no role here is one) and superusers ----------
    # Volunteers register themselves and are anonymised, never deleted; training, coaching and
    # waves are kept for the figures (a wave is closed instead).
    (r"^taalhulpen_volunteers:add ", NOBODY),
    (r"^taalhulpen_(volunteers|trainings|coaching|waves):delete ", NOBODY),
    (r"^taalhulpen_(volunteers|trainings|coaching|waves|trainingsession|wave|figures):", SUPERUSER),
    # Taalhulp matching cockpit: pool coordinators only (no role of this world coordinates it).
    (r"^taalhulpen_cockpit:", SUPERUSER),
    # --- Offer gaps: the agency (offer moderators) sees all, a local authority its own ------
    # municipalities (tests/search/demand); an organisation that is no authority sees none.
    (r"^search_demand:(gaps|gaps_download) ", frozenset({LA, MOD, SU})),
    # Target-group figures: whoever may add them (no role of this world but the superuser).
    (r"^portal_target_groups:upload ", SUPERUSER),
    (r"^audit_log:(index|index_results|inspect) ", AGENCY_ONLY),
    (r"^(audit_log|outbox):(add|edit|delete|history|history_results|usage) ", NOBODY),
    (r"^outbox:", SUPERUSER),
    (r"^wagtailredirects:process_import ", SUPERUSER_ERROR),
    # --- Exports ---------------------------------------------------------------------------
    (r"^nieuwsbrief_export_subscribers ", SUPERUSER),  # or the newsletter managers' group
    # --- Snippets with personal data: choosers too are closed ------------------------------
    (r"^wagtailsnippet(s|choosers)_nieuwsbrief_subscriber:", SUPERUSER),
    (r"^wagtailsnippets_nieuwsbrief_newsletterissue:(preview|send_test|send) ", SUPERUSER),
    (r"^wagtailsnippets:index ", NOBODY),  # Wagtail sends everyone to the dashboard
    # --- 404 for everyone: no ids, the root collection, no such upload -----------------------
    (
        r"^(wagtail_bulk_action|wagtail(docs|images):(create_multiple_from_uploaded_\w+"
        r"|delete_upload_multiple)|wagtailadmin_block_preview|wagtailsettings:preview_on_edit"
        r"|wagtailadmin_api:(pages|documents|images):find|wagtailimages:url_generator\w*) ",
        NOBODY,  # find/preview without parameters; the URL generator is not set up
    ),
    (r"^- admin/\^\.\*/\$$", NOBODY),  # the admin's own 404 for unknown paths
    (r"^- admin/test404/$", STAFF),  # Wagtail's 404 template, for admin users
    (r"^wagtailadmin_editing_sessions:ping ", frozenset({MOD, SU})),  # on offer_leuven
    # --- The rest of the admin: choosers and helpers every admin user needs --------------------
    (
        r"^(wagtailadmin_home|wagtailadmin_pages:choose_parent|wagtailadmin_choose_page\w*"
        r"|wagtailadmin_tag_(model_)?autocomplete|wagtailadmin_account|wagtailadmin_dismissibles"
        r"|wagtailadmin_editing_sessions:release|wagtailembeds:\w+"
        r"|wagtailadmin_reports:site_history(_results)?"
        r"|wagtailadmin_workflows:task_(chooser\w*|chosen)"
        r"|wagtailadmin_api:(pages:listing|documents:(listing|detail)|images:(listing|detail))"
        r"|wagtaildocs_chooser:(choose|choose_results|chosen_multiple)"
        r"|wagtailimages_chooser:(choose|choose_results|chosen_multiple)"
        r"|wagtailsnippetchoosers_\w+:(choose|choose_results|chosen|chosen_multiple)) ",
        STAFF,
    ),
    # --- Everything else in the admin needs model permissions no role but superuser has ------
    (r"^\S+ admin/", SUPERUSER),
]

# Known 500s in third-party views, on the empty POST the walk sends; reported to the lead.
KNOWN_ERRORS = {
    "wagtailredirects:process_import": "Wagtail: KeyError on a POST without an import file",
}

# The admin URLs that separate tenants; each must have a per-target or explicit rule above.
TENANT_SENSITIVE = (
    "wagtailadmin_pages:edit",
    "wagtailadmin_pages:delete",
    "wagtailadmin_pages:add",
    "wagtailadmin_pages:revisions_revert",
    "wagtailadmin_pages:workflow_action",
    "buddy_admin:candidate",
    "buddy_admin:export",
    "nieuwsbrief_export_subscribers",
    "wagtailsnippets_nieuwsbrief_subscriber:edit",
    "wagtailsnippetchoosers_nieuwsbrief_subscriber:choose",
    "buddy:download",
    "taalhulpen:download",
    "buddy:accept",
    "taalhulpen_helprequest:detail",
    "taalhulpen_helprequest:cancel",
    "taalhulpen_helprequest:feedback",
    "taalhulpen_localservice:edit",
)

_COMPILED = [(re.compile(pattern), access) for pattern, access in RULES]


def rule_for(key: str):
    """(index, access) of the first rule that matches the endpoint key, or None."""
    for index, (pattern, access) in enumerate(_COMPILED):
        if pattern.search(key):
            return index, access
    return None


def expected(access, target: str, role: str) -> str:
    """ "allow", "deny" or "error" for this role on this target under the access value."""
    if access == "failwhale":  # Wagtail's deliberate error page for admins
        return "error" if role in STAFF else "deny"
    if isinstance(access, dict):
        access = access[target]
    if access == SUPERUSER_ERROR:
        return "error" if role == SU else "deny"
    return "allow" if role in access else "deny"
