"""How values and expectations are put into words in the loader's messages."""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from typing import Any

from rome_elements.base.vocabulary import CREDIBILITY_SCALE, RELIABILITY_SCALE
from rome_elements.facts.model import (
    EVIDENCE_KINDS,
    MAX_WHOLE_NUMBER,
)

_DATE_SHAPE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

DATE_WORDS = "a date written YYYY-MM-DD (e.g. 2023-07-19)"
WHOLE_NUMBER = "a whole number"
TOO_LARGE = f"a whole number from -{MAX_WHOLE_NUMBER:,} to {MAX_WHOLE_NUMBER:,} (2^53)"
_WRITTEN_NUMBER = re.compile(r"[-+]?(0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]+|[0-9][0-9_]*)")


def too_large(value: Any) -> bool:
    """Whether `value` is a whole number outside the range a case file allows, or the text of
    one too long to be read as a number at all (as YAML and JSON leave it)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return abs(value) > MAX_WHOLE_NUMBER
    return (
        isinstance(value, str)
        and len(value) > 15
        and bool(_WRITTEN_NUMBER.fullmatch(value.strip()))
    )


TRUE_FALSE = "true or false"


def show(value: Any) -> str:
    """A value as it is quoted in a message: `7`, `"G"`, `a list`, `empty`."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) and abs(value) > MAX_WHOLE_NUMBER:  # str() may refuse it
        return f"a number of about {int(value.bit_length() * 0.30103) + 1:,} digits"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, datetime.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str):
        if not value.strip():
            return "empty text"
        text = " ".join(value.split())
        if len(text) > 40:
            text = text[:39] + "…"
        return f'"{text}"'
    if isinstance(value, list):
        return "a list" if value else "an empty list"
    if isinstance(value, dict):
        return "a mapping (a group of `key: value` lines)"
    return type(value).__name__  # pragma: no cover - the parsers produce nothing else


def parse_date(value: Any) -> datetime.date | None:
    """A date from a YAML date or ISO text ``YYYY-MM-DD``; never from a date and time (a
    spreadsheet cell's, say), whose day would depend on the time zone it is read in."""
    if isinstance(value, datetime.datetime):
        return None
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and _ISO_DATE.match(value.strip()):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


@functools.lru_cache(maxsize=4096)
def day_of(text: str) -> datetime.date | None:
    """`parse_date` of text, remembered (a case file names the same days again and again)."""
    return parse_date(text)


@functools.lru_cache(maxsize=4096)
def iso_day(day: datetime.date) -> str:
    """``day.isoformat()``, remembered: one string for each day."""
    return day.isoformat()


_DATE_TIME = re.compile(r"\s*\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d")
_TIME_NOTE = (
    "give the day alone (YYYY-MM-DD): a time or a time zone is not kept, and cutting it off "
    "could change the day",
)


def date_problem(value: Any, what: str) -> tuple[str, tuple[str, ...]]:
    """Why `value` is not a date, as a message and notes."""
    if isinstance(value, datetime.datetime) or (isinstance(value, str) and _DATE_TIME.match(value)):
        return f"{what} must be {DATE_WORDS}, not a date with a time: {show(value)}", _TIME_NOTE
    if isinstance(value, str):
        shape = _DATE_SHAPE.match(value)
        if shape:
            year, month, day = (int(g) for g in shape.groups())
            text = value.strip()
            if not 1 <= month <= 12:
                return f"{text} is not a valid date", (f"there is no month {month}",)
            days = calendar.monthrange(year, month)[1] if year >= 1 else 31
            if not 1 <= day <= days:
                name = calendar.month_name[month]
                return f"{text} is not a valid date", (f"{name} {year} has {days} days",)
            return (
                f"{what} must be {DATE_WORDS}, not {show(value)}",
                ("write the month and the day with two digits each",),
            )
    return f"{what} must be {DATE_WORDS}, not {show(value)}", ()


# ---- evidence fields --------------------------------------------------------------------------

RELIABILITY_WORDS = "a letter from A (completely reliable) to F (cannot be judged)"
CREDIBILITY_WORDS = "a whole number from 1 (confirmed) to 6 (cannot be judged)"
RELIABILITY_DETAIL = "source reliability: " + "; ".join(
    f"{k} {v}" for k, v in RELIABILITY_SCALE.items()
)
CREDIBILITY_DETAIL = "information credibility: " + "; ".join(
    f"{k} {v}" for k, v in CREDIBILITY_SCALE.items()
)
KIND_WORDS = "one of " + ", ".join(EVIDENCE_KINDS)

EVIDENCE_FIELDS: dict[str, tuple[str, str | None]] = {
    # field: (what it must be, a longer explanation for the `expected` line)
    "id": ("text naming the item, such as E1", None),
    "kind": (KIND_WORDS, None),
    "source": ("text saying who or what the source is", None),
    "date": (DATE_WORDS, None),
    "reliability": (RELIABILITY_WORDS, RELIABILITY_DETAIL),
    "credibility": (CREDIBILITY_WORDS, CREDIBILITY_DETAIL),
    "excerpt": ("the passage of the source relied on, as text", None),
    "origin": ("text naming who produced the information", None),
    "document": ("the file name of the source document", None),
    "file": ("the file name or path of the item", None),
    "sha256": ("the SHA-256 checksum of the file: 64 characters 0-9 and a-f", None),
    "confidential": (TRUE_FALSE, None),
}
EVIDENCE_REQUIRED = ("id", "kind", "source", "reliability", "credibility", "excerpt")

ACCUSED_FIELDS: dict[str, tuple[str, str | None]] = {
    "id": ("text naming the accused, such as lukashenka", None),
    "name": ("the accused's full name", None),
    "role": ("the accused's position or role", None),
    "nationality": (
        "the State of which the accused is a national, named as in the library (e.g. Belarus)",
        None,
    ),
}
ACCUSED_REQUIRED = ("id", "name")
