"""The shared StreamField block library every content page builds on."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "components/blocks/heading_block.html"
        description = _("A heading that starts a new section.")
        preview_value = {"text": "Nederlands oefenen", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "components/blocks/paragraph_block.html"
        description = _("Text with links and lists. Keep sentences short.")
        preview_value = "<p>Oefen je Nederlands samen met andere mensen in je buurt.</p>"


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "components/blocks/figure_block.html"
        description = _("An image with a text alternative and an optional caption.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("who said it"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote_block.html"
        description = _("A quote, for example from a volunteer or a newcomer.")
        preview_value = {"quote": "Een buddy maakt nieuwkomers wegwijs.", "attribution": "Buddy"}


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("button text"), max_length=60)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("web address"), required=False)

    class Meta:
        icon = "link"
        template = "components/blocks/call_to_action_block.html"
        description = _("A clear button to the next step. Link to a page or to a web address.")
        preview_value = {"text": "Word buddy", "url": "https://www.example.org/"}

    def clean(self, value):
        cleaned = super().clean(value)
        if bool(cleaned.get("page")) == bool(cleaned.get("url")):
            message = _("Choose a page or enter a web address, not both.")
            raise StructBlockValidationError(
                block_errors={"page": ErrorList([ValidationError(message)])}
            )
        return cleaned


class AccordionItemBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("question or heading"), max_length=200)
    content = ParagraphBlock(label=_("answer or content"))


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False, max_length=120)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("items"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "components/blocks/accordion_block.html"
        description = _("Questions and answers, or sections that open and close.")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("kind"),
        choices=[
            ("info", _("Good to know")),
            ("warning", _("Warning")),
            ("changed", _("Recently changed")),
        ],
        default="info",
    )
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    text = ParagraphBlock(label=_("text"))

    class Meta:
        icon = "warning"
        template = "components/blocks/callout_block.html"
        description = _("A box that stands out: a tip, a warning or a recent change.")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("title"), required=False, help_text=_("Leave empty to use the document title.")
    )

    class Meta:
        icon = "doc-full"
        template = "components/blocks/document_link_block.html"
        description = _("A document to download, with its type and size.")


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    figure = FigureBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    accordion = AccordionBlock()
    callout = CalloutBlock()
    document = DocumentLinkBlock()
