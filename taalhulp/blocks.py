"""The communication fan: one block per way to bridge a language barrier."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from taalhulp import choices


class WayBlock(blocks.StructBlock):
    way = blocks.ChoiceBlock(label=_("way"), choices=choices.WAYS)
    heading = blocks.CharBlock(label=_("heading"), max_length=120)
    when = blocks.TextBlock(label=_("when to use it"))
    limits = blocks.TextBlock(label=_("limits"))

    class Meta:
        icon = "group"
        template = "taalhulp/blocks/way_block.html"
        label = _("way to bridge a language barrier")


class FanBlock(blocks.StreamBlock):
    way = WayBlock()
