"""The known file layouts (FORMATS.md): how each is recognised, which header names which field."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, translate
from srm_inclusif.core.kinds import fold
from srm_inclusif.core.vocabulary import Profile, profile_in_use
from srm_inclusif.exchange.columns import quoted_titles
from srm_inclusif.exchange.sniff import ImportFormatError

FINESS_COLUMNS = (
    "typeet", "nofinesset", "nofinessej", "rs", "rslongue", "complrs", "compldistrib", "numvoie",
    "typvoie", "voie", "compvoie", "lieuditbp", "commune", "departement", "libdepartement",
    "ligneacheminement", "telephone", "telecopie", "categetab", "libcategetab", "categagretab",
    "libcategagretab", "siret", "codeape", "codemft", "libmft", "codesph", "libsph", "dateouv",
    "dateautor", "datemaj", "numuai",
)
FINESS_ESAT_CATEGORY = "246"


@dataclass(frozen=True)
class FormatSpec:
    """One layout: its French label, the source name kept on records and header overrides.

    The label stays French (the CLI prints it); ``format_label`` gives it in the UI language.
    """

    key: str
    label: str
    target: str = "suppliers"
    overrides: dict[str, str] = field(default_factory=dict)
    #: The source its structures are stored from, when not its key (the Marché's three exports
    #: are one source): a re-import from the same source refreshes their values.
    source: str = ""
    #: It lists inclusive structures only: a new structure it gives no kind is flagged.
    inclusive_directory: bool = False
    #: The columns a file of this layout always has, titled as FORMATS.md spells them: chosen
    #: for a file lacking one, the layout does not fit it (``missing_columns``).
    required: tuple[str, ...] = ()

    @property
    def source_name(self) -> str:
        """The source stored on the structures read from this layout."""
        return self.source or self.key

    def missing_columns(self, headers: list[str]) -> list[str]:
        """The required columns a header row lacks (case, accents and spacing aside)."""
        keys = {fold(str(header)) for header in headers}
        return [title for title in self.required if fold(title) not in keys]


_MARCHE_COLUMNS = ("Raison sociale", "Type de structure", "Code postal", "Ville")
_MARCHE_OVERRIDES = {
    "raison sociale": "name", "enseigne": "brand", "type de structure": "kind",
    "prenom": "contact_first_name", "nom": "contact_last_name", "e mail": "contact_email",
    "telephone": "contact_phone", "reseau social": "social_website",
    "reference client 1": "client_references", "reference client 2": "client_references",
    "reference client 3": "client_references",
}
_SIRENE_OVERRIDES = {
    "siret": "siret", "siren": "siren", "codepostaletablissement": "post_code",
    "libellecommuneetablissement": "city", "enseigne1etablissement": "brand",
    "denominationusuelleetablissement": "usual_name", "numerovoieetablissement": "street_number",
    "typevoieetablissement": "street_type", "libellevoieetablissement": "street",
    "indicerepetitionetablissement": "street_repeat",
    "complementadresseetablissement": "address2",
    "libellecommuneetrangeretablissement": "foreign_city",
    "statutdiffusionetablissement": "diffusion",
    "etatadministratifetablissement": "state", "activiteprincipaleetablissement": "naf",
    "etablissementsiege": "head_office",
}

FORMATS: dict[str, FormatSpec] = {spec.key: spec for spec in (
    FormatSpec("marche-csv", QT_TRANSLATE_NOOP(
        "ImportFormats", "Marché de l'inclusion : export des structures (CSV)"),
               overrides=_MARCHE_OVERRIDES, source="marche", inclusive_directory=True,
               required=_MARCHE_COLUMNS),
    FormatSpec("marche-xls", QT_TRANSLATE_NOOP(
        "ImportFormats", "Marché de l'inclusion : export des structures (XLS)"),
               overrides=_MARCHE_OVERRIDES, source="marche", inclusive_directory=True,
               required=_MARCHE_COLUMNS),
    FormatSpec("marche-api", QT_TRANSLATE_NOOP(
        "ImportFormats", "Marché de l'inclusion : pages de l'API (JSON)"), source="marche",
               inclusive_directory=True),
    FormatSpec("esat-ea", QT_TRANSLATE_NOOP("ImportFormats", "Annuaire ESAT / EA"),
               inclusive_directory=True,
               required=("Raison sociale", "Siret", "Type de structure", "Métiers proposés"),
               overrides={
        "metiers proposes": "sectors", "adresse e mail": "email", "telephone": "phone",
        "nombre de travailleurs dans la structure en etp": "headcount_insertion"}),
    FormatSpec("hosmoz", QT_TRANSLATE_NOOP("ImportFormats", "Export Hosmoz"),
               inclusive_directory=True,
               required=("Raison Sociale", "Siret", "Catégorie", "Code Postal"), overrides={
        "id": "source_id", "siren": "siren", "siret 2": "siret_alt", "categorie": "kind",
        "lieudit bp": "address2", "tel public": "phone", "poles de competences": "sectors",
        "adherent hosmoz": "", "url": "website",
        "nombre de travailleurs dans la structure en etp": "headcount_insertion"}),
    FormatSpec("sirene", QT_TRANSLATE_NOOP(
        "ImportFormats", "INSEE SIRENE : fichier des établissements"),
               overrides=_SIRENE_OVERRIDES, required=("siret", "codePostalEtablissement")),
    FormatSpec("finess", QT_TRANSLATE_NOOP(
        "ImportFormats", "FINESS : établissements (ESAT, catégorie 246)"),
               inclusive_directory=True,
               overrides={"typeet": "record_type", "nofinesset": "source_id",
                          "siret": "siret", "telephone": "phone",
                          "lieuditbp": "address2", "categetab": "category",
                          "ligneacheminement": "post_line", "rs": "short_name",
                          "rslongue": "name", "numvoie": "street_number",
                          "typvoie": "street_type", "voie": "street"}),
    FormatSpec("generic", QT_TRANSLATE_NOOP(
        "ImportFormats", "Tableau libre (CSV, XLSX, XLS, ODS) avec correspondance des colonnes")),
    FormatSpec("spend", QT_TRANSLATE_NOOP("ImportFormats", "Dépenses (modèle d'import d'achats)"),
               target="spend"),
)}
SUPPLIER_FORMATS = tuple(k for k, spec in FORMATS.items() if spec.target == "suppliers")


#: The labels of the formats in a structure inclusive's words: her spend file lists her sales.
SELLER_LABELS = {
    "spend": QT_TRANSLATE_NOOP("ImportFormats", "Ventes (modèle d'import des ventes)"),
}
SELLER_SHORT_LABELS = {"spend": QT_TRANSLATE_NOOP("ImportFormats", "Modèle de ventes")}


def _seller(profile: Profile | None) -> bool:
    """Whether ``profile`` is a seller's; the profile in use when none is given."""
    return (profile or profile_in_use()).is_seller


