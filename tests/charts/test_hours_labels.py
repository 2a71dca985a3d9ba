"""The insertion hours chart names each contract by its structure and title, whole when it fits."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlmodel import Session

from srm_inclusif.charts import lifecycle
from srm_inclusif.charts.style import refit
from srm_inclusif.core.dashboard import ContractTitle, HoursRow
from srm_inclusif.storage.services.dashboard_data import contract_titles
from srm_inclusif.storage.tables import Contract, Counterparty, Person, Relationship
from tests.charts.drawing import drawn

#: Structures whose names begin alike, as in the demo: a cut at a fixed count read the same.
STRUCTURES = [f"Coopérative Traiteur Lorgemont {n:03d}" for n in range(101, 109)]
#: The dashboard's chart on a 1280 × 720 laptop (5.13 × 2.8 in) and a narrower one.
SIZES = ((5.13, 2.8), (3.9, 2.8), (7.0, 2.8))


def _drawn(size: tuple[float, float], titles: dict[int, ContractTitle]):  # noqa: ANN202
    rows = [HoursRow(cid, Decimal(1200 - 10 * cid), Decimal(300)) for cid in titles]
    return drawn(size[0], lifecycle.draw_insertion_hours, rows, titles, height=size[1])


def _eight_contracts() -> dict[int, ContractTitle]:
    return {i: ContractTitle(name, "Plateaux repas du siège") for i, name in
            enumerate(STRUCTURES, start=1)}


@pytest.mark.parametrize("size", SIZES)
def test_each_contract_is_named_by_its_structure(size) -> None:  # noqa: ANN001
    _figure, ax = _drawn(size, _eight_contracts())
    shown = [t.get_text() for t in ax.get_yticklabels()]
    assert len(set(shown)) == 8  # every bar can be told from the others
    if size[0] >= 5.13:  # the dashboard's width: the whole structure (eight rows: one line)
        assert shown == STRUCTURES
    assert all(text.split("\n")[0].startswith("Coop") for text in shown)


@pytest.mark.parametrize("size", SIZES)
def test_contract_names_stay_in_the_picture_and_apart(size) -> None:  # noqa: ANN001
    _figure, ax = _drawn(size, _eight_contracts())
    boxes = [t.get_window_extent() for t in ax.get_yticklabels()]
    assert all(box.x0 >= 0 for box in boxes)  # nothing cut by the figure's left edge
    axes_left = ax.get_window_extent().x0
    assert all(box.x1 <= axes_left for box in boxes)  # none runs into the bars
    ordered = sorted(boxes, key=lambda box: box.y0)
    assert all(low.y1 <= high.y0 for low, high in zip(ordered, ordered[1:], strict=False))


def test_a_long_title_is_cut_to_the_room_measured_in_the_font() -> None:
    title = ContractTitle("Envol Blanchisserie Fontvive 232",
                          "Entretien du linge de la résidence autonomie et des trois EHPAD")
    _figure, ax = _drawn((5.13, 2.8), {1: title})
    structure, contract = ax.get_yticklabels()[0].get_text().split("\n")
    assert structure == title.structure
    assert contract.endswith("…")
    assert title.title.startswith(contract[:-1])
    assert ax.get_yticklabels()[0].get_window_extent().width <= 0.45 * 513


def test_the_dashboard_reads_each_contract_with_its_structure(workspace) -> None:  # noqa: ANN001
    with Session(workspace.engine) as session:
        person, structure = Person(name="Alice"), Counterparty(name="Envol Nettoyage", kind="EI")
        session.add_all([person, structure])
        session.flush()
        relationship = Relationship(counterparty_id=structure.id, person_id=person.id,
                                    stage="contrat_en_cours")
        session.add(relationship)
        session.flush()
        contract = Contract(relationship_id=relationship.id, kind="contrat",
                            title="Nettoyage des bureaux")
        session.add(contract)
        session.commit()
        contract_id = contract.id or 0
    assert contract_titles(workspace.engine, [contract_id]) == {
        contract_id: ContractTitle("Envol Nettoyage", "Nettoyage des bureaux")}


def test_contract_names_fit_again_when_the_chart_narrows() -> None:
    figure, ax = _drawn((7.0, 2.8), _eight_contracts())
    assert not any("…" in t.get_text() for t in ax.get_yticklabels())  # wide: whole names
    figure.set_size_inches(3.9, 2.8)
    refit(figure)  # what the dashboard does on a resize
    figure.canvas.draw()
    axes_left = ax.get_window_extent().x0
    boxes = [t.get_window_extent() for t in ax.get_yticklabels()]
    assert all(box.x0 >= 0 and box.x1 <= axes_left for box in boxes)
    assert len({t.get_text() for t in ax.get_yticklabels()}) == 8
