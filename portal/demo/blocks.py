"""Small builders for the stream blocks of the portal's demo pages."""

from wagtail.rich_text import RichText


def paragraph(html: str):
    return ("paragraph", RichText(html))


def heading(text: str):
    return ("heading", {"text": text, "level": "h2"})


def callout(kind: str, heading_text: str, html: str):
    return ("callout", {"kind": kind, "heading": heading_text, "text": RichText(html)})


def faq(title: str, items: list[tuple[str, str]]):
    return (
        "accordion",
        {"title": title, "items": [{"heading": q, "content": RichText(a)} for q, a in items]},
    )


def paragraphs(texts: dict[str, str]) -> dict[str, list]:
    """A body of one paragraph per language, from plain text."""
    return {code: [paragraph(f"<p>{text}</p>")] for code, text in texts.items()}
