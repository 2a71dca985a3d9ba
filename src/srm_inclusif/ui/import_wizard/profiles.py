"""Which saved mapping profile suits a file: one whose every column the file has."""

from __future__ import annotations

from collections.abc import Mapping

from srm_inclusif.exchange.columns import header_key
from srm_inclusif.exchange.table_plan import FilePlan


def is_table(plan: FilePlan) -> bool:
    """A file whose columns are mapped (not a JSON page nor a SIRENE legal-units file)."""
    return plan.container != "json" and not plan.is_legal_units


def fitting_profile(profiles: Mapping[str, Mapping[str, str]], headers: list[str]) -> str | None:
    """The first profile (by name) whose columns are all among the headers, else None.

    Headers compare as the mapping compares them (case, accents and spacing aside).
    """
    present = {header_key(header) for header in headers}
    for name, mapping in profiles.items():
        if mapping and {header_key(header) for header in mapping} <= present:
            return name
    return None
