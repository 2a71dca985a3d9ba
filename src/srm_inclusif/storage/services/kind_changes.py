"""An import and a structure's inclusive kind: two kinds, two structures; a kind changed, said.

A structure stored classic, ESS or with no kind that a file gives a kind is corrected (or made
precise); one whose inclusive kind a file replaces by another changed kind, and its past
purchases count under the new one (no dated kind period is written). Two structures of
different inclusive kinds are two structures, even with one name and post code (a group may run
an EI and an ETTI).
"""

from __future__ import annotations

from typing import Any

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.kinds import Kind
from srm_inclusif.storage.services.import_records import FLAGGED, RowIssue, SupplierRecord

#: Why a row whose file replaced a structure's inclusive kind is flagged (stored in French; the UI
#: translates the template). ``{kind}`` repeats ``{new}``: a template names each part once.
KIND_CHANGED = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "Type changé : {old} → {new} ; les achats passés comptent désormais en {kind}.")
#: The codes of the insertion and handicap kinds (ESS and classic say less of a structure).
_INCLUSIVE = frozenset(kind.value for kind in Kind if kind.is_inclusive)


def inclusive_kind(kind: Any) -> str | None:
    """The code of an inclusive kind (EI, ESAT...); None for ESS, classic or none."""
    return str(kind) if kind in _INCLUSIVE else None


def other_kind(kind: str | None, row: dict[str, Any]) -> bool:
    """Whether a record of inclusive ``kind`` and a row are of two different inclusive kinds."""
    theirs = row["kind"]
    return kind is not None and theirs != kind and theirs in _INCLUSIVE


def kind_change(record: SupplierRecord, old: Any, new: str) -> RowIssue | None:
    """The remark on a row replacing the kind ``old`` of a structure by ``new``; None if none."""
    if inclusive_kind(old) is None:
        return None
    return RowIssue(record.file_name, record.line, "kind", new,
                    KIND_CHANGED.format(old=old, new=new, kind=new), FLAGGED, record.name)
