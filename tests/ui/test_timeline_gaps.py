"""The relationship panel's timeline keeps a gap between entries, so that an entry wrapped on
two lines does not run into the next one."""

from __future__ import annotations

from datetime import date

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.services.relationships import create_relationship, move_stage
from srm_inclusif.ui.lifecycle.relationship_detail import RelationshipDetail
from tests.lifecycle_support import add_counterparty


def test_wrapped_timeline_entries_stand_apart(qtbot, ctx) -> None:
    engine = ctx.engine
    rel = create_relationship(engine, counterparty_id=add_counterparty(engine, "Envie Nord"),
                              on=date(2026, 1, 5)).id
    move_stage(engine, relationship_id=rel, to_stage=Stage.CONSULTATION, on=date(2026, 2, 2),
               reason="Structure présélectionnée pour le besoin de nettoyage des locaux")
    move_stage(engine, relationship_id=rel, to_stage=Stage.ARRETEE, on=date(2026, 3, 2),
               reason="Plus de besoin cette année : le site ferme pour travaux")
    panel = RelationshipDetail(ctx)
    qtbot.addWidget(panel)
    panel.resize(300, 700)
    panel.show()
    panel.show_relationship(rel)
    qtbot.waitExposed(panel)
    timeline = panel.timeline
    line = timeline.fontMetrics().lineSpacing()
    rects = [timeline.visualItemRect(timeline.item(row)) for row in range(timeline.count())]
    assert rects[1].height() > 1.5 * line  # the entry wraps...
    for above, below in zip(rects, rects[1:], strict=False):
        assert below.top() - above.bottom() - 1 >= 4  # ... and a gap follows each entry
