"""The sentence above the dashboard's charts: the period's inclusive spend, or why there is none.

Its texts keep the context of the charts panel that shows them ("ChartsPanel").
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from srm_inclusif.core.dashboard import DashboardFigures
from srm_inclusif.core.money import format_eur
from srm_inclusif.core.numbers import as_percent, day_text, localised
from srm_inclusif.core.vocabulary import SpendBasis


def spend_summary(figures: DashboardFigures) -> str:
    """The inclusive spend and share of the period; else what to do to see some."""
    if figures.other_bases:
        return _on_other_bases(figures)
    if not figures.has_lines:  # a new workspace, or a period before the first import
        return _tr("Importez vos dépenses depuis la page Imports / exports pour suivre vos "
                   "achats inclusifs : aucune dépense du {start} au {end}.").format(
            start=_whole_day(figures.period.start), end=_whole_day(figures.period.end))
    return _tr("Achats inclusifs : {inclusive} HT sur {total} ({share}), du {start} au "
               "{end}.").format(
        inclusive=format_eur(figures.inclusive_cents), total=format_eur(figures.total_cents),
        share=_share_text(figures), start=_whole_day(figures.period.start),
        end=_whole_day(figures.period.end))


def _on_other_bases(figures: DashboardFigures) -> str:
    """No line on the basis shown, some on others: switching basis, not importing, shows them."""
    elsewhere = ", ".join(
        _tr("{amount} en base {basis}").format(amount=format_eur(cents),
                                                 basis=SpendBasis(basis).label)
        for basis, cents in figures.other_bases.items())
    return _tr("Aucun achat en base {basis} sur cette période ; {elsewhere} : changez de "
               "base.").format(basis=SpendBasis(figures.basis).label, elsewhere=elsewhere)


def _share_text(figures: DashboardFigures) -> str:
    share = figures.share
    if share is not None:
        return as_percent(localised(str(share)))
    # credit notes beyond the purchases: a share of a nil or negative spend means nothing
    return _tr("part non calculable : achats nuls ou négatifs, avoirs déduits")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChartsPanel", text)


def _whole_day(day: date) -> str:
    """A date that the wrapped summary never cuts (« 31 Dec / 2026 » read badly)."""
    return day_text(day).replace(" ", "\u00a0")
