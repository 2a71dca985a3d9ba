"""French labels of the import fields, marked for lupdate, and their text in the UI language."""

from __future__ import annotations

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "ImportFields"

# Labels of ``exchange.columns`` (the field catalogue) and ``exchange.preview`` (the normalised
# preview headers). They are marked here because lupdate only reads core, charts and ui; a test
# checks that every label of those two modules has its entry.
FIELD_LABELS = frozenset({
    # Supplier fields.
    QT_TRANSLATE_NOOP("ImportFields", "Raison sociale"),
    QT_TRANSLATE_NOOP("ImportFields", "Enseigne"),
    QT_TRANSLATE_NOOP("ImportFields", "SIRET"),
    QT_TRANSLATE_NOOP("ImportFields", "SIREN"),
    QT_TRANSLATE_NOOP("ImportFields", "Type de structure"),
    QT_TRANSLATE_NOOP("ImportFields", "Adresse"),
    QT_TRANSLATE_NOOP("ImportFields", "Complément d'adresse"),
    QT_TRANSLATE_NOOP("ImportFields", "Code postal"),
    QT_TRANSLATE_NOOP("ImportFields", "Ville"),
    QT_TRANSLATE_NOOP("ImportFields", "Téléphone"),
    QT_TRANSLATE_NOOP("ImportFields", "E-mail"),
    QT_TRANSLATE_NOOP("ImportFields", "Site web"),
    QT_TRANSLATE_NOOP("ImportFields", "Secteurs"),
    QT_TRANSLATE_NOOP("ImportFields", "Types de prestation"),
    QT_TRANSLATE_NOOP("ImportFields", "Réseaux"),
    QT_TRANSLATE_NOOP("ImportFields", "Effectif en insertion / ETP"),
    QT_TRANSLATE_NOOP("ImportFields", "Effectif permanent"),
    QT_TRANSLATE_NOOP("ImportFields", "Forme juridique"),
    QT_TRANSLATE_NOOP("ImportFields", "Identifiant source"),
    QT_TRANSLATE_NOOP("ImportFields", "Prénom du contact"),
    QT_TRANSLATE_NOOP("ImportFields", "Nom du contact"),
    QT_TRANSLATE_NOOP("ImportFields", "E-mail du contact"),
    QT_TRANSLATE_NOOP("ImportFields", "Téléphone du contact"),
    QT_TRANSLATE_NOOP("ImportFields", "Notes"),
    # Spend fields.
    QT_TRANSLATE_NOOP("ImportFields", "Raison sociale du fournisseur"),
    QT_TRANSLATE_NOOP("ImportFields", "Dépense achat (€ HT)"),
    QT_TRANSLATE_NOOP("ImportFields", "Catégorie d'achat"),
    QT_TRANSLATE_NOOP("ImportFields", "Entité acheteuse"),
    QT_TRANSLATE_NOOP("ImportFields", "Date"),
    QT_TRANSLATE_NOOP("ImportFields", "Année"),
    QT_TRANSLATE_NOOP("ImportFields", "Acheteur"),
    QT_TRANSLATE_NOOP("ImportFields", "N° de facture ou de commande"),
    # Preview headers not already listed above.
    QT_TRANSLATE_NOOP("ImportFields", "Type"),
    QT_TRANSLATE_NOOP("ImportFields", "Dépt"),
    QT_TRANSLATE_NOOP("ImportFields", "Fournisseur"),
    QT_TRANSLATE_NOOP("ImportFields", "Montant HT"),
    QT_TRANSLATE_NOOP("ImportFields", "Catégorie"),
    QT_TRANSLATE_NOOP("ImportFields", "Entité"),
    QT_TRANSLATE_NOOP("ImportFields", "N° pièce"),
})

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
