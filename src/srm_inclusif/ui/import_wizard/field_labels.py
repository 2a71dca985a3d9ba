"""Import field labels in the UI language (the French labels are in ``exchange.columns``)."""

from __future__ import annotations

from srm_inclusif.core.i18n import translate
from srm_inclusif.exchange.columns import FIELD_LABELS, FORMAT_FIELDS

CONTEXT = "ImportFields"

# The labels of ``exchange.columns`` (the field catalogues, the fields only some formats fill)
# and ``exchange.preview`` (the normalised preview headers) are marked there, in this context.


def field_label(label: str) -> str:
    """A French field label (or header) in the UI language."""
    return translate(CONTEXT, label)


def format_field_label(key: str) -> str:
    """Label of a format-only field in the UI language; its key when it has none."""
    return field_label(FORMAT_FIELDS[key]) if key in FORMAT_FIELDS else key


def issue_field_label(key: str) -> str:
    """The field a rejected or flagged row names, as the mapping page names it; else its key."""
    return field_label(FIELD_LABELS[key]) if key in FIELD_LABELS else key
