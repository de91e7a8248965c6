"""What `pip install` puts into site-packages: one import package, `rome_elements`, and its
metadata — never a generic top-level name (`rules`, `facts`, `engine`, `cli`, `elements`)
that another distribution could own or overwrite. (.ci/run also installs Django's `rules`
beside it and checks that both import.)"""

from __future__ import annotations

import importlib.metadata
import json

import rome_elements

DIST = "rome-elements"


def test_the_distribution_declares_one_top_level_package() -> None:
    dist = importlib.metadata.distribution(DIST)
    assert (dist.read_text("top_level.txt") or "").split() == ["rome_elements"]


def test_an_installed_copy_writes_nothing_outside_its_package() -> None:
    dist = importlib.metadata.distribution(DIST)
    direct = json.loads(dist.read_text("direct_url.json") or "{}")
    if direct.get("dir_info", {}).get("editable"):
        return  # an editable install records the finder, not the package's files
    roots = {f.parts[0] for f in dist.files or ()}
    assert roots <= {"rome_elements", f"rome_elements-{dist.version}.dist-info", ".."}, roots
    scripts = {f.name for f in dist.files or () if f.parts[0] == ".."}
    assert scripts == {"elements"}, scripts


def test_the_package_carries_the_law_library_and_its_version() -> None:
    from rome_elements.rules.load import bundled_paths

    names = {p.name for p in bundled_paths()}
    assert {"standards.el", "states.el", "genocide.el", "commission.el"} <= names
    assert rome_elements.__version__ == importlib.metadata.version(DIST)


def test_every_subpackage_is_installed() -> None:
    """A folder with an `__init__.py` that pyproject.toml does not list would be left out of
    the wheel while an editable install still finds it: list them all."""
    import tomllib

    from golden import ROOT

    setup = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    folders = setup["setuptools"]["package-dir"]
    listed = set(setup["setuptools"]["packages"])
    found = set()
    for package, folder in folders.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            parts = init.parent.relative_to(ROOT / folder).parts
            found.add(".".join((package, *parts)))
    assert found == listed, (found - listed, listed - found)
