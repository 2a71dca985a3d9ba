"""Write a name or a street given all in capitals (FINESS, SIRENE) in normal case.

« ESAT LES ATELIERS DU RHONE » → « ESAT Les Ateliers du Rhone »; a street type code of those
registers (« R », « AV », « CHE ») → its word. A value holding any lower-case letter is the
way someone wrote it: kept as it is. Accents lost by the capitals are not guessed.
"""

from __future__ import annotations

import re

#: Acronyms kept in capitals: structure kinds, legal forms, disability-sector associations.
ACRONYMS = frozenset({
    "ESAT", "EA", "EI", "ACI", "AI", "ETTI", "EITI", "GEIQ", "SIAE", "ESS", "IAE", "CAT", "IME",
    "ADAPEI", "UNAPEI", "APEI", "APF", "APAJH", "PEP", "ADPEP", "ARIA", "AFPA", "ESRP", "SAVS",
    "SAMSAH", "EHPAD", "CCAS", "CIAS", "CHU", "CH", "SAS", "SASU", "SARL", "SA", "SCOP", "SCIC",
    "EURL", "SCI", "GIE", "SNC", "SEM", "SPL", "ZA", "ZI", "ZAC", "BP", "CS", "CEDEX", "II",
    "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "SNCF", "RATP", "EDF", "GRDF", "UGECAM",
})
#: French small words written in lower case inside a name (not at its start).
SMALL_WORDS = frozenset({"de", "du", "des", "d", "et", "en", "au", "aux", "a", "à", "sur",
                         "sous", "par", "pour", "l", "la", "le", "les", "lès", "lez"})
#: Articles: capitalised where a name starts after an acronym (« ESAT Les Ateliers »).
_ARTICLES = frozenset({"l", "la", "le", "les"})
#: Ordinal endings written against their number (« 2EME CHANCE » → « 2eme Chance »).
_ORDINALS = frozenset({"E", "ER", "ERE", "EME", "ÈME", "IEME", "IÈME", "ND", "NDE"})

#: Street type codes of the FINESS and SIRENE files (INSEE « type de voie ») → the word.
#: « QUA » is left as it is: INSEE reads it « quartier », some files « quai »; « ZA », « ZI »,
#: « ZAC » are read as they are written; « GR » (grande rue) and « SEN » (sente or sentier)
#: are left too: no word says them alone.
STREET_TYPES = {
    "ALL": "allée", "AV": "avenue", "BD": "boulevard", "CAR": "carrefour", "CHE": "chemin",
    "CHS": "chaussée", "CITE": "cité", "COR": "corniche", "CRS": "cours", "DOM": "domaine",
    "ESP": "esplanade", "FG": "faubourg", "HAM": "hameau", "IMP": "impasse", "LD": "lieu-dit",
    "LOT": "lotissement", "MTE": "montée", "PAS": "passage", "PL": "place", "PRO": "promenade",
    "PRV": "parvis", "QUAI": "quai", "R": "rue", "RUE": "rue", "RES": "résidence",
    "RLE": "ruelle", "RPT": "rond-point", "RTE": "route", "SQ": "square", "VLA": "villa",
    # SIRENE's other types (typeVoieEtablissement)
    "AIRE": "aire", "BASE": "base", "CAMI": "cami", "CHEM": "cheminement", "CLOS": "clos",
    "COIN": "coin", "COUR": "cour", "DSC": "descente", "ECA": "écart", "GARE": "gare",
    "HLE": "halle", "ILOT": "îlot", "MAR": "marché", "PARC": "parc", "PLAN": "plan",
    "PLN": "plaine", "PLT": "plateau", "PONT": "pont", "PORT": "port", "ROC": "rocade",
    "TOUR": "tour", "TPL": "terre-plein", "TRA": "traverse", "VLGE": "village", "VOIE": "voie",
    "ZONE": "zone",
}

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def street_type(code: str | None) -> str | None:
    """The word of a street type code (« R » → « rue »); an unknown code as it is."""
    if code is None:
        return None
    return STREET_TYPES.get(code.strip().upper(), code)


def display_case(text: str | None, *, street: bool = False) -> str | None:
    """A value written all in capitals, in normal case; any other value as it is.

    ``street``: a street label (« DE LA CHEZINE » → « de la Chezine »), whose first word is no
    name's start.
    """
    if not text or any(char.islower() for char in text):
        return text
    words = list(_WORD.finditer(text))
    out: list[str] = []
    end = 0
    for position, match in enumerate(words):
        before = words[position - 1].group() if position else None
        out.append(text[end:match.start()])
        after_digit = match.start() > 0 and text[match.start() - 1].isdigit()
        digit_after = match.end() < len(text) and text[match.end()].isdigit()
        out.append(_word(match.group(), before, first=position == 0 and not street,
                         after_digit=after_digit, digit_after=digit_after))
        end = match.end()
    out.append(text[end:])
    return "".join(out)


def _word(word: str, before: str | None, *, first: bool, after_digit: bool,
          digit_after: bool) -> str:
    """One word of a name in capitals, in its case from the word before it.

    Letters written against a number are an ordinal ending (« 2EME » → « 2eme »), else part of a
    code kept as written (« 3D », « A2I », « ET2M »).
    """
    if word in ACRONYMS:
        return word
    lower = word.lower()
    if after_digit and not digit_after and word in _ORDINALS:
        return lower
    if after_digit or digit_after:
        return word
    if lower in SMALL_WORDS and not first and not (lower in _ARTICLES and before in ACRONYMS):
        return lower
    return word[0] + lower[1:]
