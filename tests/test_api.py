"""The Python API, as the README shows it: the README's example runs."""

from __future__ import annotations

import re

from golden import ROOT

from rome_elements import api


def test_the_readme_example_runs() -> None:
    import os

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Python API") :]
    (code,) = re.findall(r"```python\n(.*?)```", section, flags=re.S)[:1]
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        namespace: dict[str, object] = {}
        exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102 - our own README
    finally:
        os.chdir(here)
    memo = namespace["memo"]
    assert isinstance(memo, str) and memo.startswith("# ")


def test_render_and_redact_agree_with_the_command_line() -> None:
    library = api.load_library()
    case = api.load_case(ROOT / "examples" / "belarus_children.yaml", library)
    report = api.check(case, library).report
    assert api.render(report, "json").startswith("{")
    assert api.redact(report).charges == report.charges
    assert api.report_schema()["title"].startswith("elements report")
