"""The card opens a structure's website and social network page in the browser, on a click."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog
from srm_inclusif.ui.counterparty_card.web_link import web_address


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """The addresses handed to the browser (instead of opening it)."""
    urls: list[str] = []

    class Browser:
        @staticmethod
        def openUrl(url) -> bool:  # noqa: N802, ANN001
            urls.append(url.toString())
            return True

    monkeypatch.setattr("srm_inclusif.ui.counterparty_card.web_link.QDesktopServices", Browser)
    return urls


def _card(qtbot, ctx, **values) -> CardDialog:
    cid = create_counterparty(ctx.engine, values={"name": "Atelier Vert", **values}).id
    card = CardDialog(ctx, cid)
    qtbot.addWidget(card)
    return card


def test_a_click_opens_the_website_and_the_social_page(qtbot, ctx, opened) -> None:
    card = _card(qtbot, ctx, website="https://www.atelier-vert.fr",
                 social_website="https://www.linkedin.com/company/atelier-vert")
    buttons = card.identity.web_buttons
    assert buttons["website"].text() == "Ouvrir ↗"
    assert buttons["social_website"].toolTip() == (
        "Ouvrir la page du réseau social dans le navigateur")
    qtbot.mouseClick(buttons["social_website"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons["website"], Qt.MouseButton.LeftButton)
    assert opened == ["https://www.linkedin.com/company/atelier-vert",
                      "https://www.atelier-vert.fr"]


def test_the_button_waits_for_an_address_and_opens_the_one_being_typed(
        qtbot, ctx, opened) -> None:
    card = _card(qtbot, ctx)
    button, edit = card.identity.web_buttons["website"], card.identity.edits["website"]
    assert not button.isEnabled()  # an empty field opens nothing
    qtbot.keyClicks(edit, "www.jardins-du-lac.org")
    assert button.isEnabled()
    button.click()
    assert opened == ["https://www.jardins-du-lac.org"]


@pytest.mark.parametrize("text", ["", "  ", "à voir", "mailto:a@b.fr", "ftp://x.fr", "atelier"])
def test_what_is_no_web_address(text) -> None:
    assert web_address(text) is None


def test_the_label_letter_still_reaches_the_field(qtbot, ctx) -> None:
    card = _card(qtbot, ctx)
    assert card.identity.labels["social_website"].buddy() is card.identity.edits["social_website"]
