from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings

sys.path.insert(0, str(Path(__file__).resolve().parent))

# Tests (and the commands they start) cache the library and compiled rulesets in a folder of
# their own, never in the user's ~/.cache/elements.
os.environ.setdefault("ELEMENTS_CACHE", tempfile.mkdtemp(prefix="elements-test-cache-"))

# Reports say when they were generated; SOURCE_DATE_EPOCH fixes that moment (2026-01-01
# 00:00:00 UTC) for the tests and the commands they start, so that golden files are stable.
os.environ["SOURCE_DATE_EPOCH"] = "1767225600"

settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "dev", max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
