"""A seller's client card shows a client company, not an inclusive structure.

DOMAIN §1: the counterparty of a structure inclusive is a client (a company, a public buyer).
Its card leaves out what describes an inclusive structure (type of structure, capacity,
insertion headcount, networks, types of service, QPV / ZRR, offers and client references) and
names the headcount « Effectif (ETP) »; what is stored under those fields stays as it is. The
Clients list leaves out the « Type » column the same way. A buyer's card and list keep them all.
"""

from __future__ import annotations

import pytest
from sqlmodel import Session

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.storage.tables import Counterparty
from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog
from srm_inclusif.ui.mnemonics import plain_text
from srm_inclusif.ui.models.counterparty_table import COL_KIND, COL_NAME
from srm_inclusif.ui.pages.counterparties_page import CounterpartiesPage
from tests.ui.conftest import opened_card

STRUCTURE_ROWS = ("kind", "capacity", "headcount_insertion", "networks", "service_types")
STORED = {"name": "Mairie de Valombre", "kind": "EI", "capacity": "3 équipes",
          "headcount_insertion": 12, "headcount_permanent": 40, "networks": ["FEI"],
          "service_types": ["PREST"], "is_qpv": True, "is_zrr": True,
          "offers": [{"name": "Nettoyage", "description": "Bureaux"}]}


@pytest.fixture
def client_id(ctx) -> int:  # noqa: ANN001
    """A counterparty that has every field an inclusive structure fills in."""
    return create_counterparty(ctx.engine, values=STORED).id


def _as(ctx, profile: Profile):  # noqa: ANN001, ANN202
    update_settings(ctx.engine, profile=profile)
    ctx.notify(Changes(settings=True))
    return ctx


def _card(qtbot, ctx, client_id: int) -> CardDialog:  # noqa: ANN001
    card = opened_card(qtbot, ctx, client_id)
    card.show()
    qtbot.waitExposed(card)
    return card


def _shown_labels(card: CardDialog) -> list[str]:
    form = card.identity
    return [plain_text(label.text()).removesuffix(" ✎") for label in form.labels.values()
            if label.isVisible()]  # ✎: changed by hand (typed here, not imported)


def _tabs(card: CardDialog) -> list[str]:
    bar = card.tabs.tabBar()
    return [plain_text(bar.tabText(i)) for i in range(bar.count()) if bar.isTabVisible(i)]


def test_a_sellers_client_card_leaves_out_the_structure_fields(qtbot, ctx, client_id) -> None:
    card = _card(qtbot, _as(ctx, Profile.STRUCTURE_INCLUSIVE), client_id)
    shown = _shown_labels(card)
    for text in ("Type de structure", "Capacité", "Effectif en insertion (ETP)",
                 "Réseaux (séparés par des virgules)", "Types de prestation"):
        assert text not in shown
    assert not card.identity.flags["is_qpv"].isVisible()
    assert not card.identity.flags["is_zrr"].isVisible()
    assert "Offres et références" not in _tabs(card)


def test_a_sellers_client_card_keeps_what_she_needs(qtbot, ctx, client_id) -> None:
    card = _card(qtbot, _as(ctx, Profile.STRUCTURE_INCLUSIVE), client_id)
    shown = _shown_labels(card)
    assert {"Nom *", "SIRET", "Siège ou antenne", "Adresse", "Ville", "E-mail",
            "Effectif (ETP)"} <= set(shown)
    assert card.identity.edits["headcount_permanent"].text() == "40"
    assert card.identity.flags["active"].isVisible()
    assert _tabs(card) == ["Identité", "Secteurs", "Labels", "Contacts", "Notes et provenance",
                           "Suivi"]


def test_saving_a_sellers_client_keeps_the_hidden_values(qtbot, ctx, client_id) -> None:
    card = _card(qtbot, _as(ctx, Profile.STRUCTURE_INCLUSIVE), client_id)
    card.identity.edits["city"].setText("Valombre")
    assert card.changed_values() == {"city": "Valombre"}
    card.save()
    with Session(ctx.engine) as s:
        row = s.get(Counterparty, client_id)
        assert (row.city, row.kind, row.is_qpv, row.is_zrr) == ("Valombre", "EI", True, True)
        assert (row.headcount_insertion, row.capacity) == (12, "3 équipes")


def test_a_buyers_card_still_shows_the_structure(qtbot, ctx, client_id) -> None:
    card = _card(qtbot, _as(ctx, Profile.ACHETEUR), client_id)
    shown = _shown_labels(card)
    assert {"Type de structure", "Capacité", "Effectif en insertion (ETP)",
            "Effectif permanent (ETP)", "Types de prestation"} <= set(shown)
    assert card.identity.flags["is_qpv"].isVisible()
    assert "Offres et références" in _tabs(card)


def test_a_sellers_alt_letters_skip_the_hidden_fields(qtbot, ctx, client_id) -> None:
    card = _card(qtbot, _as(ctx, Profile.STRUCTURE_INCLUSIVE), client_id)
    hidden = [card.identity.labels[field].text() for field in STRUCTURE_ROWS]
    assert not any("&" in text for text in hidden)


def _list(qtbot, ctx) -> CounterpartiesPage:  # noqa: ANN001
    page = CounterpartiesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page._scan.wait()
    return page


def _column_shown(page: CounterpartiesPage, column: int) -> bool:
    return not page.view.table.horizontalHeader().isSectionHidden(column)


def _column_offered(page: CounterpartiesPage, key: str) -> bool:
    return any(a.data() == key and a.isVisible() for a in page.view.column_actions())


def test_the_clients_list_has_no_type_column(qtbot, ctx, client_id) -> None:
    page = _list(qtbot, _as(ctx, Profile.STRUCTURE_INCLUSIVE))
    assert not _column_shown(page, COL_KIND)
    assert not _column_offered(page, "kind")
    assert _column_shown(page, COL_NAME)
    assert page.model.index(0, COL_NAME).data() == "Mairie de Valombre"


def test_the_suppliers_list_keeps_its_type_column(qtbot, ctx, client_id) -> None:
    page = _list(qtbot, _as(ctx, Profile.ACHETEUR))
    assert _column_shown(page, COL_KIND)
    assert _column_offered(page, "kind")


def test_a_sellers_card_speaks_of_her_client(qtbot, ctx, client_id) -> None:
    card = _card(qtbot, _as(ctx, Profile.STRUCTURE_INCLUSIVE), client_id)
    assert "Ajoutez ceux du client" in card.labels.empty_label.text()
    assert "vendus à ce client" in card.follow_up.spend_button.toolTip()


def test_a_buyers_card_speaks_of_the_structure(qtbot, ctx, client_id) -> None:
    card = _card(qtbot, _as(ctx, Profile.ACHETEUR), client_id)
    assert "Ajoutez ceux de la structure" in card.labels.empty_label.text()
    assert "montants HT de la structure" in card.follow_up.spend_button.toolTip()


def test_a_sellers_contacts_are_her_clients_people(qtbot, ctx, client_id) -> None:
    seller = _card(qtbot, _as(ctx, Profile.STRUCTURE_INCLUSIVE), client_id)
    assert "une personne chez ce client" in seller.contacts.empty_label.text()
    buyer = _card(qtbot, _as(ctx, Profile.ACHETEUR), client_id)
    assert "une personne de la structure" in buyer.contacts.empty_label.text()
