"""What an import of supplier directories says about its rows, and how it names their values.

The reasons are stored in French (the UI translates the templates); values are shown as the
cards show them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.kinds import KIND_LABELS, Kind, names_siae_family
from srm_inclusif.core.phones import readable_phone
from srm_inclusif.core.vocabulary import NATURE_LABELS
from srm_inclusif.storage.services.import_records import FLAGGED, RowIssue, SupplierRecord

#: Codes a report names by their French label (« Antenne », not ``ANTENNA``); a kind is named
#: by its code (« EA »), as the lists show it, but a classic one by its label.
CODE_LABELS: dict[str, dict[Any, str]] = {  # StrEnum keys: by code
    "nature": dict(NATURE_LABELS), "kind": {Kind.CLASSIC: KIND_LABELS[Kind.CLASSIC]}}
#: Why a row of an inclusive directory is flagged: a new structure it gives no kind is created
#: classic, its inclusive spend would not count (stored in French; the UI translates it).
NO_KIND = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "Type de structure absent : nouvelle fiche enregistrée en « Classique », à corriger sur la "
    "fiche.")
#: Why a new structure whose type names no kind is flagged: said once, instead of the reader's
#: « Type de structure inconnu : ignoré. » (stored in French; the UI translates the template).
UNKNOWN_KIND_CLASSIC = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "Type de structure inconnu (« {kind} ») : nouvelle fiche enregistrée en « Classique », à "
    "vérifier.")
#: Why a structure's city is flagged: the file moved its post code but gave no city.
CITY_KEPT = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "Code postal changé sans ville dans le fichier : ville gardée, à vérifier.")
#: Reasons with a part filled in (stored in French; the UI translates the templates).
HAND_EDITED = QT_TRANSLATE_NOOP(
    "ImportReasons", "Champ modifié à la main (« {current} ») : valeur du fichier ignorée.")
SAME_AS_LINE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Même structure que la ligne {line} : valeurs réunies dans une seule fiche.")
SAME_AS_LINE_OF_FILE = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "Même structure que la ligne {line} de « {file} » : valeurs réunies dans une seule fiche.")
#: A value of the file a structure keeps its own for: its own came from another source (another
#: directory, another file layout), which only an import of that source refreshes.
OTHER_SOURCE_KEPT = QT_TRANSLATE_NOOP(
    "ImportReasons", "Valeur non retenue : la fiche garde « {kept} », venue d'une autre source. "
    "Modifiez la fiche pour prendre celle du fichier.")
SAME_AS_LINE_NOT_KEPT = QT_TRANSLATE_NOOP(
    "ImportReasons", "Même structure que la ligne {line} : valeur non retenue, la fiche garde "
    "« {kept} ».")
SAME_AS_LINE_OF_FILE_NOT_KEPT = QT_TRANSLATE_NOOP(
    "ImportReasons", "Même structure que la ligne {line} de « {file} » : valeur non retenue, la "
    "fiche garde « {kept} ».")


def flag_classic(record: SupplierRecord) -> None:
    """Say that a new structure without a kind is stored classic, where it matters.

    Its type naming no kind: that remark of the reader says it (once). Without a type: only in
    an inclusive directory (its inclusive spend would not count).
    """
    unknown = next((flag for flag in record.flags if flag.field == "kind"), None)
    if unknown is not None:
        if not names_siae_family(unknown.value):  # the family's own remark says it already
            unknown.reason = UNKNOWN_KIND_CLASSIC.format(kind=unknown.value)
    elif record.inclusive_directory:
        record.flags.append(RowIssue(record.file_name, record.line, "kind", "", NO_KIND, FLAGGED,
                                     record.name))


def shown(field: str, value: Any) -> str:
    """A value as a report names it: a code by its French label, a phone as the card shows it."""
    if field == "phone":
        return readable_phone(value)
    labels = CODE_LABELS.get(field)
    return labels.get(value, _text(value)) if labels else _text(value)


def _text(value: Any) -> str:
    if isinstance(value, list) and all(isinstance(v, dict) for v in value):
        return "; ".join(str(v.get("name") or "") for v in value)  # offers, client references
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, datetime):
        return value.isoformat()
    return "" if value is None else str(value)
