"""Helpers shared by test modules of several folders; fixtures live in the ``conftest.py`` files."""

from __future__ import annotations

from pathlib import Path

#: The sample files of every import format (written by ``fixtures/imports/make_fixtures.py``).
IMPORT_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "imports"
#: An ERP spend extract: dates, suppliers, amounts.
ERP_SPEND = IMPORT_FIXTURES / "depenses_erp_2025.csv"
