"""Objective sheets and their objectives: the service functions the UI and the CLI call.

Sheets (one per person or team and year, copy a year, who may own one) live in
``objective_sheets``; the objectives of a sheet and the 100 % weights rule in
``objective_entries``. A change to a sheet itself is reported in ``Changes.objectives`` as the
negated sheet id.
"""

from __future__ import annotations

from srm_inclusif.storage.services.objective_entries import (
    ObjectiveInput,
    ObjectiveRow,
    ObjectiveView,
    add_objective,
    check_weights,
    delete_objective,
    get_objective,
    list_objectives,
    sheet_objectives,
    update_objective,
    weights_error,
    weights_total,
)
from srm_inclusif.storage.services.objective_sheets import (
    SheetOwner,
    SheetSnapshot,
    SheetView,
    copy_previous_year,
    create_sheet,
    delete_sheet,
    get_sheet,
    list_sheet_owners,
    list_sheets,
    previous_year_sheet,
    restore_sheet,
    snapshot_sheet,
    update_sheet,
)

__all__ = [
    "ObjectiveInput",
    "ObjectiveRow",
    "ObjectiveView",
    "SheetOwner",
    "SheetSnapshot",
    "SheetView",
    "add_objective",
    "check_weights",
    "copy_previous_year",
    "create_sheet",
    "delete_objective",
    "delete_sheet",
    "get_objective",
    "get_sheet",
    "list_objectives",
    "list_sheet_owners",
    "list_sheets",
    "previous_year_sheet",
    "restore_sheet",
    "sheet_objectives",
    "snapshot_sheet",
    "update_objective",
    "update_sheet",
    "weights_error",
    "weights_total",
]
