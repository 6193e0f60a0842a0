"""Short helpers that write StreamField data for the demo pages."""


def h(text: str) -> dict:
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def p(html: str) -> dict:
    return {"type": "paragraph", "value": html}


def short(*points: str) -> dict:
    return {"type": "in_short", "value": {"heading": "", "points": list(points)}}


def faq(*items: tuple[str, str], title: str = "") -> dict:
    return {
        "type": "faq",
        "value": {
            "title": title,
            "items": [{"question": q, "answer": f"<p>{a}</p>"} for q, a in items],
        },
    }


def refs(articles=(), rulings=(), links=()) -> dict:
    """Legal references; `rulings` are ECLI or role numbers, resolved to pages when seeding."""
    return {
        "type": "legal_reference",
        "value": {
            "title": "",
            "articles": list(articles),
            "rulings": list(rulings),
            "links": [{"text": text, "url": url} for text, url in links],
        },
    }


def callout(kind: str, heading: str, text: str) -> dict:
    return {
        "type": "callout",
        "value": {"kind": kind, "heading": heading, "text": f"<p>{text}</p>"},
    }


def document(key: str, title: str) -> dict:
    """A downloadable document; `key` names a demo file made when seeding."""
    return {"type": "document", "value": {"document": key, "title": title}}
