"""A seller's Relations page follows her clients, not kinds of inclusive structure.

As on the Clients page, the kind of structure (« Tous les types », the table's « Type », the
« EI · » of a pipeline card) is a buyer's: a seller's cards name the owner only.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session

from srm_inclusif.core.vocabulary import Profile, Stage
from srm_inclusif.storage.services.relationships import create_relationship
from srm_inclusif.storage.tables import Person
from srm_inclusif.ui.models.relationship_table import COL_KIND
from srm_inclusif.ui.pages.relationships_page import RelationshipsPage
from tests.lifecycle_support import add_counterparty
from tests.ui.profile_pages import page_as


@pytest.fixture
def ctx(ctx):  # noqa: ANN001, ANN201
    """An entreprise d'insertion followed by Claire Fontaine (a record from a buyer's days)."""
    with Session(ctx.engine) as s:
        claire = Person(name="Claire Fontaine")
        s.add(claire)
        s.commit()
        owner = claire.id
    client = add_counterparty(ctx.engine, "Envie Nord", "EI")
    create_relationship(ctx.engine, counterparty_id=client, on=date(2026, 10, 1),
                        person_id=owner)
    return ctx


def _page(qtbot, ctx, profile: Profile) -> RelationshipsPage:  # noqa: ANN001
    return page_as(qtbot, ctx, profile, RelationshipsPage)


def _card_lines(page: RelationshipsPage) -> list[str]:
    return page.board.columns[Stage.SOURCING].item(0).text().split("\n")


def test_a_seller_is_not_shown_the_kinds_of_her_clients(qtbot, ctx) -> None:
    page = _page(qtbot, ctx, Profile.STRUCTURE_INCLUSIVE)
    assert not page.kind_filter.isVisible()
    assert page.table.isColumnHidden(COL_KIND)
    lines = _card_lines(page)
    assert "C. Fontaine" in lines
    assert not any("EI" in line for line in lines[1:])
    assert "EI" not in page.board.columns[Stage.SOURCING].item(0).toolTip()


def test_a_buyer_still_filters_and_reads_the_kinds(qtbot, ctx) -> None:
    page = _page(qtbot, ctx, Profile.ACHETEUR)
    assert page.kind_filter.isVisible()
    assert not page.table.isColumnHidden(COL_KIND)
    assert any(line.startswith("EI ·") or line == "EI ·" for line in _card_lines(page))
