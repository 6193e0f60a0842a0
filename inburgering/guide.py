"""The civic integration guide's variants and step filter, and the postcode check (no Django).

A variant is a region (Flanders or Brussels) and a status (obliged or entitled). A step names
the variants it applies to; an empty list means "all". The visitor may pick neither, one or both
parts of the variant: what they leave open shows every step for it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

FLANDERS, BRUSSELS = "flanders", "brussels"  # the same codes as portal.Municipality.Region
REGIONS = (FLANDERS, BRUSSELS)
OBLIGED, ENTITLED = "obliged", "entitled"  # verplicht, rechthebbend
STATUSES = (OBLIGED, ENTITLED)

POSTCODE_LENGTH = 4


@dataclass(frozen=True)
class Variant:
    """What the visitor chose; "" is "not chosen"."""

    region: str = ""
    status: str = ""

    @classmethod
    def from_query(cls, query: Mapping[str, str]) -> Variant:
        """Read `region` and `status` from the address; unknown values count as not chosen."""
        region = (query.get("region") or "").strip()
        status = (query.get("status") or "").strip()
        return cls(
            region=region if region in REGIONS else "",
            status=status if status in STATUSES else "",
        )

    @property
    def chosen(self) -> bool:
        return bool(self.region or self.status)

    def as_query(self) -> list[tuple[str, str]]:
        """The chosen parts as query parameters, for links that keep the variant."""
        return [
            (name, value)
            for name, value in (("region", self.region), ("status", self.status))
            if value
        ]


def applies(variant: Variant, regions: Iterable[str], statuses: Iterable[str]) -> bool:
    """Whether a step for `regions` and `statuses` (empty: all) is shown for `variant`."""
    regions, statuses = set(regions), set(statuses)
    if variant.region and regions and variant.region not in regions:
        return False
    return not (variant.status and statuses and variant.status not in statuses)


def clean_postcode(text: str) -> str | None:
    """The postcode as four digits, or None when it cannot be a Belgian postcode.

    Spaces are dropped and a leading "B-" or "B" is allowed, as people write it on letters."""
    code = "".join((text or "").split()).upper()
    for prefix in ("B-", "B"):
        if code.startswith(prefix):
            code = code[len(prefix) :]
            break
    if len(code) == POSTCODE_LENGTH and code.isdigit() and code[0] != "0":
        return code
    return None
