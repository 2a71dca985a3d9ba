"""The count units of objectives (« contrats », « clients »…) as the UI language writes them.

An objective stores its unit in French, as the catalogue of indicators gives it (« contrats »),
and keeps it so: the sheets workbook exchanged with HR stays French, and the objective dialog
shows the unit in the UI language but stores it back as the catalogue gives it. Where a figure
is shown (the Objectifs page, the PDF), the unit is said in the UI language and agrees with the
figure: « 1 contrat », « 1,5 contrat » (French takes the singular under 2), « 1 contract »,
« 0 contracts » (English only for exactly one). A unit typed by the user is shown as typed.
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


def unit_shown(unit: str) -> str:
    """A stored unit as the objective form shows it: a count unit in the UI language, plural.

    « contrats » reads "contracts" in English; any other unit (« € », « h », one typed by the
    user) is shown as stored.
    """
    forms = COUNT_UNITS.get(unit.strip())
    return unit if forms is None else translate("CountUnits", forms[1])


def unit_stored(text: str) -> str:
    """The unit to store for the text of the objective form's unit field.

    A count unit as ``unit_shown`` words it ("contracts") is stored as the catalogue gives it
    (« contrats »), so that a sheet saved in English reads the same in French and keeps its
    bound; any other text is stored as typed.
    """
    typed = text.strip()
    for stored, (_singular, plural) in COUNT_UNITS.items():
        if typed == translate("CountUnits", plural):
            return stored
    return typed
