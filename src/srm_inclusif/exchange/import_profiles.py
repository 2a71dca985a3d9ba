"""Which saved mapping profile an import uses: the one named, or one whose columns a file has.

Shared by the import wizard and the command line, so that both choose the same profile.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from srm_inclusif.core.kinds import fold
from srm_inclusif.exchange.columns import header_key
from srm_inclusif.exchange.table_plan import FilePlan, apply_mapping


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


def apply_fitting_profile(plan: FilePlan, profiles: Mapping[str, dict[str, str]]) -> str | None:
    """Apply to a table the first saved profile whose columns it all has; its name, or None."""
    if not is_table(plan) or (name := fitting_profile(profiles, plan.headers)) is None:
        return None
    apply_mapping(plan, profiles[name])
    return name


def planned_with_a_profile(
    plan: Callable[[dict[str, str]], list[FilePlan]], profiles: Mapping[str, dict[str, str]],
) -> tuple[list[FilePlan], str] | None:
    """Files no column of which is known, planned with the first profile whose columns they have.

    ``plan`` plans the files with a profile's mapping (and raises when they cannot be read so);
    the plans and the profile's name, or None when no saved profile fits every table.
    """
    for name, mapping in profiles.items():
        try:
            plans = plan(mapping)
        except Exception:  # noqa: BLE001 — not this profile's files; try the next one
            continue
        if all(fitting_profile({name: mapping}, each.headers) for each in plans
               if is_table(each)):
            return plans, name
    return None


def named_profile(profiles: Mapping[str, dict[str, str]], name: str) -> str | None:
    """The saved profile a typed name stands for: exactly it, else case and accents aside."""
    if name in profiles:
        return name
    wanted = fold(name)
    return next((saved for saved in profiles if fold(saved) == wanted), None)


def unused_columns(plan: FilePlan) -> list[str]:
    """The titles of a table's columns that its mapping does not read (untitled ones aside)."""
    if not is_table(plan) or plan.format == "finess":
        return []
    return [title.strip() for index, title in enumerate(plan.headers)
            if index not in plan.mapping and str(title).strip()]

