"""Table model of relationships: counterparty, kind, stage, since, owner, sectors."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from srm_inclusif.core.kinds import kind_code_label
from srm_inclusif.core.numbers import day_text
from srm_inclusif.core.vocabulary import Stage, profile_in_use
from srm_inclusif.storage.services.relationships import RelationshipRow
from srm_inclusif.ui.models.record_table import RecordTableModel

COL_NAME, COL_KIND, COL_STAGE, COL_SINCE, COL_OWNER, COL_SECTORS = range(6)


class RelationshipTableModel(RecordTableModel):
    """One row per relationship; the stage sorts in pipeline order.

    The counterparty column reads the profile's word (« Fournisseur », « Client ») unless
    ``counterparty_header`` is given; the person following it is its « Responsable », as the
    page's filter and an action's owner are named.
    """

    def __init__(self, parent: Any = None, *, counterparty_header: str = "") -> None:
        super().__init__(
            [
                (
                    counterparty_header or profile_in_use().counterparty_label,
                    lambda r: r.counterparty_name,
                    str,
                ),
                (
                    QCoreApplication.translate("RelationshipTableModel", "Type"),
                    lambda r: r.kind,
                    kind_code_label,
                ),
                (
                    QCoreApplication.translate("RelationshipTableModel", "Étape"),
                    lambda r: Stage(r.stage).order,
                    lambda o: list(Stage)[o].label,
                ),
                (
                    QCoreApplication.translate("RelationshipTableModel", "Depuis le"),
                    lambda r: r.stage_since,
                    day_text,
                ),
                (
                    QCoreApplication.translate("RelationshipTableModel", "Responsable"),
                    lambda r: r.person_name or "",
                    str,
                ),
                (
                    QCoreApplication.translate("RelationshipTableModel", "Secteurs"),
                    lambda r: ", ".join(r.sectors),
                    str,
                ),
            ],
            parent,
        )

    def relationship_at(self, row: int) -> RelationshipRow:
        """The relationship shown on a row."""
        return self.row_at(row)  # type: ignore[no-any-return]