def format_label(key: str, profile: Profile | None = None) -> str:
    """Label of a format shown to users, in the UI language; its key when it is not known.

    In the words of ``profile`` (« Ventes (modèle d'import des ventes) » for a seller), by
    default those of the profile in use.
    """
    if _seller(profile) and key in SELLER_LABELS:
        return translate("ImportFormats", SELLER_LABELS[key])
    return translate("ImportFormats", FORMATS[key].label) if key in FORMATS else key


#: The format recorded on the batch of the demo data (``storage.demo``): not a file layout.
DEMO_FORMAT = "demo"

#: A few words naming each format where space is short (the history of imports).
SHORT_LABELS = {
    "marche-csv": QT_TRANSLATE_NOOP("ImportFormats", "Marché de l'inclusion (CSV)"),
    "marche-xls": QT_TRANSLATE_NOOP("ImportFormats", "Marché de l'inclusion (XLS)"),
    "marche-api": QT_TRANSLATE_NOOP("ImportFormats", "Marché de l'inclusion (API)"),
    "esat-ea": QT_TRANSLATE_NOOP("ImportFormats", "Annuaire ESAT / EA"),
    "hosmoz": QT_TRANSLATE_NOOP("ImportFormats", "Hosmoz"),
    "sirene": QT_TRANSLATE_NOOP("ImportFormats", "SIRENE"),
    "finess": QT_TRANSLATE_NOOP("ImportFormats", "FINESS"),
    "generic": QT_TRANSLATE_NOOP("ImportFormats", "Tableau libre"),
    "spend": QT_TRANSLATE_NOOP("ImportFormats", "Modèle d'achats"),
    DEMO_FORMAT: QT_TRANSLATE_NOOP("ImportFormats", "Démonstration"),
}


