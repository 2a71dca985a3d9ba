"""The count units of objectives (« contrats », « clients »…) as the UI language writes them.

An objective stores its unit in French, as the catalogue of indicators gives it (« contrats »),
and keeps it so: the sheets workbook exchanged with HR stays French and the stored value is
what the objective dialog edits. Where a figure is shown (the Objectifs page, the PDF), the unit
is said in the UI language and agrees with the figure: « 1 contrat », « 1,5 contrat » (French
takes the singular under 2), « 1 contract », « 0 contracts » (English only for exactly one).
A unit typed by the user is shown as typed.
"""

from __future__ import annotations

from decimal import Decimal

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, translate
from srm_inclusif.core.numbers import ENGLISH, number_style

#: The catalogue's count units (as stored) with their singular and plural, French source.
COUNT_UNITS = {
    "contrats": (QT_TRANSLATE_NOOP("CountUnits", "contrat"),
                 QT_TRANSLATE_NOOP("CountUnits", "contrats")),
    "structures": (QT_TRANSLATE_NOOP("CountUnits", "structure"),
                   QT_TRANSLATE_NOOP("CountUnits", "structures")),
    "clients": (QT_TRANSLATE_NOOP("CountUnits", "client"),
                QT_TRANSLATE_NOOP("CountUnits", "clients")),
}


def count_unit_text(value: Decimal, unit: str) -> str:
    """The unit of a count of ``value`` in the UI language; any other unit as given."""
    forms = COUNT_UNITS.get(unit.strip())
    if forms is None:
        return unit
    singular, plural = forms
    return translate("CountUnits", singular if _takes_singular(value) else plural)


def _takes_singular(value: Decimal) -> bool:
    # The number style is the UI language's (set with it at startup): its grammar goes along.
    if number_style() == ENGLISH:
        return abs(value) == 1
    return abs(value) < 2
