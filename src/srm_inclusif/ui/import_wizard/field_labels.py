"""Import field labels in the UI language (the French labels are in ``exchange.columns``)."""

from __future__ import annotations

from srm_inclusif.core.i18n import translate
from srm_inclusif.core.vocabulary import profile_in_use
from srm_inclusif.exchange.columns import SELLER_SPEND_LABELS, field_title

CONTEXT = "ImportFields"

# The labels of ``exchange.columns`` (the field catalogues, the fields only some formats fill)
# and ``exchange.preview`` (the normalised preview headers) are marked there, in this context.


def field_label(label: str) -> str:
    """A French field label (or header) in the UI language."""
    return translate(CONTEXT, label)


#: The preview's headings named as the mapping names the field: a shorter one read as another
#: field (« N° pièce » over the values of « N° de facture ou de commande »).
_HEADED_AS_MAPPED = frozenset({"invoice_number"})


def preview_heading(key: str, label: str) -> str:
    """The heading, in the UI language, of a field's column in the mapping page's preview."""
    return key_label(key) if key in _HEADED_AS_MAPPED else field_label(label)


def key_label(key: str) -> str:
    """The label of a field (catalogue or format-only) in the UI language; else its key.

    As the mapping page names it, and as a rejected or flagged row names its field.
    """
    return field_label(field_title(key, seller=profile_in_use().is_seller))


def spend_field_label(key: str, label: str) -> str:
    """A catalogue field's label in the UI language and the workspace's words.

    A seller's spend file lists her sales: « Raison sociale du client », « Vente (€ HT) ».
    """
    seller = profile_in_use().is_seller
    return field_label(SELLER_SPEND_LABELS.get(key, label) if seller else label)
