"""Caches are bounded: many locales or many distinct inputs leave memory where it was."""

from __future__ import annotations

import os

import pytest
from babel.localedata import locale_identifiers

import moneyfacts
from moneyfacts import UnknownLocaleError
from moneyfacts.reading import fuzzy as _fuzzy
from moneyfacts.reading import lexicon as _lexicon
from moneyfacts.reading import scan as _scan


def _rss_kb() -> int:
    """Resident memory of this process in kB, from /proc (no third-party module needed)."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def test_many_locales_keep_a_bounded_number_of_scanners() -> None:
    locales = sorted(i for i in locale_identifiers() if i.startswith(("en_", "fr_", "es_", "ar_")))[:40]
    assert len(locales) > 32  # more than the scanners kept
    for locale in locales:
        moneyfacts.extract("It cost $5.", locale=locale)
    for cached in (_scan.scanner, _lexicon.lexicon, _lexicon._locale_marks, _fuzzy._names):
        info = cached.cache_info()
        assert info.maxsize is not None
        assert info.currsize <= info.maxsize


def test_many_locale_spellings_keep_the_spelling_cache_bounded() -> None:
    for i in range(3000):
        with pytest.raises(UnknownLocaleError):
            moneyfacts.extract("$5", locale=f"en@x{i}")
    info = _lexicon.canonical_locale.cache_info()
    assert info.maxsize is not None
    assert info.currsize <= info.maxsize


@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="needs /proc")
def test_distinct_short_inputs_leave_memory_flat() -> None:
    def batch(first: int, count: int) -> None:
        for i in range(first, first + count):
            moneyfacts.extract(f"It cost ${i}.{i % 100:02d} or {i} zorblats{i} a year.")

    batch(0, 1000)  # tables loaded, caches filled
    before = _rss_kb()
    batch(1000, 5000)
    grown = _rss_kb() - before
    assert grown < 8_000, f"{grown} kB more after 5,000 distinct inputs"
