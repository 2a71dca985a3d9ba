"""The demo workspace: realistic volumes, every kind and stage, deterministic."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func
from sqlmodel import Session, select

from srm_inclusif.core.errors import RuleError
from srm_inclusif.core.kinds import Kind
from srm_inclusif.core.siret import check_siret
from srm_inclusif.core.vocabulary import ContractKind, Nature, SiretStatus, Stage
from srm_inclusif.storage.demo import build_demo
from srm_inclusif.storage.tables import (
    Contact,
    Contract,
    Counterparty,
    CounterpartyLabel,
    CounterpartySector,
    Feedback,
    ObjectiveSheet,
    Person,
    Relationship,
    SpendLine,
    StageChange,
)
from tests.conftest import DEMO_TODAY


def _counts(session: Session, column) -> dict[str, int]:
    return dict(session.exec(select(column, func.count()).group_by(column)).all())


def test_demo_has_every_kind_in_30_departments(demo_workspace) -> None:
    with Session(demo_workspace.engine) as session:
        kinds = _counts(session, Counterparty.kind)
        departments = session.exec(select(func.count(func.distinct(Counterparty.department_code))))
        assert set(kinds) == {k.value for k in Kind}
        assert sum(kinds.values()) >= 300
        assert departments.one() >= 30
        sirets = session.exec(select(Counterparty.siret)).all()
        assert all(check_siret(s).status is SiretStatus.VALID for s in sirets)
        assert session.exec(select(func.count()).select_from(CounterpartySector)).one() >= 300
        assert session.exec(select(func.count()).select_from(CounterpartyLabel)).one() > 50
        assert session.exec(select(func.count()).select_from(Contact)).one() >= 300
        pages = session.exec(select(Counterparty.social_website)).all()
        assert 0 < sum(page is not None for page in pages) < len(pages)  # some, as in real files
        natures = _counts(session, Counterparty.nature)
        # the directories say head office or antenna; a classic supplier's is unknown
        assert natures[Nature.HEAD_OFFICE.value] > natures[Nature.ANTENNA.value] > 0
        assert natures[None] == kinds[Kind.CLASSIC.value]


def test_demo_relationships_cover_every_stage_with_history(demo_workspace) -> None:
    with Session(demo_workspace.engine) as session:
        stages = _counts(session, Relationship.stage)
        assert set(stages) == {s.value for s in Stage}
        assert sum(stages.values()) >= 40
        for relationship in session.exec(select(Relationship)):
            history = session.exec(
                select(StageChange)
                .where(StageChange.relationship_id == relationship.id)
                .order_by(StageChange.changed_on)
            ).all()
            assert history[-1].to_stage == relationship.stage
            assert [h.changed_on for h in history] == sorted(h.changed_on for h in history)


def test_demo_contracts_spend_people_and_feedback(demo_workspace) -> None:
    with Session(demo_workspace.engine) as session:
        kinds = _counts(session, Contract.kind)
        assert kinds[ContractKind.MARCHE_TEST.value] > 0
        assert session.exec(select(func.count()).select_from(Contract).where(
            Contract.has_clause_sociale)).one() > 0
        ending_soon = session.exec(select(func.count()).select_from(Contract).where(
            Contract.end_date.between(DEMO_TODAY, DEMO_TODAY + timedelta(days=90)))).one()
        assert ending_soon > 0
        years = {d.year for d in session.exec(select(SpendLine.spend_date))}
        assert years == {DEMO_TODAY.year - 1, DEMO_TODAY.year}
        classic_spend = session.exec(select(func.count()).select_from(SpendLine).join(
            Counterparty).where(Counterparty.kind == Kind.CLASSIC.value)).one()
        assert classic_spend > 0
        assert len(session.exec(select(Person)).all()) == 3
        assert len(session.exec(select(ObjectiveSheet)).all()) == 6
        assert all(f.overall_comment for f in session.exec(select(Feedback)))


def test_demo_is_deterministic(tmp_path) -> None:
    from srm_inclusif.storage.workspace import open_workspace

    names = []
    for number in (1, 2):
        ws = open_workspace(tmp_path / f"d{number}.sqlite3")
        build_demo(ws.engine, today=DEMO_TODAY)
        with Session(ws.engine) as session:
            names.append(session.exec(select(Counterparty.name, Counterparty.siret,
                                             SpendLine.amount_cents).join(SpendLine)).all())
        ws.close()
    assert names[0] == names[1]


def test_demo_refuses_a_workspace_with_data(demo_workspace) -> None:
    with pytest.raises(RuleError, match="contient déjà des données"):
        build_demo(demo_workspace.engine, today=DEMO_TODAY)


def test_demo_is_searchable(demo_workspace) -> None:
    with demo_workspace.engine.connect() as connection:
        found = connection.exec_driver_sql(
            "SELECT count(*) FROM counterparty_search WHERE counterparty_search MATCH 'nett*'"
        ).scalar()
    assert found > 0


def test_demo_names_read_as_french(demo_workspace) -> None:
    import re

    with Session(demo_workspace.engine) as session:
        names = session.exec(select(Counterparty.name)).all()
    assert "Artisans d'Accueil Chantebrise 120" in names  # elided before a vowel
    assert not [n for n in names if re.search(r"\bde [AEIOUÉaeioué]", n)]
