"""The impact figures the impact-report tests share: six months of a mission for a client."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from srm_inclusif.core.impact import ExitCounts, ImpactFigures

#: January to June 2026: 12 people, 10 exits of which 6 dynamic, a comment.
FIRST_HALF = ImpactFigures(date(2026, 1, 1), date(2026, 6, 30), people=12,
                           hours_worked=Decimal("3450.5"), training_hours=Decimal(120),
                           exits=ExitCounts(durable=3, transition=2, positive=1, other=4),
                           comment="Mission de tri des déchets")
