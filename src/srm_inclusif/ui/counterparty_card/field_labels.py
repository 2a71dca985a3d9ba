"""What each editable field of a counterparty is called on screen (e.g. in its provenance)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "CounterpartyFields"
#: Field → label (translated in the CounterpartyFields context).
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("CounterpartyFields", "Nom"),
    "brand": QT_TRANSLATE_NOOP("CounterpartyFields", "Enseigne"),
    "siret": QT_TRANSLATE_NOOP("CounterpartyFields", "SIRET"),
    "nature": QT_TRANSLATE_NOOP("CounterpartyFields", "Siège ou antenne"),
    "kind": QT_TRANSLATE_NOOP("CounterpartyFields", "Type de structure"),
    "legal_form": QT_TRANSLATE_NOOP("CounterpartyFields", "Forme juridique"),
    "address": QT_TRANSLATE_NOOP("CounterpartyFields", "Adresse"),
    "post_code": QT_TRANSLATE_NOOP("CounterpartyFields", "Code postal"),
    "city": QT_TRANSLATE_NOOP("CounterpartyFields", "Ville"),
    "service_types": QT_TRANSLATE_NOOP("CounterpartyFields", "Types de prestation"),
    "networks": QT_TRANSLATE_NOOP("CounterpartyFields", "Réseaux"),
    "extra_sectors": QT_TRANSLATE_NOOP("CounterpartyFields", "Autres métiers"),
    "is_qpv": QT_TRANSLATE_NOOP("CounterpartyFields", "QPV"),
    "is_zrr": QT_TRANSLATE_NOOP("CounterpartyFields", "ZRR"),
    "headcount_insertion": QT_TRANSLATE_NOOP("CounterpartyFields", "Effectif en insertion"),
    "headcount_permanent": QT_TRANSLATE_NOOP("CounterpartyFields", "Effectif permanent"),
    "capacity": QT_TRANSLATE_NOOP("CounterpartyFields", "Capacité"),
    "website": QT_TRANSLATE_NOOP("CounterpartyFields", "Site web"),
    "social_website": QT_TRANSLATE_NOOP("CounterpartyFields", "Réseau social"),
    "phone": QT_TRANSLATE_NOOP("CounterpartyFields", "Téléphone"),
    "email": QT_TRANSLATE_NOOP("CounterpartyFields", "E-mail"),
    "notes": QT_TRANSLATE_NOOP("CounterpartyFields", "Notes"),
    "active": QT_TRANSLATE_NOOP("CounterpartyFields", "Fiche active"),
    "offers": QT_TRANSLATE_NOOP("CounterpartyFields", "Offres"),
    "client_references": QT_TRANSLATE_NOOP("CounterpartyFields", "Références clients"),
    "sectors": QT_TRANSLATE_NOOP("CounterpartyFields", "Secteurs"),
    "labels": QT_TRANSLATE_NOOP("CounterpartyFields", "Labels"),
}


def field_label(field: str) -> str:
    """The field's name in the UI language (its code if it has no label)."""
    label = FIELD_LABELS.get(field)
    return QCoreApplication.translate(CONTEXT, label) if label else field
