"""The `expect:` entries of a library test, resolved against its case's charges and the
library's elements: which charge each names, and the status expected of each element."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rome_elements.base.diagnostics import nearest
from rome_elements.base.vocabulary import JURISDICTIONS, RESULTS, STATUSES
from rome_elements.cli.libtest_file import TestFile
from rome_elements.cli.libtest_model import (
    EXPECT_KEYS,
    EXPECTED_STATUSES,
    PARTS,
    TEST_KEYS,
    DataPath,
    Expectation,
)
from rome_elements.facts.model import Case
from rome_elements.facts.wording import show


def expect_entries(
    f: TestFile, path: DataPath, item: Mapping[str, Any], context: str
) -> list[tuple[dict[str, Any], DataPath]]:
    if "expect" not in item:
        f.error(path, "this test has no `expect:`", expected=TEST_KEYS["expect"], context=context)
        return []
    value = item["expect"]
    if not isinstance(value, list) or not value:
        f.error(
            (*path, "expect"),
            f"`expect:` must be a list with one entry per charge, not {show(value)}",
            context=context,
        )
        return []
    out = []
    for j, entry in enumerate(value):
        epath = (*path, "expect", j)
        if not isinstance(entry, dict):
            f.error(
                epath,
                f"an `expect:` entry is a mapping (`charge:`, `elements:` …), not {show(entry)}",
                context=context,
            )
            continue
        f.unknown_keys(epath, entry, EXPECT_KEYS, "an `expect:` entry", context)
        out.append((entry, epath))
    return out


def duplicate_charges(
    f: TestFile,
    resolved: list[Expectation],
    entries: list[tuple[dict[str, Any], DataPath]],
    context: str,
) -> None:
    if len(resolved) != len(entries):
        return  # some entry did not resolve: already reported
    first: dict[int, DataPath] = {}
    for exp, (_, epath) in zip(resolved, entries, strict=True):
        if exp.index in first:
            span = f.doc.span(first[exp.index])
            f.error(
                epath,
                f"charge {exp.index + 1} already has an `expect:` entry",
                notes=(
                    f"the first is at line {span.line}; merge the two" if span else "merge the two",
                ),
                context=context,
            )
        first.setdefault(exp.index, epath)


def expectation(
    f: TestFile, path: DataPath, entry: Mapping[str, Any], case: Case, context: str
) -> Expectation | None:
    """An `expect` entry resolved against the case's charges and the library's elements."""
    errors_before = len(f.errors)
    others, made_out, jurisdiction = outcome_keys(f, path, entry, context)
    index = charge_index(f, path, entry, case, context)
    if index is None:
        return None
    charge = case.charges[index]
    crime = f.lib.crime(charge.crime_id)
    modes = [f.lib.modes[m] for m in charge.modes or (charge.mode,) if m in f.lib.modes]
    assert crime is not None and modes, "the case loader checks crimes and modes"
    ids = {
        "crime": {e.id.value for e in f.lib.elements(crime)},
        "mode": {e.id.value for mode in modes for e in f.lib.elements(mode)},
    }
    elements: dict[tuple[str, str], str] = {}
    raw = entry.get("elements", {})
    if not isinstance(raw, dict):
        f.error(
            (*path, "elements"),
            f"`elements:` must be a mapping of element id: status, not {show(raw)}",
            context=context,
        )
        raw = {}
    for key, status in raw.items():
        where = (*path, "elements", key)
        resolved = element_key(f, where, key, ids, context)
        ok_status = read_status(f, where, status, EXPECTED_STATUSES, context)
        if resolved is not None and ok_status is not None:
            if resolved in elements:
                f.error(
                    where, f"element `{resolved[1]}` is listed twice", key=True, context=context
                )
            elements[resolved] = ok_status
    result = one_of(f, path, entry, "result", RESULTS, context)
    act = entry.get("act")
    if act is not None and not isinstance(act, str):
        f.error((*path, "act"), f"`act:` must be a fact id, not {show(act)}", context=context)
    if len(f.errors) > errors_before:
        return None
    return Expectation(index, elements, others, made_out, jurisdiction, result, act)


def outcome_keys(
    f: TestFile, path: DataPath, entry: Mapping[str, Any], context: str
) -> tuple[str | None, bool | None, str | None]:
    """`others`, `made_out` and `jurisdiction` of an `expect` entry."""
    others = None
    if "others" in entry:
        others = read_status(f, (*path, "others"), entry["others"], STATUSES, context)
    made_out = entry.get("made_out")
    if made_out is not None and not isinstance(made_out, bool):
        f.error(
            (*path, "made_out"),
            f"`made_out:` must be true or false, not {show(made_out)}",
            context=context,
        )
        made_out = None
    jurisdiction = one_of(f, path, entry, "jurisdiction", JURISDICTIONS, context)
    return others, made_out, jurisdiction


def one_of(
    f: TestFile,
    path: DataPath,
    entry: Mapping[str, Any],
    key: str,
    choices: Sequence[str],
    context: str,
) -> str | None:
    """An optional key of an `expect` entry that takes one of `choices` (None if absent or
    not one of them, which is reported)."""
    value = entry.get(key)
    if value is None or value in choices:
        return value if isinstance(value, str) else None
    f.error(
        (*path, key),
        f"`{key}:` cannot be {show(value)}",
        expected=", ".join(f"`{c}`" for c in choices),
        suggestion=nearest(value, choices) if isinstance(value, str) else None,
        context=context,
    )
    return None


def charge_index(
    f: TestFile, path: DataPath, entry: Mapping[str, Any], case: Case, context: str
) -> int | None:
    charges = case.charges
    if not charges:
        f.error(path, "the case has no charges to check", context=context)
        return None
    listing = "; ".join(
        f"{i + 1}: {c.accused}, {c.crime} by {c.mode}" for i, c in enumerate(charges)
    )
    number = entry.get("charge")
    if number is not None:
        if (
            isinstance(number, bool)
            or not isinstance(number, int)
            or not 1 <= number <= len(charges)
        ):
            f.error(
                (*path, "charge"),
                "`charge:` must be the number of a charge of the case, "
                f"1 to {len(charges)}, not {show(number)}",
                notes=(f"the charges: {listing}",),
                context=context,
            )
            return None
    wanted: dict[str, str] = {}
    for key in ("crime", "mode", "accused"):
        if key in entry:
            value = f.text((*path, key), entry[key], f"`{key}:`", context)
            if value is None:
                return None
            wanted[key] = value
    if "crime" in wanted:
        scope = f.lib.crime(wanted["crime"])
        if scope is None:
            names = list(f.lib.crimes) + list(f.lib.articles)
            f.error(
                (*path, "crime"),
                f"no crime `{wanted['crime']}` in the library",
                suggestion=nearest(wanted["crime"], names),
                context=context,
            )
            return None
        wanted["crime"] = scope.id.value
    if "mode" in wanted and wanted["mode"] not in f.lib.modes:
        f.error(
            (*path, "mode"),
            f"no mode of liability `{wanted['mode']}` in the library",
            suggestion=nearest(wanted["mode"], f.lib.modes),
            context=context,
        )
        return None
    candidates = [
        i
        for i, c in enumerate(charges)
        if (number is None or i == number - 1)
        and wanted.get("crime", c.crime_id) == c.crime_id
        and wanted.get("mode", c.mode) == c.mode
        and wanted.get("accused", c.accused) == c.accused
    ]
    if len(candidates) == 1:
        return candidates[0]
    if number is None and not wanted:
        f.error(
            path,
            f"the case has {len(charges)} charges: say which one with `charge:` "
            "(a number) or `crime:` and `mode:`",
            notes=(f"the charges: {listing}",),
            context=context,
        )
    elif not candidates:
        f.error(
            path,
            "no charge of the case matches this entry",
            notes=(f"the charges: {listing}",),
            context=context,
        )
    else:
        numbers = ", ".join(str(i + 1) for i in candidates)
        f.error(
            path,
            f"charges {numbers} all match this entry; add `accused:` or give the `charge:` number",
            notes=(f"the charges: {listing}",),
            context=context,
        )
    return None


def element_key(
    f: TestFile, path: DataPath, key: str, ids: Mapping[str, set[str]], context: str
) -> tuple[str, str] | None:
    part, dot, rest = key.partition(".")
    if dot and part in PARTS:
        if rest in ids[part]:
            return part, rest
        f.error(
            path,
            f"the charge's {part} has no element `{rest}`",
            key=True,
            expected=", ".join(f"`{e}`" for e in sorted(ids[part])),
            suggestion=nearest(rest, ids[part]),
            context=context,
        )
        return None
    found = [p for p in PARTS if key in ids[p]]
    if len(found) == 1:
        return found[0], key
    if len(found) == 2:
        f.error(
            path,
            f"`{key}` is both a crime and a mode element of this charge: "
            f"write `crime.{key}` or `mode.{key}`",
            key=True,
            context=context,
        )
        return None
    every = sorted(ids["crime"] | ids["mode"])
    f.error(
        path,
        f"the charge has no element `{key}`",
        key=True,
        expected="one of " + ", ".join(f"`{e}`" for e in every),
        suggestion=nearest(key, every),
        context=context,
    )
    return None


def read_status(
    f: TestFile, path: DataPath, value: Any, allowed: Sequence[str], context: str
) -> str | None:
    if isinstance(value, str) and value in allowed:
        return value
    f.error(
        path,
        f"{show(value)} is not a status",
        expected=", ".join(f"`{s}`" for s in allowed),
        suggestion=nearest(value, allowed) if isinstance(value, str) else None,
        context=context,
    )
    return None
