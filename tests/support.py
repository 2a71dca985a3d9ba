"""Helpers shared by test modules of several folders; fixtures live in the ``conftest.py`` files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

E = TypeVar("E", bound=BaseException)

#: The sample files of every import format (written by ``fixtures/imports/make_fixtures.py``).
IMPORT_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "imports"
#: An ERP spend extract: dates, suppliers, amounts.
ERP_SPEND = IMPORT_FIXTURES / "depenses_erp_2025.csv"


def raised(error: type[E], call: Callable[..., object], *args: object, **kwargs: object) -> E:
    """The ``error`` that ``call(*args, **kwargs)`` raises (the test fails if it raises none)."""
    with pytest.raises(error) as caught:
        call(*args, **kwargs)
    return caught.value
