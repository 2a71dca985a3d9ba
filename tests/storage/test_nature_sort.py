"""The counterparty list sorts by « Siège ou antenne » in SQL, the names ordering each nature."""

from __future__ import annotations

from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.storage.services.counterparties import search_counterparties
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from tests.conftest import DEMO_TODAY


def _sorted(engine, *, descending: bool) -> list[tuple[str, str | None]]:  # noqa: ANN001
    rows = search_counterparties(engine, flt=CounterpartyFilter(), today=DEMO_TODAY,
                                 sort="nature", descending=descending)
    return [(row.name, row.nature) for row in rows]


def test_sorting_by_nature_groups_antennas_and_head_offices(workspace) -> None:  # noqa: ANN001
    engine = workspace.engine
    for name, nature in (("Tremplin Lyon", "ANTENNA"), ("Tremplin", "HEAD_OFFICE"),
                         ("Bureau Fournitures", None), ("Tremplin Annecy", "ANTENNA")):
        create_counterparty(engine, values={"name": name, "nature": nature})
    known = [row for row in _sorted(engine, descending=False) if row[1]]
    assert known == [("Tremplin Annecy", "ANTENNA"), ("Tremplin Lyon", "ANTENNA"),
                     ("Tremplin", "HEAD_OFFICE")]
    assert _sorted(engine, descending=True)[0] == ("Tremplin", "HEAD_OFFICE")
