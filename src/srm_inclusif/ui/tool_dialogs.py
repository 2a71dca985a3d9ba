"""The dialogs the main window's menus open over it: Tools, and the objective sheets' export.

Each dialog's module is imported when it is first asked for: startup stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from srm_inclusif.ui.main_window import MainWindow


def open_sheet_export(window: MainWindow) -> None:
    """The objective sheets' export, for the year shown on the Objectives page (else this one)."""
    from srm_inclusif.ui.sheet_export_dialog import open_sheet_export_dialog

    page = window.pages.get("objectives")
    year = page.year() if page is not None else None  # type: ignore[attr-defined]
    open_sheet_export_dialog(window.ctx, window, year=year)


def open_oeth(window: MainWindow) -> None:
    """The OETH estimator (a buyer's tool)."""
    from srm_inclusif.ui.oeth_dialog import OethDialog

    OethDialog(window.ctx, window).exec()


def open_impact_reports_of(window: MainWindow) -> None:
    """On the Clients page, the selected client's reports; elsewhere a client to choose."""
    from srm_inclusif.ui.impact_dialog import open_impact_reports

    chosen: list[int] = []
    if window.current_page_key() == "counterparties" and "counterparties" in window.pages:
        chosen = window.pages["counterparties"].selected_ids()  # type: ignore[attr-defined]
    open_impact_reports(window, window.ctx, chosen[0] if chosen else None)


def open_profile(window: MainWindow) -> None:
    """The workspace's profile (buyer or inclusive structure)."""
    from srm_inclusif.ui.profile_dialog import change_profile

    change_profile(window.ctx, window)


def open_dated_parameters(window: MainWindow) -> None:
    """The dated parameters (SMIC, OETH rates…)."""
    from srm_inclusif.ui.parameters_dialog import open_parameters

    open_parameters(window.ctx, window)


def open_people(window: MainWindow) -> None:
    """The people and teams of the organisation."""
    from srm_inclusif.ui.organisation_dialog import open_organisation

    open_organisation(window.ctx, window)
