"""Shared test set-up: hypothesis profiles ("ci" is loaded when the CI variable is set)."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=100)
settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))


@pytest.fixture(scope="session")
def table_generator() -> ModuleType:
    """``tools/generate_tables.py``, loaded once: regeneration tests compare its output with the tables."""
    path = Path(__file__).resolve().parent.parent / "tools" / "generate_tables.py"
    spec = importlib.util.spec_from_file_location("generate_tables", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["generate_tables"] = module
    spec.loader.exec_module(module)
    return module
