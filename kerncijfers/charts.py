"""Horizontal bar charts as SVG markup, drawn on the server: no JavaScript, printable, RTL-safe.

Each bar has its label above it, so long labels and phone widths fit. The chart carries
role="img" with a <title> and a <desc>; the data table next to it holds the same numbers."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

WIDTH = 640
ROW = 46  # label line and bar
BAR = 18
TOP = 8
VALUE_ROOM = 96  # space after the longest bar for its number
MARGIN = 4
# Colours with enough contrast on white, kept when printed (no background images).
BAR_FILL = "#1d5a8c"
SMALL_STROKE = "#505a64"
TEXT_FILL = "#1b1f23"


@dataclass(frozen=True)
class Bar:
    label: str
    count: int | None  # None: a small cell, suppressed


def bar_chart(
    *, chart_id: str, title: str, description: str, bars: list[Bar], small_text: str, rtl: bool
) -> str:
    """The SVG markup of one chart. Text is escaped here; the caller marks the result safe.

    In right-to-left languages the chart is mirrored: bars grow from the right and labels
    start at the right edge. The SVG itself stays direction="ltr" so that the coordinates
    mean the same in every language; the text of a label still runs in its own direction."""
    height = TOP + ROW * max(len(bars), 1) + MARGIN
    largest = max((bar.count or 0 for bar in bars), default=0) or 1
    room = WIDTH - 2 * MARGIN - VALUE_ROOM

    def x(position: float) -> float:
        """A distance from the start edge (left in LTR, right in RTL) as an SVG x."""
        return round(WIDTH - position if rtl else position, 1)

    start_anchor = "end" if rtl else "start"  # text starts at the start edge
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {WIDTH} {height}" width="100%" direction="ltr" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" id="{chart_id}" '
        f'font-family="sans-serif" font-size="15">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>',
    ]
    for index, bar in enumerate(bars):
        top = TOP + index * ROW
        parts.append(
            f'<text x="{x(MARGIN)}" y="{top + 14}" text-anchor="{start_anchor}" '
            f'fill="{TEXT_FILL}">{escape(bar.label)}</text>'
        )
        bar_top = top + 20
        if bar.count is None:
            length, value = 12, small_text  # a small dashed box: there is a value, not shown
            parts.append(
                f'<rect x="{x(MARGIN + 12) if rtl else x(MARGIN)}" y="{bar_top}" width="12" '
                f'height="{BAR}" fill="none" stroke="{SMALL_STROKE}" stroke-dasharray="3 2"/>'
            )
        else:
            length = round(room * bar.count / largest, 1)
            value = str(bar.count)
            if length:
                left = x(MARGIN + length) if rtl else x(MARGIN)
                parts.append(
                    f'<rect x="{left}" y="{bar_top}" width="{length}" height="{BAR}" '
                    f'fill="{BAR_FILL}"/>'
                )
        parts.append(
            f'<text x="{x(MARGIN + length + 6)}" y="{bar_top + 14}" '
            f'text-anchor="{start_anchor}" fill="{TEXT_FILL}">{escape(value)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
