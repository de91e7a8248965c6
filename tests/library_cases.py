"""The cases of the library's own tests (`elements/tests`), for tests that need many real
cases: every mode, many charges and acts."""

from __future__ import annotations

import yaml
from golden import ROOT


def library_cases() -> list[tuple[str, dict[str, object]]]:
    """Every distinct case of the library's tests (`elements/tests`), by the first test that
    gives it: many charges and acts, every mode, other accused's acts in a charge."""
    folder = ROOT / "elements" / "tests"
    out: dict[str, tuple[str, dict[str, object]]] = {}
    for path in sorted(folder.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            case = item.get("case")
            if isinstance(case, str):
                case = yaml.safe_load((folder / case).read_text(encoding="utf-8"))
            if isinstance(case, dict):
                out.setdefault(repr(case), (f"{path.name}: {item.get('name')}", case))
    return list(out.values())
