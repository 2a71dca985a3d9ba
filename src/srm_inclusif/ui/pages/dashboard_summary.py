"""The sentence above the dashboard's charts: the period's inclusive spend, or why there is none.

A structure inclusive's spend lines are her sales: her sentence gives their total and the
number of clients (all her sales are inclusive: a share of them would always be 100 %).

Its texts keep the context of the charts panel that shows them ("ChartsPanel").
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from srm_inclusif.core.dashboard import DashboardFigures
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.money import format_eur
from srm_inclusif.core.numbers import as_percent, day_text, grouped, localised
from srm_inclusif.core.vocabulary import SpendBasis

#: A period without spend on any basis: a new workspace, or before the first import.
IMPORT_FIRST = QT_TRANSLATE_NOOP(
    "ChartsPanel", "Importez vos dépenses depuis la page Imports / exports pour suivre vos "
    "achats inclusifs : aucune dépense du {start} au {end}.")
#: The same in a read-only workspace: nothing can be imported into it.
NO_SPEND = QT_TRANSLATE_NOOP("ChartsPanel", "Aucune dépense du {start} au {end}.")
SPEND = QT_TRANSLATE_NOOP(
    "ChartsPanel", "Achats inclusifs : {inclusive} HT sur {total} ({share}), du {start} au "
    "{end}.")
#: No spend on the basis shown, some on others: switching basis, not importing, shows them.
ON_OTHER_BASES = QT_TRANSLATE_NOOP(
    "ChartsPanel", "Aucun achat en base {basis} sur cette période ; {elsewhere} : changez de "
    "base.")
ON_ONE_BASIS = QT_TRANSLATE_NOOP("ChartsPanel", "{amount} en base {basis}")
#: Credit notes beyond the purchases: a share of a nil or negative spend means nothing.
NO_SHARE = QT_TRANSLATE_NOOP(
    "ChartsPanel", "part non calculable : achats nuls ou négatifs, avoirs déduits")
SALES_FIRST = QT_TRANSLATE_NOOP(
    "ChartsPanel", "Saisissez vos ventes (fiche client › Ventes…) ou importez-les depuis la "
    "page Imports / exports : aucune vente du {start} au {end}.")
NO_SALES = QT_TRANSLATE_NOOP("ChartsPanel", "Aucune vente du {start} au {end}.")
SALES = QT_TRANSLATE_NOOP(
    "ChartsPanel", "Ventes à vos clients : {total} HT du {start} au {end} ; clients servis : "
    "{clients}.")
SALES_ON_OTHER_BASES = QT_TRANSLATE_NOOP(
    "ChartsPanel", "Aucune vente en base {basis} sur cette période ; {elsewhere} : changez de "
    "base.")


def spend_summary(figures: DashboardFigures, *, can_import: bool = True) -> str:
    """The inclusive spend and share of the period; else what to do to see some.

    ``can_import``: False in a read-only workspace, never told to import.
    """
    start, end = _whole_day(figures.period.start), _whole_day(figures.period.end)
    if figures.other_bases:
        return _on_other_bases(figures, ON_OTHER_BASES)
    if not figures.has_lines:
        return _tr(IMPORT_FIRST if can_import else NO_SPEND).format(start=start, end=end)
    return _tr(SPEND).format(
        inclusive=format_eur(figures.inclusive_cents), total=format_eur(figures.total_cents),
        share=_share_text(figures), start=start, end=end)


def sales_summary(figures: DashboardFigures, clients: int, *, can_import: bool = True) -> str:
    """A structure inclusive's sales of the period to ``clients`` clients; else how to get some.

    ``can_import``: False in a read-only workspace, where no sale can be entered or imported.
    """
    start, end = _whole_day(figures.period.start), _whole_day(figures.period.end)
    if figures.other_bases:
        return _on_other_bases(figures, SALES_ON_OTHER_BASES)
    if not figures.has_lines:
        return _tr(SALES_FIRST if can_import else NO_SALES).format(start=start, end=end)
    return _tr(SALES).format(total=format_eur(figures.total_cents), clients=grouped(clients),
                             start=start, end=end)


def _on_other_bases(figures: DashboardFigures, sentence: str) -> str:
    elsewhere = ", ".join(
        _tr(ON_ONE_BASIS).format(amount=format_eur(cents), basis=SpendBasis(basis).label)
        for basis, cents in figures.other_bases.items())
    return _tr(sentence).format(basis=SpendBasis(figures.basis).label, elsewhere=elsewhere)


def _share_text(figures: DashboardFigures) -> str:
    share = figures.share
    return _tr(NO_SHARE) if share is None else as_percent(localised(str(share)))


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChartsPanel", text)


def _whole_day(day: date) -> str:
    """A date that the wrapped summary never cuts (« 31 Dec / 2026 » read badly)."""
    return day_text(day).replace(" ", "\u00a0")
