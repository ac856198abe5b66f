"""Dates as written on pages, to ISO 8601 (``YYYY-MM-DD``).

Covers the forms header lines use: ``Friday 28 August 2020``, ``28. August 2020``,
``August 28, 2020``, ``Aug 28 2020``, ``2020-08-28``, ``28.08.2020``, with month names in
English, German, French, Spanish, Italian, Portuguese and Dutch. Purely numeric forms
with slashes are ambiguous (US or European order) and are not guessed.
"""

from __future__ import annotations

import re
import unicodedata

_MONTHS = {
    1: "january jan januar janvier janv enero ene gennaio genn gen janeiro januari",
    2: "february feb februar fevrier fevr febrero febbraio fevereiro fev februari",
    3: "march mar marz maerz mars marzo marco maart mrt",
    4: "april apr avril abril aprile",
    5: "may mai mayo maggio mag maio mei",
    6: "june jun juni juin junio giugno giu junho",
    7: "july jul juli juillet juil julio luglio lug julho",
    8: "august aug aout agosto ago augustus",
    9: "september sep sept septembre septiembre settembre set setembro",
    10: "october oct oktober octobre octubre ottobre ott outubro out okt",
    11: "november nov novembre noviembre novembro",
    12: "december dec dezember decembre diciembre dic dicembre dezembro dez",
}
MONTHS = {name: num for num, names in _MONTHS.items() for name in names.split()}

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY_NUM = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_DMY = re.compile(r"(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?([a-z]+)\.?,?\s+(?:de\s+)?(\d{4})")
_MDY = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def parse_date(text: str) -> str | None:
    """ISO date for the first date found in ``text``, or None."""
    folded = _fold(text)
    for pattern, order in ((_ISO, "ymd"), (_DMY, "dmy"), (_MDY, "mdy"), (_DMY_NUM, "dmy")):
        m = pattern.search(folded)
        if not m:
            continue
        parts = dict(zip(order, m.groups(), strict=True))
        month = parts["m"]
        month = int(month) if month.isdigit() else MONTHS.get(month)
        if month is None:
            continue
        year, day = int(parts["y"]), int(parts["d"])
        if 1 <= month <= 12 and 1 <= day <= 31 and 1800 <= year <= 2200:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None
