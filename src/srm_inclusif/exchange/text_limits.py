"""How many characters each text field of an imported row keeps, and the remark on a value cut.

The limits are those of the workspace's columns (``storage.tables``); the readers cut values to
them (``records``, ``records_batch``, ``spend_records``) and ``cut_remarks`` says so on the line.
"""

from __future__ import annotations

from typing import Any

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.normalise import clean_text
from srm_inclusif.exchange.cell_values import on_one_line
from srm_inclusif.storage.services.import_records import FLAGGED, RowIssue

TEXT_CUT = QT_TRANSLATE_NOOP("ImportReasons", "Texte trop long, coupé à {size} caractères.")
#: Characters of a cut value the report shows (its start, then « … »).
SHOWN = 60
#: Field of a directory row → characters kept.
SUPPLIER_LIMITS = {
    "name": 250, "brand": 250, "address": 400, "city": 120, "phone": 200, "email": 200,
    "website": 300, "social_website": 300, "legal_form": 120, "source_id": 120,
    "contact_first_name": 120, "contact_last_name": 120, "contact_phone": 200,
    "contact_email": 200,
}
#: Field of a purchase line → characters kept.
SPEND_LIMITS = {"supplier_name": 250, "purchase_category": 200, "buying_entity": 200,
                "buyer": 120, "invoice_number": 80}
#: The shortest limit of each: a row without a longer cell has nothing cut.
SHORTEST = {"suppliers": min(SUPPLIER_LIMITS.values()), "spend": min(SPEND_LIMITS.values())}


def full_address(values: dict[str, Any]) -> str | None:
    """A row's address and its complement, on one line (``3 rue Haute, Bâtiment B``)."""
    address = clean_text(values.get("address"))
    extra = clean_text(values.get("address2"))
    if extra:
        address = f"{address}, {extra}" if address else extra
    return on_one_line(address, ", ") if address else None


def cut_remarks(file_name: str, line: int, values: dict[str, Any], target: str,
                structure_name: str) -> list[RowIssue]:
    """A remark per value of the row longer than its field keeps (mapped values, by field)."""
    limits = SPEND_LIMITS if target == "spend" else SUPPLIER_LIMITS
    remarks = []
    for name, size in limits.items():
        text = full_address(values) if name == "address" else _one_line(values.get(name))
        if text is not None and len(text) > size:
            remarks.append(RowIssue(file_name, line, name, text[:SHOWN] + "…",
                                    TEXT_CUT.format(size=size), FLAGGED, structure_name))
    return remarks


def _one_line(raw: Any) -> str | None:
    if isinstance(raw, list):  # several columns give the field (client references): no limit
        return None
    text = clean_text(raw)
    return on_one_line(text) if text else None
