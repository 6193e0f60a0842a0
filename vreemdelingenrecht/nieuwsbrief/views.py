"""Public newsletter pages: subscribe, confirm (double opt-in) and one-click unsubscribe."""

from django.shortcuts import redirect, render
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from portal.ratelimit import rate_limited
from vreemdelingenrecht.nieuwsbrief import subscriptions
from vreemdelingenrecht.nieuwsbrief.forms import SubscribeForm

TEMPLATES = "nieuwsbrief/"


@require_http_methods(["GET", "POST"])
def subscribe(request):
    if request.method == "POST":
        if rate_limited(request, "newsletter-subscribe", "5/m", request.POST.get("email")):
            return render(request, TEMPLATES + "rate_limited.html", status=429)
        form = SubscribeForm(request.POST)
        if form.is_valid():
            subscriptions.request_subscription(
                email=form.cleaned_data["email"],
                topics=form.cleaned_data["topics"],
                language=translation.get_language(),
            )
            return redirect("newsletter_check_mail")
    else:
        form = SubscribeForm()
    return render(request, TEMPLATES + "subscribe.html", {"form": form})


def check_mail(request):
    return render(request, TEMPLATES + "check_mail.html")


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows a button, POST confirms: mail scanners that open links confirm nothing."""
    try:
        payload = subscriptions.check_confirm_token(token)
    except subscriptions.ExpiredLink:
        return render(request, TEMPLATES + "link_problem.html", {"expired": True}, status=410)
    except subscriptions.InvalidLink:
        return render(request, TEMPLATES + "link_problem.html", status=400)
    if request.method == "POST":
        try:
            subscriber = subscriptions.confirm(token)
        except subscriptions.InvalidLink:
            return render(request, TEMPLATES + "link_problem.html", status=400)
        return render(request, TEMPLATES + "confirmed.html", {"subscriber": subscriber})
    return render(request, TEMPLATES + "confirm.html", {"topic_count": len(payload.get("t", []))})


@never_cache  # the page shows the address
@csrf_exempt  # the token is the proof; mail clients post RFC 8058 one-click requests
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    try:
        subscriber = subscriptions.subscriber_for_unsubscribe(token)
    except subscriptions.ExpiredLink:
        context = {"unsubscribe_expired": True}
        return render(request, TEMPLATES + "link_problem.html", context, status=410)
    except subscriptions.InvalidLink:
        return render(request, TEMPLATES + "link_problem.html", status=400)
    if request.method == "POST":
        subscriptions.unsubscribe(token)
        return render(request, TEMPLATES + "unsubscribed.html")
    if subscriber is None:
        return render(request, TEMPLATES + "unsubscribed.html")
    return render(request, TEMPLATES + "unsubscribe.html", {"email": subscriber.email})
