"""Merging two records carries the chosen social network page; undo puts both back."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.services.merge import merge_counterparties, unmerge_counterparties

PAGE = "https://www.linkedin.com/company/atelier-bleu/"


def pages(workspace) -> dict[int, str | None]:
    with workspace.engine.connect() as connection:
        return {cid: page for cid, page in connection.execute(text(
            "SELECT id, social_website FROM counterparty"))}


@pytest.mark.xfail(strict=True, reason="the card's editable fields (counterparty_edit."
                   "SCALAR_FIELDS) do not list social_website yet: remove this marker once "
                   "they do")
def test_merge_takes_the_duplicates_page_and_undo_restores_both(workspace) -> None:
    engine = workspace.engine
    keep = create_counterparty(engine, values={"name": "Atelier Bleu", "city": "Lyon"}).id
    drop = create_counterparty(engine, values={"name": "Atelier Bleu", "city": "Lyon"}).id
    with engine.begin() as connection:
        connection.execute(text("UPDATE counterparty SET social_website = :p WHERE id = :i"),
                            {"p": PAGE, "i": drop})

    result = merge_counterparties(engine, keep_id=keep, drop_id=drop,
                                  choices={"social_website": PAGE})
    merged = pages(workspace)
    unmerge_counterparties(engine, snapshot=result.snapshot)

    assert merged == {keep: PAGE}
    assert pages(workspace) == {keep: None, drop: PAGE}
