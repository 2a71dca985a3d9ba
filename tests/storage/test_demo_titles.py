"""Demo contracts carry titles a buyer writes, not their type and structure again."""

from __future__ import annotations

from sqlmodel import Session, col, select

from srm_inclusif.core.vocabulary import ContractKind
from srm_inclusif.storage.tables import Contract, Counterparty, Relationship


def _contracts(engine) -> list[tuple[str, str, str, int]]:  # noqa: ANN001
    """Kind, title, structure and relationship of each demo contract, in creation order."""
    with Session(engine) as session:
        return list(session.exec(
            select(Contract.kind, Contract.title, Counterparty.name, Relationship.id)
            .join(Relationship, col(Relationship.id) == Contract.relationship_id)
            .join(Counterparty, col(Counterparty.id) == Relationship.counterparty_id)
            .order_by(col(Contract.id))).all())


def test_demo_titles_repeat_neither_the_type_nor_the_structure(demo_workspace) -> None:  # noqa: ANN001
    contracts = _contracts(demo_workspace.engine)
    assert len(contracts) >= 30
    kind_words = ("marché", "contrat", "commande")
    for kind, title, structure, _relationship in contracts:
        assert not title.lower().startswith(kind_words), (kind, title)
        assert ContractKind(kind).label.lower() not in title.lower(), title
        assert structure not in title, title
        assert not {"—", ":"} & set(title), title


def test_a_test_and_the_contract_after_it_have_different_titles(demo_workspace) -> None:  # noqa: ANN001
    titles: dict[int, list[str]] = {}
    for _kind, title, _structure, relationship in _contracts(demo_workspace.engine):
        titles.setdefault(relationship, []).append(title)
    pairs = [found for found in titles.values() if len(found) == 2]
    assert pairs
    assert all(test != contract for test, contract in pairs)


def test_demo_titles_are_the_same_on_every_build(demo_workspace) -> None:  # noqa: ANN001
    """The demo is deterministic: its first contracts read the same in every workspace."""
    assert [title for _k, title, _s, _r in _contracts(demo_workspace.engine)[:4]] == [
        "Réemploi du mobilier de bureau du site de Valombre",
        "Mise sous pli des envois de l'entrepôt de Rochebrune",
        "Plateaux repas de l'agence de Fontvive",
        "Plateaux repas des sites de la région",
    ]
