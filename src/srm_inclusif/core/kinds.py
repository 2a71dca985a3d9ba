"""Kinds of inclusive structure (DOMAIN.md section 2), their families and what they count toward."""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, translate


class Family(StrEnum):
    """Family of a structure kind; insertion + handicap make the inclusive spend."""

    INSERTION = "insertion"
    HANDICAP = "handicap"
    ESS = "ess"
    CLASSIC = "classic"

    @property
    def label(self) -> str:
        """Label shown to users, in the UI language."""
        return translate("Vocabulary", FAMILY_LABELS[self])

    @property
    def is_inclusive(self) -> bool:
        """True for the families counted in inclusive spend."""
        return self in (Family.INSERTION, Family.HANDICAP)


FAMILY_LABELS = {
    Family.INSERTION: QT_TRANSLATE_NOOP("Vocabulary", "Insertion"),
    Family.HANDICAP: QT_TRANSLATE_NOOP("Vocabulary", "Handicap"),
    Family.ESS: QT_TRANSLATE_NOOP("Vocabulary", "ESS"),
    Family.CLASSIC: QT_TRANSLATE_NOOP("Vocabulary", "Classique"),
}


class Kind(StrEnum):
    """Structure kind codes, as used by the state platforms, plus ``CLASSIC`` for others."""

    EI = "EI"
    AI = "AI"
    ACI = "ACI"
    ETTI = "ETTI"
    EITI = "EITI"
    GEIQ = "GEIQ"
    SEP = "SEP"
    EA = "EA"
    EATT = "EATT"
    ESAT = "ESAT"
    TIH = "TIH"
    ESS = "ESS"
    CLASSIC = "CLASSIC"

    @property
    def label(self) -> str:
        """Label shown to users, in the UI language."""
        return translate("Vocabulary", KIND_LABELS[self])

    @property
    def family(self) -> Family:
        """Family the kind belongs to."""
        return KIND_FAMILY[self]

    @property
    def is_inclusive(self) -> bool:
        """True when spend with this kind counts as inclusive spend."""
        return self.family.is_inclusive

    @property
    def counts_for_oeth(self) -> bool:
        """True when purchases from this kind reduce the OETH contribution."""
        return self in OETH_KINDS

    @property
    def is_siae(self) -> bool:
        """True for the five SIAE kinds."""
        return self in SIAE_KINDS


KIND_LABELS = {
    Kind.EI: QT_TRANSLATE_NOOP("Vocabulary", "Entreprise d'insertion"),
    Kind.AI: QT_TRANSLATE_NOOP("Vocabulary", "Association intermédiaire"),
    Kind.ACI: QT_TRANSLATE_NOOP("Vocabulary", "Atelier chantier d'insertion"),
    Kind.ETTI: QT_TRANSLATE_NOOP("Vocabulary", "Entreprise de travail temporaire d'insertion"),
    Kind.EITI: QT_TRANSLATE_NOOP("Vocabulary", "Entreprise d'insertion par le travail indépendant"),
    Kind.GEIQ: QT_TRANSLATE_NOOP(
        "Vocabulary", "Groupement d'employeurs pour l'insertion et la qualification"
    ),
    Kind.SEP: QT_TRANSLATE_NOOP("Vocabulary", "Produits et services réalisés en prison"),
    Kind.EA: QT_TRANSLATE_NOOP("Vocabulary", "Entreprise adaptée"),
    Kind.EATT: QT_TRANSLATE_NOOP("Vocabulary", "Entreprise adaptée de travail temporaire"),
    Kind.ESAT: QT_TRANSLATE_NOOP("Vocabulary", "Établissement et service d'aide par le travail"),
    Kind.TIH: QT_TRANSLATE_NOOP("Vocabulary", "Travailleur indépendant handicapé"),
    Kind.ESS: QT_TRANSLATE_NOOP("Vocabulary", "Structure de l'économie sociale et solidaire"),
    Kind.CLASSIC: QT_TRANSLATE_NOOP("Vocabulary", "Fournisseur classique"),
}

KIND_FAMILY = {
    **{k: Family.INSERTION for k in (Kind.EI, Kind.AI, Kind.ACI, Kind.ETTI, Kind.EITI)},
    Kind.GEIQ: Family.INSERTION,
    Kind.SEP: Family.INSERTION,
    **{k: Family.HANDICAP for k in (Kind.EA, Kind.EATT, Kind.ESAT, Kind.TIH)},
    Kind.ESS: Family.ESS,
    Kind.CLASSIC: Family.CLASSIC,
}



