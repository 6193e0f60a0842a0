"""The offer page's QR code is drawn once per link and title, then read from the cache."""

import uuid

import segno

from aanbod import sharing


def test_the_qr_code_is_drawn_once_per_link_and_title(monkeypatch):
    drawn = []
    real_make = segno.make

    def counting_make(*args, **kwargs):
        drawn.append(args[0])
        return real_make(*args, **kwargs)

    monkeypatch.setattr(sharing.segno, "make", counting_make)
    url = f"https://example.org/nl/o/{uuid.uuid4().hex}/"  # never cached by an earlier run
    first = sharing.qr_svg(url, "Praattafel")
    assert sharing.qr_svg(url, "Praattafel") == first
    assert drawn == [url]
    # A new title (or address) draws a new code.
    assert sharing.qr_svg(url, "Praattafel Gent") != first
    assert drawn == [url, url]
    assert "<svg" in first and "Praattafel" in first