def format_short_label(key: str, profile: Profile | None = None) -> str:
    """The short name of a format in the UI language, in ``profile``'s words; else its key.

    By default in the words of the profile in use.
    """
    if _seller(profile) and key in SELLER_SHORT_LABELS:
        return translate("ImportFormats", SELLER_SHORT_LABELS[key])
    return translate("ImportFormats", SHORT_LABELS[key]) if key in SHORT_LABELS else key


def is_finess_first_line(cells: list[str]) -> bool:
    """FINESS files start with ``finess;etalab;96;2026-03-11`` instead of a header."""
    return bool(cells) and fold(str(cells[0])) == "finess"


FORMAT_MISFIT = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » n'a pas les colonnes du format « {format} » : il manque {missing}. "
    "Choisissez un autre format ou la détection automatique.")
NOT_FINESS = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » a une ligne d'en-tête ({columns}) : ce n'est pas un fichier FINESS, "
    "dont les lignes sont sans en-tête (32 colonnes fixes, la première « structureet »). "
    "Choisissez un autre format ou la détection automatique.")
NOT_API_PAGE = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » n'est pas une page JSON de l'API du Marché de l'inclusion. Choisissez "
    "un autre format ou la détection automatique.")


def refuse_misfit(path: Path, format_key: str, headers: list[str]) -> None:
    """Refuse a layout the user chose for a table it does not fit: every row would be rejected.

    FINESS is refused for a file with a header row (FINESS lines have none: chosen for a file
    without a known header, it is read so before this check); the API's pages are JSON files,
    never a table.
    """
    if format_key == "finess":
        raise ImportFormatError.of(NOT_FINESS, name=path.name, columns=quoted_titles(headers),
                                   path=str(path))
    if format_key == "marche-api":
        raise ImportFormatError.of(NOT_API_PAGE, name=path.name, path=str(path))
    if missing := FORMATS[format_key].missing_columns(headers):
        raise ImportFormatError.of(FORMAT_MISFIT, name=path.name, format=format_label(format_key),
                                   missing=quoted_titles(missing), path=str(path))


def detect_format(headers: list[str], container: str, target: str) -> str:
    """The layout a header row belongs to (``generic`` when none in particular)."""
    if target == "spend":
        return "spend"
    keys = {fold(str(h)) for h in headers}
    if "etatadministratifetablissement" in keys or "codepostaletablissement" in keys:
        return "sirene"
    if "metiers proposes" in keys:
        return "esat-ea"
    if "adherent hosmoz" in keys or "poles de competences" in keys:
        return "hosmoz"
    if "type de structure" in keys and "reference client 1" in keys:
        return "marche-xls" if container == "xls" else "marche-csv"
    return "generic"


def is_unite_legale_header(headers: list[str]) -> bool:
    """True for the SIRENE legal-unit file (names joined on ``siren``), not establishments."""
    keys = {fold(str(h)) for h in headers}
    return "denominationunitelegale" in keys and "siret" not in keys