def kind_code_label(code: str) -> str:
    """What a short kind column shows: the code (EI, ESAT…), « Classique » for a classic one."""
    return Family.CLASSIC.label if code == Kind.CLASSIC.value else code


SIAE_KINDS = frozenset({Kind.EI, Kind.AI, Kind.ACI, Kind.ETTI, Kind.EITI})
OETH_KINDS = frozenset({Kind.EA, Kind.ESAT, Kind.TIH})
#: Kinds that may answer a marché réservé (Code de la commande publique).
RESERVED_L2113_12 = frozenset({Kind.EA, Kind.ESAT})
RESERVED_L2113_13 = SIAE_KINDS


def fold(text: str) -> str:
    """Lower-case, strip accents and collapse spacing; used to compare labels and names."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", bare.lower()).strip()


#: Folded spellings of a kind besides its label and code: legal wordings, plurals (folded to the
#: singular first, see ``_singular``), former names. « SIAE » names five kinds: it stays unknown.
_EXTRA_ALIASES = {
    "classique": Kind.CLASSIC,
    "classic": Kind.CLASSIC,
    "autre": Kind.CLASSIC,
    "esus": Kind.ESS,
    "scop": Kind.ESS,
    "scic": Kind.ESS,
    "etablissement et service d aide par le travail esat": Kind.ESAT,
    "esat etablissement et service d aide par le travail": Kind.ESAT,
    # the Code de l'action sociale's wording, and the name ESAT had until 2005
    "etablissement ou service d aide par le travail": Kind.ESAT,
    "centre d aide par le travail": Kind.ESAT,
    # the Code du travail's wording (L5132-15), as most directories write it
    "atelier et chantier d insertion": Kind.ACI,
    "chantier d insertion": Kind.ACI,
}
#: Codes read beside a label (« CAT (Centre d'aide par le travail) »): the kind codes and former
#: codes.
_CODES = {code: Kind(code) for code in Kind.__members__} | {"CAT": Kind.ESAT}


def _singular(folded: str) -> str:
    """Each word of a folded text without its plural ``s``: « ateliers » → « atelier ».

    Short words (« ess », « des ») are kept.
    """
    return " ".join(word[:-1] if len(word) > 3 and word.endswith("s") else word
                    for word in folded.split())


_BY_FOLDED_LABEL = {_singular(fold(label)): kind for kind, label in KIND_LABELS.items()} | {
    _singular(alias): kind for alias, kind in _EXTRA_ALIASES.items()}
#: A code then its label in brackets (« EA (Entreprise adaptée) »), or the reverse.
_CODE_FIRST = re.compile(r"^([A-Za-z]{2,5})\s*\((.+)\)$")
_CODE_LAST = re.compile(r"\(([A-Za-z]{2,5})\)\s*$")


#: The SIAE family's name in words (folded, singular), with or without its acronym beside it.
_SIAE_WORDS = "structure d insertion par l activite economique"


def names_siae_family(text: str | None) -> bool:
    """Whether a text names the SIAE family (« SIAE », « S.I.A.E. », its name in words).

    Five kinds make it (``SIAE_KINDS``): it tells no kind, it asks which one.
    """
    folded = fold(text or "")
    if folded.replace(" ", "") == "siae":
        return True
    words = [word for word in _singular(folded).split() if word != "siae"]
    return " ".join(words) == _SIAE_WORDS


def parse_kind(text: str | None) -> Kind | None:
    """Read a kind from a code or a label, in any order and number; None if unknown.

    Read: ``EA``, ``Entreprise adaptée``, ``Entreprise adaptée (EA)``, ``EA (Entreprise
    adaptée)``, ``Ateliers et chantiers d'insertion``, former names (``CAT``). A code whose
    bracketed label names another kind is unknown: the cell contradicts itself.
    """
    if not text:
        return None
    stripped = text.strip()
    code_first = _CODE_FIRST.match(stripped)
    if code_first and code_first.group(1).upper() in _CODES:
        kind = _CODES[code_first.group(1).upper()]
        named = _by_words(code_first.group(2))
        return kind if named in (None, kind) else None
    bracket = _CODE_LAST.search(stripped)
    if bracket and bracket.group(1).upper() in _CODES:
        return _CODES[bracket.group(1).upper()]
    return _by_words(stripped)


def _by_words(text: str) -> Kind | None:
    folded = fold(text)
    upper = folded.upper().replace(" ", "")
    if upper in _CODES:
        return _CODES[upper]
    return _BY_FOLDED_LABEL.get(_singular(folded))

