"""Match file columns to app fields by name (case, accent and spacing insensitive, synonyms)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, quoted
from srm_inclusif.core.kinds import fold

IGNORED = ""


def _numbered(*documents: str) -> tuple[str, ...]:
    """The folded titles of a document's number.

    « N° de commande », « Numéro facture », « Réf. BC », « N° du bon de commande », « Numéro de
    SIRET »...
    """
    return tuple(f"{prefix} {joiner}{document}" for document in documents
                 for prefix in ("n", "numero", "num", "ref", "reference")
                 for joiner in ("", "de ", "du "))


#: Supplier fields: key → (French label, synonyms as they appear in real files).
#: Synonyms are listed strongest first: when two columns name one field, the header nearer the
#: label wins (« Raison sociale » over « Nom », wherever each stands).
SUPPLIER_FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "name": (QT_TRANSLATE_NOOP("ImportFields", "Raison sociale"), (
        "raison sociale", "raison sociale de la structure", "raison sociale du fournisseur",
        "denomination sociale", "denominationunitelegale", "nom de la structure",
        "nom structure", "nom de l entreprise", "nom du fournisseur", "denomination",
        "rslongue", "rs", "name", "structure", "entreprise", "fournisseur",
        "nom de l etablissement", "nom")),
    "brand": (QT_TRANSLATE_NOOP("ImportFields", "Enseigne"), (
        "enseigne", "brand", "nom commercial", "enseigne1etablissement",
        "denominationusuelleetablissement")),
    "siret": (QT_TRANSLATE_NOOP("ImportFields", "SIRET"), (
        "siret", "siret de l etablissement", "code siret", "siret etablissement",
        *_numbered("siret"))),
    "siren": (QT_TRANSLATE_NOOP("ImportFields", "SIREN"), ("siren", *_numbered("siren"))),
    "kind": (QT_TRANSLATE_NOOP("ImportFields", "Type de structure"), (
        "type de structure", "type", "kind", "categorie", "type structure", "statut",
        "nature juridique", "type d structure")),
    "nature": (QT_TRANSLATE_NOOP("ImportFields", "Siège ou antenne"), (
        "nature", "siege antenne", "siege ou antenne", "antenne ou siege",
        "nature de l etablissement", "nature etablissement")),
    "address": (QT_TRANSLATE_NOOP("ImportFields", "Adresse"), (
        "adresse", "address", "adresse postale", "rue", "voie", "adresse 1", "adresse ligne 1")),
    "address2": (QT_TRANSLATE_NOOP("ImportFields", "Complément d'adresse"), (
        "lieudit bp", "complement d adresse", "adresse 2", "adresse ligne 2", "complement adresse",
        "bp")),
    "post_code": (QT_TRANSLATE_NOOP("ImportFields", "Code postal"), (
        "code postal", "cp", "post code", "postcode", "post_code", "codepostaletablissement",
        "code postale", "c p", "code post")),
    "city": (QT_TRANSLATE_NOOP("ImportFields", "Ville"), (
        "ville", "commune", "city", "localite", "libellecommuneetablissement")),
    "phone": (QT_TRANSLATE_NOOP("ImportFields", "Téléphone"), (
        "telephone", "tel", "tel public", "phone", "telephone fixe", "numero de telephone",
        "n de telephone", "num de telephone", "n telephone", "n tel", "tel portable",
        "portable")),
    "email": (QT_TRANSLATE_NOOP("ImportFields", "E-mail"), (
        "e mail", "email", "courriel", "adresse e mail", "mail", "adresse mail", "adresse email",
        "adresse electronique", "mel", "adresse mel")),
    "website": (QT_TRANSLATE_NOOP("ImportFields", "Site web"), (
        # not a bare « Site »: an ERP or a regional list names so a location (« Lyon Part-Dieu »)
        "url", "site web", "site internet", "website", "contact website", "web",
        "adresse web", "adresse du site")),
    "social_website": (QT_TRANSLATE_NOOP("ImportFields", "Réseau social"), (
        "reseau social", "reseaux sociaux", "linkedin", "page linkedin", "social website",
        "contact social website")),
    "sectors": (QT_TRANSLATE_NOOP("ImportFields", "Secteurs"), (
        "secteurs", "secteur", "activites", "activite", "metiers proposes", "metiers",
        "poles de competences", "secteurs d activite", "secteur d activite", "domaines",
        "domaine d activite", "domaines d activite", "domaine")),
    "service_types": (QT_TRANSLATE_NOOP("ImportFields", "Types de prestation"), (
        "types de prestation", "type de prestation", "presta types")),
    "networks": (QT_TRANSLATE_NOOP("ImportFields", "Réseaux"), (
        "reseaux", "reseau", "networks", "adherent")),
    "client_references": (QT_TRANSLATE_NOOP("ImportFields", "Références clients"), (
        "references clients", "reference client", "references client", "reference clients",
        "clients de reference", "client de reference", "clients references", "client references",
        "reference client 1", "reference client 2", "reference client 3", "clients")),
    "headcount_insertion": (QT_TRANSLATE_NOOP(
        "ImportFields", "Effectif en insertion ou travailleurs handicapés (ETP)"), (
        "nombre de travailleurs dans la structure en etp", "effectif en insertion",
        "effectif en insertion etp", "salaries en insertion", "travailleurs", "etp",
        "nombre de travailleurs")),
    "headcount_permanent": (QT_TRANSLATE_NOOP("ImportFields", "Effectif permanent"), (
        "effectif permanent", "permanents", "salaries permanents", "effectif")),
    "legal_form": (QT_TRANSLATE_NOOP("ImportFields", "Forme juridique"), (
        "forme juridique", "statut juridique")),
    "source_id": (QT_TRANSLATE_NOOP("ImportFields", "Identifiant source"), (
        "id", "identifiant", "reference", "nofinesset")),
    "contact_first_name": (QT_TRANSLATE_NOOP("ImportFields", "Prénom du contact"), (
        "prenom", "prenom du contact")),
    "contact_last_name": (QT_TRANSLATE_NOOP("ImportFields", "Nom du contact"), (
        "nom du contact", "contact", "nom de famille", "interlocuteur", "referent",
        "nom de l interlocuteur", "nom du referent", "personne a contacter")),
    "contact_email": (QT_TRANSLATE_NOOP("ImportFields", "E-mail du contact"), (
        "e mail du contact", "email du contact")),
    "contact_phone": (QT_TRANSLATE_NOOP("ImportFields", "Téléphone du contact"), (
        "telephone du contact", "tel du contact")),
    "notes": (QT_TRANSLATE_NOOP("ImportFields", "Notes"), (
        "notes", "commentaire", "commentaires", "observations", "remarques")),
}

#: Spend fields of the Marché de l'inclusion purchase layout, plus date, buyer and invoice.
SPEND_FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "supplier_name": (QT_TRANSLATE_NOOP("ImportFields", "Raison sociale du fournisseur"), (
        "raison sociale du fournisseur", "fournisseur", "raison sociale", "nom du fournisseur",
        "nom fournisseur", "libelle fournisseur", "tiers",
        # a structure inclusive's sales: her counterparties are her clients
        "client", "nom du client", "nom client", "raison sociale du client",
        "raison sociale client", "libelle client", "societe cliente", "entreprise cliente")),
    "siret": (QT_TRANSLATE_NOOP("ImportFields", "SIRET"),
              SUPPLIER_FIELDS["siret"][1] + ("siret fournisseur", "siret du fournisseur",
                                             "siret client", "siret du client")),
    "amount": (QT_TRANSLATE_NOOP("ImportFields", "Dépense achat (€ HT)"), (
        "depense achat", "depense achat eur", "depense", "montant", "montant ht", "montant eur",
        "montant ht eur", "depenses", "montant achat", "total ht", "amount",
        "vente", "ventes", "vente ht", "montant de la vente", "montant vente",
        "montant facture", "montant facture ht", "montant de la facture", "chiffre d affaires",
        "chiffre d affaires ht", "ca ht", "total facture ht")),
    "purchase_category": (QT_TRANSLATE_NOOP("ImportFields", "Catégorie d'achat"), (
        "categorie d achat optionnelle", "categorie d achat", "categorie", "famille d achat",
        "famille", "segment", "categorie de vente")),
    "buying_entity": (QT_TRANSLATE_NOOP("ImportFields", "Entité acheteuse"), (
        "entite acheteuse optionnelle", "entite acheteuse", "entite", "site", "etablissement",
        "entite cliente")),
    "spend_date": (QT_TRANSLATE_NOOP("ImportFields", "Date"), (
        "date", "date de facture", "date facture", "date de commande", "date d achat",
        "date de paiement", "date piece")),
    "year": (QT_TRANSLATE_NOOP("ImportFields", "Année"), (
        "annee", "exercice", "year")),
    "buyer": (QT_TRANSLATE_NOOP("ImportFields", "Acheteur"), (
        "acheteur", "buyer", "nom de l acheteur", "gestionnaire", "commercial",
        "nom du commercial", "vendeur")),
    "invoice_number": (QT_TRANSLATE_NOOP("ImportFields", "N° de facture ou de commande"), (
        "facture", "bon de commande", "piece", "invoice", "invoice number", "order number",
        "po number", "purchase order number",
        *_numbered("facture", "commande", "bon de commande", "bc", "piece"))),
    # what the file says of the supplier: kept when the import creates it (or fills its card)
    "kind": (SUPPLIER_FIELDS["kind"][0], (
        "type de structure", "type", "type structure", "kind", "type de fournisseur",
        "type du fournisseur", "type fournisseur")),
    "post_code": SUPPLIER_FIELDS["post_code"],
    "city": SUPPLIER_FIELDS["city"],
}

#: A structure inclusive's words for the spend fields her sales fill (French; same context).
SELLER_SPEND_LABELS = {
    "supplier_name": QT_TRANSLATE_NOOP("ImportFields", "Raison sociale du client"),
    "amount": QT_TRANSLATE_NOOP("ImportFields", "Vente (€ HT)"),
    "purchase_category": QT_TRANSLATE_NOOP("ImportFields", "Catégorie de vente"),
    "buying_entity": QT_TRANSLATE_NOOP("ImportFields", "Entité cliente"),
    "buyer": QT_TRANSLATE_NOOP("ImportFields", "Commercial"),
}

#: Fields that only some formats fill (SIRENE, FINESS, Hosmoz, API pages), with their French
#: labels.
FORMAT_FIELDS = {
    "usual_name": QT_TRANSLATE_NOOP("ImportFields", "Dénomination usuelle"),
    "street_number": QT_TRANSLATE_NOOP("ImportFields", "Numéro de voie"),
    "street_type": QT_TRANSLATE_NOOP("ImportFields", "Type de voie"),
    "street": QT_TRANSLATE_NOOP("ImportFields", "Libellé de voie"),
    "street_repeat": QT_TRANSLATE_NOOP("ImportFields", "Indice de répétition (bis, ter)"),
    "foreign_city": QT_TRANSLATE_NOOP("ImportFields", "Commune à l'étranger"),
    "diffusion": QT_TRANSLATE_NOOP("ImportFields", "Statut de diffusion"),
    "record_type": QT_TRANSLATE_NOOP("ImportFields", "Type de ligne FINESS"),
    "state": QT_TRANSLATE_NOOP("ImportFields", "État administratif (A/F)"),
    "head_office": QT_TRANSLATE_NOOP("ImportFields", "Établissement siège (true/false)"),
    "naf": QT_TRANSLATE_NOOP("ImportFields", "Code NAF"),
    "category": QT_TRANSLATE_NOOP("ImportFields", "Catégorie FINESS"),
    "post_line": QT_TRANSLATE_NOOP("ImportFields", "Ligne d'acheminement (CP + ville)"),
    "short_name": QT_TRANSLATE_NOOP("ImportFields", "Raison sociale courte"),
    "siret_alt": QT_TRANSLATE_NOOP("ImportFields", "SIRET (seconde colonne)"),
    "labels": QT_TRANSLATE_NOOP("ImportFields", "Labels"),
}

#: What a report names instead of a field when a whole line could not be read as cells.
WHOLE_LINE = {"line": QT_TRANSLATE_NOOP("ImportFields", "Ligne entière"),
              "encoding": QT_TRANSLATE_NOOP("ImportFields", "Encodage")}

#: The French label of every field a row may fill (a report names a row's field so).
FIELD_LABELS = {key: label for catalogue in (SUPPLIER_FIELDS, SPEND_FIELDS)
                for key, (label, _synonyms) in catalogue.items()} | FORMAT_FIELDS | WHOLE_LINE


def field_title(key: str, *, seller: bool = False) -> str:
    """The French title of a row's field, as reports name it; the key itself when unknown.

    ``seller``: in a structure inclusive's words (« Raison sociale du client »).
    """
    if seller and key in SELLER_SPEND_LABELS:
        return SELLER_SPEND_LABELS[key]
    return FIELD_LABELS.get(key, key)


#: Fields several columns may fill together (``Référence client 1`` to ``3``, « Notes » and
#: « Commentaire »): their cells are read as one list, in column order.
MULTI_COLUMN_FIELDS = frozenset({"client_references", "notes"})

#: Folded header text ignored even when it resembles a field ("Siret 2", "Siren" in Hosmoz...).
_ALWAYS_IGNORED = frozenset({"siret 2"})


def field_catalogue(target: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """The fields a file of this target may fill."""
    return SPEND_FIELDS if target == "spend" else SUPPLIER_FIELDS


def header_key(header: object) -> str:
    """Folded header text used for matching (``N° SIRET`` → ``n siret``)."""
    text = fold(str(header)) if header is not None else ""
    if text.startswith("no "):
        text = "n " + text[3:]
    return text.removesuffix(" optionnelle")


def match_field(header: object, target: str) -> str:
    """The app field a header names, or ``IGNORED``."""
    return _field_and_rank(header_key(header), target)[0]


def _field_and_rank(key: str, target: str) -> tuple[str, int]:
    """The field a folded header names and how strongly (0 for its label, then synonym order)."""
    if not key or key in _ALWAYS_IGNORED:
        return IGNORED, 0
    for name, (label, synonyms) in field_catalogue(target).items():
        rank = _ranks(label, synonyms).get(key)
        if rank is not None:
            return name, rank
    return IGNORED, 0


#: Headers that name a contact's surname when the file also has a first-name column and another
#: column gives the structure's name: « Nom » beside « Prénom » and « Raison sociale ».
_SURNAMES = frozenset({"nom", "nom de famille"})
#: The rank of a choice made for one file (a profile, a format's own names): above any synonym.
_CHOSEN = -1


def match_columns(
    headers: list[str], target: str, profile: dict[str, str] | None = None, *,
    overrides: dict[str, str] | None = None, by_synonyms: bool = True,
) -> dict[int, str]:
    """Column index → field; a profile (header → field) wins, then a format's own names.

    A format's own names map folded headers to fields; the other headers are read by synonyms
    (unless ``by_synonyms`` is False). Each field is taken once, by its strongest column (a
    chosen one, else the header nearest the field's label, else the first); fields several
    columns fill together take all of theirs.
    """
    chosen = dict(overrides or {}) | {header_key(h): f for h, f in (profile or {}).items()}
    keys = [header_key(header) for header in headers]
    found: dict[int, tuple[str, int]] = {}
    for index, key in enumerate(keys):
        if key in chosen:
            found[index] = (chosen[key], _CHOSEN)
        elif by_synonyms:
            found[index] = _field_and_rank(key, target)
    if target == "suppliers":
        _surname_beside_first_name(keys, found)
    return _strongest(found)


def _surname_beside_first_name(keys: list[str], found: dict[int, tuple[str, int]]) -> None:
    """« Nom » is the contact's surname when « Prénom » and another name column are there.

    Without another column giving the structure's name, « Nom » stays its name (a list of
    independent workers names each by « Nom » and « Prénom »).
    """
    surnames = [i for i, (_name, rank) in found.items() if keys[i] in _SURNAMES and rank != _CHOSEN]
    fields = {name for i, (name, _rank) in found.items() if i not in surnames}
    if surnames and {"name", "contact_first_name"} <= fields:
        weakest = len(SUPPLIER_FIELDS["contact_last_name"][1]) + 1
        for index in surnames:
            found[index] = ("contact_last_name", weakest)


def _strongest(found: dict[int, tuple[str, int]]) -> dict[int, str]:
    """Each field to its strongest column (the first among equals); shared fields to all."""
    best: dict[str, tuple[int, int]] = {}
    for index, (name, rank) in found.items():
        if name and (name not in best or rank < best[name][0]):
            best[name] = (rank, index)
    return {index: name for index, (name, _rank) in sorted(found.items())
            if name and (name in MULTI_COLUMN_FIELDS or best[name][1] == index)}


#: Columns a message names at most (a SIRENE file has more than fifty).
NAMED_COLUMNS = 12


def quoted_titles(titles: Sequence[str]) -> str:
    """« N° SIRET », « Code postal »...: columns as a message names them (the first twelve).

    Each between the quotation marks of the UI language (“N° SIRET” in English).
    """
    shown = [quoted(title) for title in titles if title]
    more = "…" if len(shown) > NAMED_COLUMNS else ""
    return ", ".join(shown[:NAMED_COLUMNS]) + more


def known_column_count(headers: list[str], target: str) -> int:
    """How many cells of a row name a known field (used to find the header row)."""
    return len(set(match_columns(headers, target).values()))


@cache
def _ranks(label: str, synonyms: tuple[str, ...]) -> dict[str, int]:
    """Folded label and synonyms → their strength (0 the strongest); the first spelling counts."""
    ranks: dict[str, int] = {}
    for rank, text in enumerate((label, *synonyms)):
        ranks.setdefault(fold(text), rank)
    return ranks
