"""Import field labels in the UI language, and the labels of the fields only some formats fill."""

from __future__ import annotations

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, translate
from srm_inclusif.exchange.columns import FIELD_LABELS

CONTEXT = "ImportFields"

# The labels of ``exchange.columns`` (the field catalogue) and ``exchange.preview`` (the
# normalised preview headers) are marked where they are defined, in this same context.

#: Fields that only some formats fill (SIRENE, FINESS, Hosmoz), with their French labels.
FORMAT_FIELDS = {
    "usual_name": QT_TRANSLATE_NOOP("ImportFields", "Dénomination usuelle"),
    "street_number": QT_TRANSLATE_NOOP("ImportFields", "Numéro de voie"),
    "street_type": QT_TRANSLATE_NOOP("ImportFields", "Type de voie"),
    "street": QT_TRANSLATE_NOOP("ImportFields", "Libellé de voie"),
    "state": QT_TRANSLATE_NOOP("ImportFields", "État administratif (A/F)"),
    "naf": QT_TRANSLATE_NOOP("ImportFields", "Code NAF"),
    "category": QT_TRANSLATE_NOOP("ImportFields", "Catégorie FINESS"),
    "post_line": QT_TRANSLATE_NOOP("ImportFields", "Ligne d'acheminement (CP + ville)"),
    "short_name": QT_TRANSLATE_NOOP("ImportFields", "Raison sociale courte"),
    "siret_alt": QT_TRANSLATE_NOOP("ImportFields", "SIRET (seconde colonne)"),
}


def field_label(label: str) -> str:
    """A French field label (or header) in the UI language."""
    return translate(CONTEXT, label)


def format_field_label(key: str) -> str:
    """Label of a format-only field in the UI language; its key when it has none."""
    return field_label(FORMAT_FIELDS[key]) if key in FORMAT_FIELDS else key


#: The French label of every field a row issue may name (its key in the report).
_ISSUE_FIELDS = FIELD_LABELS | FORMAT_FIELDS


def issue_field_label(key: str) -> str:
    """The field a rejected or flagged row names, as the mapping page names it; else its key."""
    return field_label(_ISSUE_FIELDS[key]) if key in _ISSUE_FIELDS else key
