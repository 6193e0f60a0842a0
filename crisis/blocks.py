"""StreamField blocks of the crisis hub: pictograms and publication files."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from crisis import pictograms
from crisis.domain import PUBLICATION_LANGUAGES, language_name, text_direction

DUPLICATE_LANGUAGE = _("There is already a file in this language. Choose another language.")


def _language_choices():
    return [(code, f"{name} ({code})") for code, name in PUBLICATION_LANGUAGES.items()]


class PictogramValue(blocks.StructValue):
    def image_url(self):
        return pictograms.image_url(self.get("symbol"))

    def description(self):
        return pictograms.description(self.get("symbol"))


class PictogramBlock(blocks.StructBlock):
    symbol = blocks.ChoiceBlock(label=_("picture"), choices=pictograms.choices)
    word_nl = blocks.CharBlock(label=_("word in Dutch"), max_length=60)
    word_uk = blocks.CharBlock(label=_("word in Ukrainian"), max_length=60)

    class Meta:
        icon = "image"
        value_class = PictogramValue
        template = "crisis/includes/pictogram.html"
        description = _("A picture with the Dutch and the Ukrainian word, for screen and print.")


class FileValue(blocks.StructValue):
    @property
    def language(self):
        return self.get("language")

    def language_name(self):
        return language_name(self.get("language"))

    def direction(self):
        return text_direction(self.get("language"))


class PublicationFileBlock(blocks.StructBlock):
    language = blocks.ChoiceBlock(label=_("language of the file"), choices=_language_choices)
    document = DocumentChooserBlock(label=_("file"))

    class Meta:
        icon = "doc-full"
        value_class = FileValue


class PublicationFilesBlock(blocks.StreamBlock):
    file = PublicationFileBlock()

    class Meta:
        min_num = 1

    def clean(self, value):
        cleaned = super().clean(value)
        seen = set()
        errors = {}
        for index, child in enumerate(cleaned):
            code = child.value.get("language")
            if code in seen:
                errors[index] = blocks.StructBlockValidationError(
                    block_errors={"language": ValidationError(DUPLICATE_LANGUAGE)}
                )
            seen.add(code)
        if errors:
            raise blocks.StreamBlockValidationError(block_errors=errors)
        return cleaned
