"""Short links to offers, stable across title and slug changes."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils import translation

from aanbod.models import OfferPage


def offer_short_link(request, offer_id: int, language: str):
    offer = get_object_or_404(OfferPage.objects.live().public(), pk=offer_id)
    if language not in dict(translation.trans_real.get_languages()):
        raise Http404
    with translation.override(language):
        return redirect(offer.get_url(request))
