"""Reports and caches are written atomically: a failed write leaves the old file and no litter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rome_elements.cli.output import write_atomic


def test_a_write_replaces_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")
    write_atomic(target, iter(["{", '"é": 1', "}\n"]))
    assert target.read_text(encoding="utf-8") == '{"é": 1}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


def test_a_failed_write_keeps_the_old_file_and_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")

    def pieces() -> Iterator[str]:
        yield "half of a report"
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        write_atomic(target, pieces())
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]
