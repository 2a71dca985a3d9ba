"""The insertion hours chart at 1280 × 720: readable labels, apart, named whole on hover."""

from __future__ import annotations

from decimal import Decimal

import pytest

from srm_inclusif.charts import lifecycle
from srm_inclusif.charts.artists import hover_text
from srm_inclusif.charts.style import MIN_SIZE
from srm_inclusif.core.dashboard import ContractTitle, HoursRow
from tests.charts.drawing import drawn

#: The dashboard's chart on a 1280 × 720 laptop, in inches at 100 dpi.
LAPTOP = (5.13, 2.8)
#: Contracts of the demo workspace, whose titles the dashboard used to cut on a second line.
DEMO = [
    ContractTitle("Solidaires de Traiteur Marvaux", "Plateaux repas des sites de la région"),
    ContractTitle("Coopérative Traiteur Lorgemont 113", "Plateaux repas des sites de Bellerive"),
    ContractTitle("Atelier Traiteur Lorgemont 281", "Plateaux repas des sites de la région"),
    ContractTitle("Coopérative Collecte Castelmerle",
                  "Collecte des déchets de bureau du siège et des agences"),
    ContractTitle("Atelier Collecte Castelmerle 071",
                  "Collecte des déchets de bureau du siège et des agences"),
    ContractTitle("Envol Collecte Clairmarais 155",
                  "Collecte des déchets de bureau des sites de la région"),
    ContractTitle("Passerelle Traiteur Marvaux 197", "Plateaux repas du siège et des agences"),
    ContractTitle("Solidaires de Collecte Castelmerle 239",
                  "Collecte des déchets de bureau des sites de la région"),
]


def _drawn(titles: list[ContractTitle], size: tuple[float, float] = LAPTOP):  # noqa: ANN202
    rows = [HoursRow(i, Decimal(1200 - 50 * i), Decimal(300 + i)) for i in range(len(titles))]
    return drawn(size[0], lifecycle.draw_insertion_hours, rows, dict(enumerate(titles)),
                 height=size[1])


def _px(points: float) -> float:
    return points * 100 / 72


@pytest.mark.parametrize("count", [2, 5, 8])
def test_contract_names_are_in_the_charts_smallest_font_at_least(count: int) -> None:
    _figure, ax = _drawn(DEMO[:count])
    assert MIN_SIZE >= 8
    assert all(t.get_fontsize() >= MIN_SIZE for t in ax.get_yticklabels())


@pytest.mark.parametrize("count", [2, 5, 8])
def test_contract_names_keep_apart(count: int) -> None:
    _figure, ax = _drawn(DEMO[:count])
    boxes = sorted((t.get_window_extent() for t in ax.get_yticklabels()), key=lambda b: b.y0)
    assert all(high.y0 - low.y1 >= 3 for low, high in zip(boxes, boxes[1:], strict=False))


def test_eight_contracts_on_a_laptop_are_named_by_their_structure_on_one_line() -> None:
    _figure, ax = _drawn(DEMO)
    shown = [t.get_text() for t in ax.get_yticklabels()]
    assert shown[:7] == [title.structure for title in DEMO[:7]]  # whole, the title on hover
    assert shown[7] == "Solidaires de Collecte Castelmerle 2…"  # 2 px too wide: cut


def test_a_few_contracts_show_their_title_on_a_second_line_apart_from_the_first() -> None:
    _figure, ax = _drawn(DEMO[:2])
    label = ax.get_yticklabels()[0]
    assert label.get_text() == f"{DEMO[0].structure}\n{DEMO[0].title}"
    # two lines spaced: a label of two lines is well over twice the height of one line
    assert label.get_window_extent().height >= 2.3 * _px(label.get_fontsize())


def test_one_structure_with_two_contracts_shows_both_titles_on_one_line() -> None:
    titles = [ContractTitle("Envol Nettoyage", f"Nettoyage du site {n}") for n in range(1, 9)]
    _figure, ax = _drawn(titles)
    shown = [t.get_text() for t in ax.get_yticklabels()]
    assert len(set(shown)) == 8
    assert all("\n" not in text and text.startswith("Envol") for text in shown)


def test_pointing_at_a_contract_tells_its_whole_name_and_hours() -> None:
    figure, ax = _drawn(DEMO)
    figure.canvas.draw()
    bar_y = ax.transData.transform((0, 3))[1]
    label_x = ax.get_yticklabels()[3].get_window_extent().x0 + 2
    bar_x = ax.get_window_extent().x0 + 10
    expected = ("Coopérative Collecte Castelmerle\n"
                "Collecte des déchets de bureau du siège et des agences\n"
                "1\u202f050 h prévues, 303 h réalisées")
    assert hover_text(ax, bar_x, bar_y) == expected  # on its bars
    assert hover_text(ax, label_x, bar_y) == expected  # on its label
    assert hover_text(ax, bar_x, ax.get_window_extent().y1 + 20) is None  # over the title


def test_an_empty_hours_chart_tells_nothing_on_hover() -> None:
    _figure, ax = drawn(LAPTOP[0], lifecycle.draw_insertion_hours, (), {}, height=LAPTOP[1])
    box = ax.get_window_extent()
    assert hover_text(ax, (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2) is None
