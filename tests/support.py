"""Helpers shared by test modules of several folders; fixtures live in the ``conftest.py`` files."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.storage.services.counterparties import count_matching, search_counterparties
from srm_inclusif.storage.tables import Contract, Counterparty, Relationship, SpendLine
from tests.conftest import DEMO_TODAY

E = TypeVar("E", bound=BaseException)

#: The sample files of every import format (written by ``fixtures/imports/make_fixtures.py``).
IMPORT_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "imports"
#: The two pages of the Marché de l'inclusion API saved by a buyer.
API_PAGES = (IMPORT_FIXTURES / "marche_api_page1.json", IMPORT_FIXTURES / "marche_api_page2.json")
#: An ERP spend extract: dates, suppliers, amounts.
ERP_SPEND = IMPORT_FIXTURES / "depenses_erp_2025.csv"


def raised(error: type[E], call: Callable[..., object], *args: object, **kwargs: object) -> E:
    """The ``error`` that ``call(*args, **kwargs)`` raises (the test fails if it raises none)."""
    with pytest.raises(error) as caught:
        call(*args, **kwargs)
    return caught.value


def listed_names(engine: Engine, **values: Any) -> list[str]:
    """Names the counterparty list shows on ``DEMO_TODAY`` for a filter (``text="bleu"``...).

    The count above the list must agree with the rows.
    """
    flt = CounterpartyFilter().with_values(**values)
    rows = search_counterparties(engine, flt=flt, today=DEMO_TODAY)
    assert count_matching(engine, flt=flt, today=DEMO_TODAY) == len(rows)
    return [r.name for r in rows]


#: The ligatures a PDF's text layer may hold, and the letters they stand for.
LIGATURES = (("\ufb00", "ff"), ("\ufb01", "fi"), ("\ufb02", "fl"))


def folded(text: str) -> str:
    """``text`` with ligatures undone and every run of spaces (no-break ones too) one space."""
    for ligature, letters in LIGATURES:
        text = text.replace(ligature, letters)
    return re.sub(r"\s+", " ", text)


def pdf_pages(path: Path) -> list[str]:
    """The text of each page of a PDF, read back with pypdf and ``folded``."""
    from pypdf import PdfReader

    return [folded(page.extract_text()) for page in PdfReader(path).pages]


class Clock:
    """An injectable « today » that a test moves on by setting ``value``."""

    def __init__(self, value: date) -> None:
        self.value = value

    def __call__(self) -> date:
        return self.value


def add_imported(engine: Engine, name: str, **lists: Any) -> int:
    """A counterparty as an import leaves it: lists (offers...) as the source gave them."""
    with Session(engine) as session:
        row = Counterparty(name=name, norm_name=name.lower(), source="marche", **lists)
        session.add(row)
        session.commit()
        return row.id or 0


def executed(db: Path, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    """Run ``sql`` on the workspace file ``db`` (as the CLI left it): the rows it returns."""
    from sqlalchemy import create_engine, text

    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.begin() as connection:
            result = connection.execute(text(sql), params)
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()


def imported_counterparty(engine: Engine, **values: Any) -> int:
    """« ESAT du Parc » with ``values`` written as an import writes them: none edited by hand."""
    from srm_inclusif.storage.services.counterparty_edit import (
        create_counterparty,
        update_counterparty,
    )

    cid = create_counterparty(engine, values={"name": "ESAT du Parc"}).id
    update_counterparty(engine, counterparty_id=cid, values=values, edited_fields=[])
    return cid


def workspace_at(path: Path, revision: str, *rows: tuple[str, tuple[Any, ...]]) -> None:
    """A workspace file left at schema ``revision`` (an older version's), with ``rows`` written
    by (SQL, parameters) as that version would have."""
    from alembic import command
    from sqlalchemy import create_engine

    from srm_inclusif.storage import migrate
    from srm_inclusif.storage.file_probe import APPLICATION_ID

    engine = create_engine(f"sqlite:///{path}")
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        for sql, parameters in rows:
            connection.exec_driver_sql(sql, parameters)
    engine.dispose()


def add_purchase(session: Session, name: str, kind: str, lines: list[tuple[date, int]], *,
                 labour_cents: int | None = None, basis: str = "paid") -> None:
    """A supplier ``name`` of ``kind``, a contract with it and its spend lines (day, cents)."""
    supplier = Counterparty(name=name, kind=kind)
    session.add(supplier)
    session.flush()
    relationship = Relationship(counterparty_id=supplier.id)
    session.add(relationship)
    session.flush()
    contract = Contract(relationship_id=relationship.id, title=name, labour_cost_cents=labour_cents)
    session.add(contract)
    session.flush()
    for day, cents in lines:
        session.add(SpendLine(counterparty_id=supplier.id, contract_id=contract.id,
                              amount_cents=cents, spend_date=day, basis=basis))
