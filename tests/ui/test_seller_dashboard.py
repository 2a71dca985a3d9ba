"""A structure inclusive's dashboard speaks of her sales to clients, a buyer's of his purchases.

DOMAIN §1: the same spend lines are a buyer's purchases and a seller's sales; the UI names follow
the profile. A seller's clients are classic companies: her charts show her sales, cumulated and
by client, not the kinds of her clients nor an inclusive share (all her sales are inclusive).
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.storage.tables import Counterparty, SpendLine
from srm_inclusif.ui.pages.charts_panel import ChartsPanel
from srm_inclusif.ui.pages.todo_panel import TodoPanel


def _sell(ctx, name: str, *amounts: tuple[date, int]) -> None:  # noqa: ANN001
    """A classic client ``name`` and the spend lines (her sales to it) of each (day, cents)."""
    with Session(ctx.engine) as s:
        client = Counterparty(name=name, kind="CLASSIC")
        s.add(client)
        s.flush()
        s.add_all([SpendLine(counterparty_id=client.id, amount_cents=cents, spend_date=day)
                   for day, cents in amounts])
        s.commit()


def _as_seller(ctx):  # noqa: ANN001, ANN202
    """``ctx`` as a structure inclusive's workspace (the profile set before any view reads it)."""
    update_settings(ctx.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    ctx.notify(Changes(settings=True))
    return ctx


@pytest.fixture
def sales(ctx):  # noqa: ANN001, ANN201
    """Sales to two classic clients in 2026 (the buyer's view: classic purchases only)."""
    _sell(ctx, "Boulangerie Martin", (date(2026, 3, 2), 120_000), (date(2026, 6, 1), 30_000))
    _sell(ctx, "Mairie de Lyon", (date(2026, 4, 15), 500_000))
    return ctx


def _panel(qtbot, ctx) -> ChartsPanel:  # noqa: ANN001
    widget = ChartsPanel(ctx)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.drawn, timeout=10000):
        widget.show()
    return widget


def _title(view) -> str:  # noqa: ANN001
    return view.axes.get_title(loc="left")


def _bar_labels(view) -> list[str]:  # noqa: ANN001
    return [t.get_text() for t in view.axes.get_yticklabels()]


def test_a_seller_reads_her_sales_to_her_clients(qtbot, sales) -> None:
    panel = _panel(qtbot, _as_seller(sales))
    summary = panel.summary_label.text()
    assert summary.startswith("Ventes à vos clients : 6")
    assert "clients servis : 2" in summary
    assert "inclusifs" not in summary


def test_a_seller_sees_her_sales_cumulated_and_by_client(qtbot, sales) -> None:
    panel = _panel(qtbot, _as_seller(sales))
    assert _title(panel.charts["cumulative"]) == "Ventes cumulées"
    actual = next(a for a in panel.charts["cumulative"].axes.lines if a.get_gid() == "actual")
    assert max(actual.get_ydata()) == pytest.approx(6_500.0)  # classic clients count: all sales
    by_client = panel.charts["clients"]
    assert _title(by_client) == "Ventes par client"
    assert _bar_labels(by_client) == ["Mairie de Lyon", "Boulangerie Martin"]
    assert by_client.title == "Ventes par client"  # the saved file's name


def test_a_seller_is_not_shown_the_kinds_of_her_clients_nor_a_share(qtbot, sales) -> None:
    panel = _panel(qtbot, _as_seller(sales))
    assert list(panel.charts) == ["cumulative", "clients", "quality", "pipeline", "hours",
                                  "progress"]


def test_a_seller_without_sales_is_told_how_to_record_them(qtbot, ctx) -> None:
    panel = _panel(qtbot, _as_seller(ctx))
    assert panel.summary_label.text().startswith(
        "Saisissez vos ventes (fiche client › Ventes…) ou importez-les")
    texts = [t.get_text() for t in panel.charts["cumulative"].axes.texts]
    assert "Aucune vente sur la période" in texts


def test_a_buyer_still_reads_his_inclusive_purchases(qtbot, sales) -> None:
    panel = _panel(qtbot, sales)
    summary = panel.summary_label.text()
    assert summary.startswith("Achats inclusifs : 0\xa0€ HT sur 6\u202f500\xa0€")
    assert "Ventes" not in summary
    assert _title(panel.charts["cumulative"]) == "Achats inclusifs cumulés"
    assert _title(panel.charts["family"]) == "Achats par famille"
    assert panel.charts["kind"].isVisible()
    assert panel.charts["share"].isVisible()
    assert "clients" not in panel.charts


def test_the_charts_follow_a_change_of_profile(qtbot, sales) -> None:
    panel = _panel(qtbot, sales)
    _as_seller(sales)
    panel.refresh(Changes(settings=True))
    assert _title(panel.charts["cumulative"]) == "Ventes cumulées"
    assert "kind" not in panel.charts
    qtbot.waitUntil(panel.charts["clients"].isVisible)  # shown as soon as the events run


def test_the_empty_reminders_name_a_sellers_clients(qtbot, ctx) -> None:
    buyer = TodoPanel(ctx)
    qtbot.addWidget(buyer)
    assert "label d'une structure qui expire" in buyer.no_reminders_label.text()
    seller = TodoPanel(_as_seller(ctx))
    qtbot.addWidget(seller)
    assert "label d'un client qui expire" in seller.no_reminders_label.text()


def test_a_seller_with_many_clients_sees_her_ten_largest(qtbot, ctx) -> None:  # noqa: ANN001
    for rank in range(1, 13):
        _sell(ctx, f"Client {rank:02d}", (date(2026, 3, 2), rank * 10_000))
    panel = _panel(qtbot, _as_seller(ctx))
    view = panel.charts["clients"]
    assert _title(view) == "Ventes aux 10 premiers clients"
    assert _bar_labels(view) == [f"Client {rank:02d}" for rank in range(12, 2, -1)]
    assert "clients servis : 12" in panel.summary_label.text()


def test_two_clients_of_one_name_keep_their_own_bars(qtbot, ctx) -> None:  # noqa: ANN001
    _sell(ctx, "Mairie", (date(2026, 3, 2), 300_000))
    _sell(ctx, "Mairie", (date(2026, 4, 2), 100_000))
    panel = _panel(qtbot, _as_seller(ctx))

    labels = _bar_labels(panel.charts["clients"])
    assert len(labels) == 2
    assert labels[0] != labels[1]
