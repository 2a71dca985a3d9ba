"""Names on the pipeline cards are cut between syllables (« Conditionne- / ment », « Blanchisse-
/ rie »), with at least three letters on each side, and a short word is never cut."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QFontMetrics

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.ui.lifecycle.card_text import wrapped
from tests.ui.conftest import LAPTOP_SCREENS, shown_demo_window


@pytest.fixture
def metrics(qapp) -> QFontMetrics:  # noqa: ANN001
    return QFontMetrics(qapp.font())


@pytest.mark.parametrize(("name", "room", "cut"), [
    # (a demo name, the widest text a line takes, where its long word is cut)
    ("Les Ateliers de Conditionnement Pradelune", "Conditionnem-", "Conditionne-\nment"),
    ("Tremplin Blanchisserie Fontvive", "Blanchiss-", "Blanchis-\nserie"),  # not « ss- / erie »
    ("Coopérative Collecte Castelmerle", "Castelmer-", "Castel-\nmerle"),
    ("Artisans de Logistique Rochebrune", "Logistiq-", "Logis-\ntique"),
    ("Atelier Nettoyage Hautefeuille", "Hautefeu-", "Haute-\nfeuille"),
])
def test_demo_names_are_cut_between_syllables(metrics, name, room, cut) -> None:
    text = wrapped(name, metrics, metrics.horizontalAdvance(room), max_lines=9)
    assert cut in text
    assert "".join(text.split()).replace("-", "") == name.replace(" ", "")  # no letter lost


def test_a_short_word_is_never_cut(metrics) -> None:
    width = metrics.horizontalAdvance("Envo-")
    assert wrapped("Envol Collecte Bois-Joli", metrics, width, max_lines=9).split("\n")[0] \
        == "Envol"  # not « En- / vol »


#: The demo's long words, cut where a French reader splits them.
SYLLABLE_CUTS = {
    "Conditionnement": {"Condi-tionnement", "Condition-nement", "Conditionne-ment"},
    "Blanchisserie": {"Blanchis-serie", "Blanchisse-rie"},
    "Ressourcerie": {"Ressour-cerie", "Ressource-rie"},
    "Coopérative": {"Coopé-rative", "Coopéra-tive"},
    "Hautefeuille": {"Haute-feuille"},
    "Imprimerie": {"Impri-merie", "Imprime-rie"},
    "Menuiserie": {"Menui-serie", "Menuise-rie"},
    "Recyclerie": {"Recy-clerie", "Recycle-rie"},
}


@pytest.mark.parametrize("size", LAPTOP_SCREENS, ids=lambda size: f"{size[0]}x{size[1]}")
def test_board_cuts_words_between_syllables(qtbot, demo_workspace, size) -> None:
    win = shown_demo_window(qtbot, demo_workspace, size)
    board = win.show_page("relationships").board
    qtbot.waitUntil(lambda: board.columns[Stage.SOURCING].viewport().width() > 0)
    board.set_rows(board._rows)  # as the resize timer does once the window settled
    cuts = []
    for column in board.columns.values():
        for i in range(column.count()):
            lines = column.item(i).text().split("\n")
            cuts += [f"{line.split()[-1]}{after.split()[0]}" for line, after
                     in zip(lines, lines[1:], strict=False) if re.search(r"\w-$", line)]
    long_words = [cut for cut in cuts if cut.replace("-", "") in SYLLABLE_CUTS]
    assert long_words  # the demo's long words are cut on a laptop (not the names' own hyphens)
    assert [cut for cut in long_words if cut not in SYLLABLE_CUTS[cut.replace("-", "")]] == []
