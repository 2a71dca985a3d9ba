"""Impact reports to a client: list, add, edit, delete (DOMAIN.md section 7).

Undo pairs: ``add_impact_report`` / ``delete_impact_report``; ``update_impact_report`` with the
figures before; ``delete_impact_report`` / ``restore_impact_report`` with the row read before.
A change is reported as a change of the client (``Changes.counterparties``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from srm_inclusif.core.errors import NotFoundError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.impact import ExitCounts, ImpactFigures, check_figures
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.counterparty_edit import COUNTERPARTY_GONE, Created
from srm_inclusif.storage.tables import Counterparty, ImpactReport
from srm_inclusif.storage.types import utcnow

REPORT_GONE = QT_TRANSLATE_NOOP("Errors", "Ce bilan d'impact n'existe plus.")


@dataclass(frozen=True)
class ImpactReportRow:
    """One report as the UI and the export read it: the client's name and the figures."""

    id: int
    counterparty_id: int
    client_name: str
    figures: ImpactFigures
    created_at: datetime
    updated_at: datetime


def list_impact_reports(engine: Engine, *, counterparty_id: int) -> list[ImpactReportRow]:
    """The reports given to a client, the latest period first."""
    query = (select(ImpactReport, Counterparty.name).join(Counterparty)
             .where(ImpactReport.counterparty_id == counterparty_id)
             .order_by(col(ImpactReport.period_end).desc(), col(ImpactReport.id).desc()))
    with Session(engine) as session:
        return [_row(report, name) for report, name in session.exec(query)]


def get_impact_report(engine: Engine, *, report_id: int) -> ImpactReportRow:
    """One report, to edit, export or keep before deleting it."""
    with Session(engine) as session:
        report = _get(session, report_id)
        client = session.get(Counterparty, report.counterparty_id)
        return _row(report, client.name if client else "")


def add_impact_report(engine: Engine, *, counterparty_id: int, figures: ImpactFigures,
                      report_id: int | None = None) -> Created:
    """Record a report for a client (``report_id`` to re-create one with its id, on redo).

    Raises:
        ValidationError: figures no report could hold (``core.impact.check_figures``).
        NotFoundError: the client no longer exists.
    """
    with Session(engine) as session:
        report = _insert(session, counterparty_id, figures, report_id)
        session.commit()
        return Created(report.id or 0, Changes(counterparties={counterparty_id}))


def update_impact_report(engine: Engine, *, report_id: int, figures: ImpactFigures) -> Changes:
    """Replace the figures of a report."""
    check_figures(figures)
    with Session(engine) as session:
        report = _get(session, report_id)
        _write(report, figures)
        report.updated_at = utcnow()
        session.add(report)
        session.commit()
        return Changes(counterparties={report.counterparty_id})


def delete_impact_report(engine: Engine, *, report_id: int) -> Changes:
    """Remove a report."""
    with Session(engine) as session:
        report = _get(session, report_id)
        session.delete(report)
        session.commit()
        return Changes(counterparties={report.counterparty_id})


def restore_impact_report(engine: Engine, *, row: ImpactReportRow) -> Changes:
    """Put back a deleted report as it was, its id and dates included (undo of a deletion).

    One transaction: a report refused on the way is not left behind with today's dates.

    Raises:
        ValidationError: figures no report could hold.
        NotFoundError: the client no longer exists.
    """
    with Session(engine) as session:
        report = _insert(session, row.counterparty_id, row.figures, row.id)
        report.created_at, report.updated_at = row.created_at, row.updated_at
        session.commit()
        return Changes(counterparties={row.counterparty_id})


def _insert(session: Session, counterparty_id: int, figures: ImpactFigures,
            report_id: int | None) -> ImpactReport:
    """A new report in ``session``, not committed; its figures and its client checked first."""
    check_figures(figures)
    if session.get(Counterparty, counterparty_id) is None:
        raise NotFoundError.of(COUNTERPARTY_GONE, id=counterparty_id)
    report = ImpactReport(id=report_id, counterparty_id=counterparty_id,
                          period_start=figures.period_start, period_end=figures.period_end)
    _write(report, figures)
    session.add(report)
    return report


def _get(session: Session, report_id: int) -> ImpactReport:
    report = session.get(ImpactReport, report_id)
    if report is None:
        raise NotFoundError.of(REPORT_GONE, id=report_id)
    return report


def _write(report: ImpactReport, figures: ImpactFigures) -> None:
    exits = figures.exits
    report.period_start, report.period_end = figures.period_start, figures.period_end
    report.people = figures.people
    report.hours_worked, report.training_hours = figures.hours_worked, figures.training_hours
    report.exits_durable, report.exits_transition = exits.durable, exits.transition
    report.exits_positive, report.exits_other = exits.positive, exits.other
    report.comment = figures.comment.strip()


def _row(report: ImpactReport, client_name: str) -> ImpactReportRow:
    figures = ImpactFigures(
        period_start=report.period_start, period_end=report.period_end, people=report.people,
        hours_worked=report.hours_worked, training_hours=report.training_hours,
        exits=ExitCounts(durable=report.exits_durable, transition=report.exits_transition,
                         positive=report.exits_positive, other=report.exits_other),
        comment=report.comment)
    return ImpactReportRow(report.id or 0, report.counterparty_id, client_name, figures,
                           report.created_at, report.updated_at)
