"""Workspace settings: profile, organisation, fiscal year."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.engine import Engine
from sqlmodel import Session

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.fiscal_year import fiscal_year_of
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.siret import check_siret
from srm_inclusif.core.vocabulary import Profile, SiretStatus
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.counterparty_edit import invalid_siret
from srm_inclusif.storage.tables import WorkspaceSettings


@dataclass(frozen=True)
class SettingsView:
    """The workspace settings as plain values."""

    profile: Profile
    organisation_name: str
    organisation_siret: str | None
    fiscal_year_start_month: int


def get_settings(engine: Engine) -> SettingsView:
    """Read the workspace settings (defaults when never saved)."""
    with Session(engine) as session:
        row = session.get(WorkspaceSettings, 1) or WorkspaceSettings()
        return SettingsView(
            Profile(row.profile), row.organisation_name, row.organisation_siret,
            row.fiscal_year_start_month,
        )


def workspace_fiscal_year(engine: Engine, *, day: date) -> int:
    """The workspace's (fiscal) year ``day`` falls in, numbered as the objective sheets are.

    The year the dashboard, the Objectifs page and ``stats`` open on when ``day`` is today.
    """
    return fiscal_year_of(day, get_settings(engine).fiscal_year_start_month)


def update_settings(
    engine: Engine,
    *,
    profile: Profile | None = None,
    organisation_name: str | None = None,
    organisation_siret: str | None = None,
    fiscal_year_start_month: int | None = None,
) -> Changes:
    """Change some settings; only the given values are written."""
    if fiscal_year_start_month is not None and not 1 <= fiscal_year_start_month <= 12:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "Le mois de début d'exercice doit être compris entre 1 et 12."),
            month=fiscal_year_start_month)
    siret = None
    if organisation_siret:
        checked = check_siret(organisation_siret)
        if checked.status is SiretStatus.INVALID:
            raise invalid_siret(checked, organisation=True)
        siret = checked.value
    with Session(engine) as session:
        row = session.get(WorkspaceSettings, 1) or WorkspaceSettings(id=1)
        if profile is not None:
            row.profile = profile.value
        if organisation_name is not None:
            row.organisation_name = organisation_name.strip()
        if organisation_siret is not None:
            row.organisation_siret = siret
        if fiscal_year_start_month is not None:
            row.fiscal_year_start_month = fiscal_year_start_month
        session.add(row)
        session.commit()
    return Changes(settings=True)


def is_initialised(engine: Engine) -> bool:
    """True once the workspace has been given a profile and an organisation (first start done)."""
    with Session(engine) as session:
        return session.get(WorkspaceSettings, 1) is not None
