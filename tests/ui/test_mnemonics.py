"""Alt letters given at run time: one per text, typable on a French keyboard, '&' kept."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTabBar

from srm_inclusif.ui.mnemonics import (
    give_letters,
    give_tab_letters,
    letter_of,
    letters_taken_by,
    plain_text,
    with_letters,
)


def test_each_text_takes_the_first_free_word_start() -> None:
    # « postal » starts with a free P, but the text's first word comes first.
    assert with_letters(["Code postal", "Code", "Commune"]) == ["&Code postal", "C&ode",
                                                               "Co&mmune"]


def test_no_two_texts_share_a_letter_whatever_their_case() -> None:
    texts = ["Nom", "nature", "Numéro", "NAF", "nom d'usage"]
    letters = [letter_of(text) for text in with_letters(texts)]
    assert None not in letters
    assert len(set(letters)) == len(texts)


def test_letters_taken_elsewhere_are_left_alone() -> None:
    assert with_letters(["Ville", "Adresse"], taken={"v", "A"}) == ["V&ille", "A&dresse"]


def test_an_ampersand_of_the_text_still_shows() -> None:
    lettered = with_letters(["R&D", "Achats & ventes"])
    assert lettered == ["&R&&D", "&Achats && ventes"]
    assert [plain_text(text) for text in lettered] == ["R&D", "Achats & ventes"]
    assert QKeySequence.mnemonic(lettered[0]).toString() == "Alt+R"


def test_an_accented_letter_is_never_chosen() -> None:
    # É, à, ç sit on digit keys of a French keyboard: Alt+É cannot be typed.
    assert with_letters(["Électricité", "Économie"]) == ["É&lectricité", "É&conomie"]
    assert with_letters(["Éé"]) == ["Éé"]  # no typable letter: no letter, text unchanged


def test_a_text_without_a_free_letter_gets_none() -> None:
    assert with_letters(["Ab", "Ba", "AB"]) == ["&Ab", "&Ba", "AB"]


def test_a_letter_is_read_from_a_text() -> None:
    assert letter_of("&Fermer") == "F"
    assert letter_of("Fer&mer") == "M"
    assert letter_of("R&&D") is None
    assert letter_of("R&&&D") == "D"
    assert letter_of("Fermer") is None


def test_labels_buttons_and_tabs_get_letters_after_the_dialogs_buttons(qtbot) -> None:
    ok = QPushButton("&Valider")
    bar = QTabBar()
    qtbot.addWidget(bar)
    for title in ("Villes", "Adresses"):
        bar.addTab(title)
    used = give_tab_letters(bar, letters_taken_by([ok]))
    label = QLabel("Ville")
    label.setBuddy(QLineEdit())
    give_letters([label, QPushButton("Ajouter")], used)
    assert [bar.tabText(i) for i in range(bar.count())] == ["V&illes", "&Adresses"]
    assert label.text() == "Vi&lle"  # V by the button, I and A by the tabs


def test_a_label_has_room_for_its_underlined_letter(qtbot) -> None:
    # Qt measures « Téléphone » kerned, but draws an underlined T apart from « é », 2 px wider:
    # the last « e » was cut in the contact form (seen on screen under X11).
    label = QLabel("Téléphone")
    label.setBuddy(QLineEdit())
    qtbot.addWidget(label)
    give_letters([label])
    assert label.text() == "&Téléphone"
    given = label.sizeHint().expandedTo(label.minimumSize())  # what a form column gives it
    assert given.width() > label.fontMetrics().horizontalAdvance("Téléphone")
