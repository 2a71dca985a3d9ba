"""flagged lines, not remarks, in the counts of older imports

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-22

An import's counts said « flagged » for the number of remarks (a line with a bad SIRET and a
bad e-mail counted twice) until they said the number of flagged lines, as « rows » and
« rejected » do, and kept the remarks in « flag_remarks ». The history's « Signalées » column
mixed both units. The counts of an older import (without « flag_remarks ») are recomputed from
its stored flagged rows: « flagged » becomes the number of its distinct (file, line), and
« flag_remarks » keeps the old figure. Only when every remark of the import was stored (as
many flagged rows as the old figure): an import whose rows are missing is left as it was.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

BATCH = sa.table("import_batch", sa.column("id", sa.Integer()), sa.column("counts", sa.JSON()))
ISSUE = sa.table("import_issue", sa.column("batch_id", sa.Integer()),
                 sa.column("severity", sa.String()), sa.column("file_name", sa.String()),
                 sa.column("line", sa.Integer()))


def upgrade() -> None:
    connection = op.get_bind()
    flagged = _flagged_rows(connection)
    for batch_id, counts in connection.execute(sa.select(BATCH.c.id, BATCH.c.counts)).all():
        recounted = _recounted(counts or {}, *flagged.get(batch_id, (0, 0)))
        if recounted is not None:
            connection.execute(BATCH.update().where(BATCH.c.id == batch_id)
                               .values(counts=recounted))


def downgrade() -> None:
    """Nothing to undo: the previous version reads « flagged » as lines already."""


def _flagged_rows(connection: sa.Connection) -> dict[int, tuple[int, int]]:
    """(distinct lines, rows) of the flagged rows stored for each import."""
    per_line = (sa.select(ISSUE.c.batch_id, sa.func.count().label("remarks"))
                .where(ISSUE.c.severity == "flagged")
                .group_by(ISSUE.c.batch_id, ISSUE.c.file_name, ISSUE.c.line).subquery())
    query = (sa.select(per_line.c.batch_id, sa.func.count(), sa.func.sum(per_line.c.remarks))
             .group_by(per_line.c.batch_id))
    return {batch_id: (lines, int(remarks))
            for batch_id, lines, remarks in connection.execute(query).all()}


def _recounted(counts: dict[str, Any], lines: int, remarks: int) -> dict[str, Any] | None:
    """The counts of an older import with flagged lines, or None to leave them as they are."""
    old = counts.get("flagged")
    if "flag_remarks" in counts or not isinstance(old, int) or remarks != old:
        return None
    return counts | {"flagged": lines, "flag_remarks": old}
