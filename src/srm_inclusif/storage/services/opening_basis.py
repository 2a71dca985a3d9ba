"""The spend basis the dashboard, ``srm-inclusif stats`` and the purchase forms open on.

One rule (``core.dashboard.default_basis``), fed here and only here: the basis of the year's
spend objectives (a buyer's inclusive spend, a seller's « Ventes totales »), else the only basis
the year's spend is on, else « Facturé ». The dashboard opening on « Payé » while ``stats`` said
« Facturé » and the purchase form proposed « Commandé » meant three totals for one year.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.engine import Engine

from srm_inclusif.core import dashboard
from srm_inclusif.core.vocabulary import SpendBasis
from srm_inclusif.storage.services.dashboard_data import spend_by_basis, spend_objective_bases
from srm_inclusif.storage.services.kpi_data import sheet_period
from srm_inclusif.storage.services.settings import get_settings, workspace_fiscal_year


def opening_basis(engine: Engine, *, year: int, person_id: int | None = None,
                  team_id: int | None = None) -> SpendBasis:
    """The basis the figures of the (fiscal) ``year`` open on: a person's, a team's, everyone's.

    Her objectives and her spend lines when ``person_id`` is given; the team's sheet and its
    members' spend lines when ``team_id`` is; else all people's objectives and all spend lines of
    the year (a quarter opens on its year's basis: the targets are yearly).
    """
    code = dashboard.TARGET_INDICATOR[get_settings(engine).profile]
    objective_bases = spend_objective_bases(engine, code=code, year=year, person_id=person_id,
                                            team_id=team_id)
    spend = spend_by_basis(engine, period=sheet_period(engine, year=year), person_id=person_id,
                           team_id=team_id)
    return SpendBasis(dashboard.default_basis(objective_bases, spend))


def opening_basis_on(engine: Engine, *, day: date, person_id: int | None = None) -> SpendBasis:
    """``opening_basis`` of the (fiscal) year ``day`` falls in: a purchase of that day counts there.

    A fiscal year is numbered by the calendar year it starts in (``sheet_period``).
    """
    return opening_basis(engine, year=workspace_fiscal_year(engine, day=day), person_id=person_id)

