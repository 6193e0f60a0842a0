"""StreamField blocks of the legal pages: in short, FAQ, legal references, callouts, documents."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import ListBlockValidationError, StructBlockValidationError

from portal.blocks import CalloutBlock, DocumentLinkBlock, HeadingBlock, ParagraphBlock
from vreemdelingenrecht.citations import CitationError, parse_article


class InShortBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    points = blocks.ListBlock(
        blocks.CharBlock(max_length=300, label=_("point")),
        label=_("main points"),
        min_num=1,
        max_num=6,
        help_text=_("At most six short sentences in plain language (B1)."),
    )

    class Meta:
        icon = "list-ul"
        template = "vreemdelingenrecht/blocks/in_short_block.html"
        label = _("In short")
        description = _("The main points of the page in a few plain sentences.")
        preview_value = {"points": ["Je hebt een geldig paspoort nodig."]}


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"), max_length=250)
    answer = ParagraphBlock(label=_("answer"))


class FaqBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False, max_length=120)
    items = blocks.ListBlock(FaqItemBlock(), label=_("questions"), min_num=1)

    class Meta:
        icon = "help"
        template = "vreemdelingenrecht/blocks/faq_block.html"
        label = _("Frequently asked questions")
        description = _("Questions and answers. Search engines can show them as an FAQ.")


class ArticleCitationBlock(blocks.CharBlock):
    """An article citation such as 'art. 10, §1, 4° Vw.'; stored in its canonical form."""

    def clean(self, value):
        value = super().clean(value)
        try:
            return str(parse_article(value))
        except CitationError as error:
            if error.code == "article_law":
                message = _("Add the law after the article, for example: art. 10 Vw.")
            else:
                message = _("Write the article like this: art. 10, §1, 4° Vw.")
            raise ValidationError(message) from error


class LegalReferenceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False, max_length=120)
    articles = blocks.ListBlock(
        ArticleCitationBlock(max_length=120, label=_("article")),
        label=_("articles"),
        required=False,
        help_text=_("For example: art. 10, §1, 4° Vw. Known laws: Vw., Vb., WIPR, WBN."),
    )
    rulings = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="vreemdelingenrecht.RulingPage", label=_("ruling")),
        label=_("rulings"),
        required=False,
    )
    links = blocks.ListBlock(
        blocks.StructBlock(
            [
                ("text", blocks.CharBlock(label=_("link text"), max_length=150)),
                ("url", blocks.URLBlock(label=_("web address"))),
            ]
        ),
        label=_("other sources"),
        required=False,
    )

    class Meta:
        icon = "doc-full-inverse"
        template = "vreemdelingenrecht/blocks/legal_reference_block.html"
        label = _("Legal references")
        description = _("The articles of law and the rulings this section is based on.")

    def clean(self, value):
        try:
            cleaned = super().clean(value)
        except StructBlockValidationError:
            raise
        if not (cleaned["articles"] or cleaned["rulings"] or cleaned["links"]):
            message = _("Add at least one article, ruling or other source.")
            raise StructBlockValidationError(
                block_errors={
                    "articles": ListBlockValidationError(
                        non_block_errors=ErrorList([ValidationError(message)])
                    )
                }
            )
        return cleaned


class LegalStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    in_short = InShortBlock()
    faq = FaqBlock()
    legal_reference = LegalReferenceBlock()
    callout = CalloutBlock()
    document = DocumentLinkBlock()


def faq_jsonld(stream_value) -> dict | None:
    """schema.org FAQPage data for every FAQ item on a page, or None without any."""
    entities = []
    for block in stream_value or []:
        if block.block_type != "faq":
            continue
        for item in block.value["items"]:
            entities.append(
                {
                    "@type": "Question",
                    "name": item["question"],
                    "acceptedAnswer": {
                        "@type": "Answer",
                        "text": " ".join(strip_tags(item["answer"].source).split()),
                    },
                }
            )
    if not entities:
        return None
    return {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": entities}
