"""Counterparty list: text search, every facet, sorting and paging, over real SQLite."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session

from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.storage.services.counterparties import (
    facet_options,
    search_counterparties,
)
from srm_inclusif.storage.services.counterparty_edit import (
    LabelValue,
    create_counterparty,
    set_favourite,
)
from srm_inclusif.storage.tables import Contract, Relationship
from tests.conftest import DEMO_TODAY
from tests.support import listed_names, workspace_at


@pytest.fixture
def register(workspace) -> dict[str, int]:
    """Four counterparties covering each facet value once."""
    engine = workspace.engine
    ids = {
        "nettoyage": create_counterparty(engine, values={
            "name": "Nettoyage Solidaire", "kind": "EI", "post_code": "69003", "city": "Lyon",
            "sectors": ["nettoyage-de-vehicules-12"], "service_types": ["PREST"],
            "networks": ["COORACE"], "is_qpv": True,
            "labels": [LabelValue("ESUS", date(2025, 1, 1), date(2027, 1, 1))]}).id,
        "energie": create_counterparty(engine, values={
            "name": "Énergie Partagée", "kind": "ESAT", "post_code": "38000", "city": "Grenoble",
            "service_types": ["BUILD"], "networks": ["UNEA"], "is_zrr": True,
            "labels": [LabelValue("RSEi", date(2020, 1, 1), date(2021, 1, 1))]}).id,
        "jardins": create_counterparty(engine, values={
            "name": "Jardins du Nord", "kind": "ACI", "post_code": "59000", "city": "Lille"}).id,
        "classique": create_counterparty(engine, values={
            "name": "Bureau Fournitures", "kind": "CLASSIC", "post_code": "75011"}).id,
    }
    set_favourite(engine, counterparty_id=ids["jardins"], favourite=True)
    with Session(engine) as session:
        rel = Relationship(counterparty_id=ids["classique"], stage="contrat_en_cours",
                           stage_since=date(2026, 1, 1))
        session.add(rel)
        session.flush()
        session.add(Contract(relationship_id=rel.id, title="Fournitures 2026",
                             start_date=date(2026, 1, 1), end_date=date(2026, 12, 31)))
        session.commit()
    return ids


@pytest.mark.parametrize(("values", "expected"), [
    ({"text": "nett"}, ["Nettoyage Solidaire"]),
    ({"text": "ENERGIE"}, ["Énergie Partagée"]),
    ({"text": "vehicu"}, ["Nettoyage Solidaire"]),
    ({"families": ["handicap"]}, ["Énergie Partagée"]),
    ({"families": ["insertion"]}, ["Jardins du Nord", "Nettoyage Solidaire"]),
    ({"kinds": ["ACI"]}, ["Jardins du Nord"]),
    ({"departments": ["38"]}, ["Énergie Partagée"]),
    ({"regions": ["32"]}, ["Jardins du Nord"]),
    ({"sector_groups": ["hygiene-et-proprete-64"]}, ["Nettoyage Solidaire"]),
    ({"sectors": ["nettoyage-de-vehicules-12"]}, ["Nettoyage Solidaire"]),
    ({"service_types": ["BUILD"]}, ["Énergie Partagée"]),
    ({"labels": ["ESUS"]}, ["Nettoyage Solidaire"]),
    ({"labels": ["RSEi"]}, []),
    ({"valid_label": True}, ["Nettoyage Solidaire"]),
    ({"networks": ["UNEA", "COORACE"]}, ["Énergie Partagée", "Nettoyage Solidaire"]),
    ({"qpv": True}, ["Nettoyage Solidaire"]),
    ({"zrr": True}, ["Énergie Partagée"]),
    ({"favourites": True}, ["Jardins du Nord"]),
    ({"active_contract": True}, ["Bureau Fournitures"]),
    ({"families": ["insertion"], "text": "jard"}, ["Jardins du Nord"]),
])
def test_each_facet(workspace, register, values, expected) -> None:
    assert listed_names(workspace.engine, **values) == expected


def test_list_columns_show_sectors_labels_stage_and_next_end(workspace, register) -> None:
    rows = {r.name: r for r in search_counterparties(
        workspace.engine, flt=CounterpartyFilter(), today=DEMO_TODAY)}
    assert rows["Nettoyage Solidaire"].labels == "ESUS"
    assert rows["Énergie Partagée"].labels == ""  # expired label is not shown
    assert "Nettoyage" in rows["Nettoyage Solidaire"].sectors
    assert rows["Bureau Fournitures"].stage == "contrat_en_cours"
    assert rows["Bureau Fournitures"].next_end == date(2026, 12, 31)
    assert rows["Énergie Partagée"].department_code == "38"


def test_sort_and_paging(workspace, register) -> None:
    engine, flt = workspace.engine, CounterpartyFilter()
    by_name = [r.name for r in search_counterparties(engine, flt=flt, today=DEMO_TODAY,
                                                     sort="name")]
    assert by_name == ["Bureau Fournitures", "Énergie Partagée", "Jardins du Nord",
                       "Nettoyage Solidaire"]
    by_city_desc = search_counterparties(engine, flt=flt, today=DEMO_TODAY, sort="city",
                                         descending=True)
    assert by_city_desc[0].city == "Lyon"
    page = search_counterparties(engine, flt=flt, today=DEMO_TODAY, sort="name", offset=2, limit=1)
    assert [r.name for r in page] == ["Jardins du Nord"]


def test_hostile_text_never_fails(workspace, register) -> None:
    for text in ['"', "AND OR NOT", "*", "nett:", "(x", "NEAR(a b)", "^", "-"]:
        search_counterparties(workspace.engine, flt=CounterpartyFilter(text=text), today=DEMO_TODAY)


def test_facet_options_list_values_in_use(workspace, register) -> None:
    options = facet_options(workspace.engine)
    assert options.networks == ["COORACE", "UNEA"]
    assert options.labels == ["ESUS", "RSEi"]
    assert [code for code, _ in options.departments] == ["38", "59", "69", "75"]
    assert len(options.sectors) > 100


def test_single_letter_lists_names_starting_with_it(workspace, register) -> None:
    assert listed_names(workspace.engine, text="n") == ["Nettoyage Solidaire"]
    assert listed_names(workspace.engine, text="É") == ["Énergie Partagée"]
    assert listed_names(workspace.engine, text="j", kinds=["ACI"]) == ["Jardins du Nord"]


def test_broad_text_lists_matches_by_name(workspace, register, monkeypatch) -> None:
    """Specific texts are ranked by relevance; past the limit, matches come in name order."""
    from srm_inclusif.storage.services import counterparties

    create_counterparty(workspace.engine, values={"name": "Atelier Propre",
                                                  "extra_sectors": ["nettoyage"]})
    assert listed_names(workspace.engine, text="nettoyage") == ["Nettoyage Solidaire",
                                                               "Atelier Propre"]
    monkeypatch.setattr(counterparties, "RANKED_AT_MOST", 0)
    assert listed_names(workspace.engine, text="nettoyage") == ["Atelier Propre",
                                                               "Nettoyage Solidaire"]


@pytest.mark.parametrize(("values", "expected"), [
    ({"text": "nettoyage lyon"}, ["Nettoyage Solidaire"]),
    ({"text": "energie grenoble"}, ["Énergie Partagée"]),
    ({"text": "nettoyage lyon", "qpv": True}, ["Nettoyage Solidaire"]),
    ({"text": "nettoyage lyon", "zrr": True}, []),
])
@pytest.mark.parametrize("broad", [False, True])
def test_several_words_in_both_plans(workspace, register, monkeypatch, values, expected,
                                     broad) -> None:
    """Several words match through the collected hits, ranked or walked in name order."""
    from srm_inclusif.storage.services import counterparties, counterparty_text_search

    if broad:  # as if the words matched thousands: name-index walk, facets read first
        monkeypatch.setattr(counterparties, "RANKED_AT_MOST", 0)
        monkeypatch.setattr(counterparty_text_search, "TEXT_FIRST_AT_MOST", 0)
    assert listed_names(workspace.engine, **values) == expected


def test_successive_searches_do_not_share_their_matches(workspace, register) -> None:
    engine = workspace.engine
    assert listed_names(engine, text="nettoyage lyon") == ["Nettoyage Solidaire"]
    assert listed_names(engine, text="energie grenoble") == ["Énergie Partagée"]
    assert listed_names(engine, text="jardins lille") == ["Jardins du Nord"]


@pytest.mark.parametrize("walk", [False, True])
@pytest.mark.parametrize("values", [
    {"families": ["insertion"]},
    {"qpv": True, "families": ["insertion"]},
    {"valid_label": True},
    {"active_contract": True},
    {"sector_groups": ["hygiene-et-proprete-64"], "text": "nett"},
    {"departments": ["69", "59"], "text": "n"},
])
def test_walk_and_sort_plans_list_the_same_rows(workspace, register, monkeypatch, walk,
                                                values) -> None:
    """Whether the name index is walked or the matches sorted, the list is the same."""
    from srm_inclusif.storage.services import counterparties

    expected = listed_names(workspace.engine, **values)
    assert expected
    monkeypatch.setattr(counterparties, "_walk_pays", lambda *_args: walk)
    assert listed_names(workspace.engine, **values) == expected


def test_qpv_facet_on_a_workspace_upgraded_from_0001(tmp_path) -> None:
    """Migration 0002 indexes the QPV/ZRR flags of an existing register, rows kept."""
    from srm_inclusif.storage.workspace import open_workspace

    path = tmp_path / "ancien.sqlite3"
    insert = ("INSERT INTO counterparty (name, norm_name, siret_status, kind, service_types, "
              "networks, offers, extra_sectors, is_qpv, is_zrr, notes, favourite, active, "
              "edited_fields, created_at, updated_at) VALUES (?, lower(?), 'missing', 'EI', "
              "'[]', '[]', '[]', '[]', ?, ?, '', 0, 1, '[]', '2025-01-01 00:00:00', "
              "'2025-01-01 00:00:00')")
    workspace_at(path, "0001", *((insert, (name, name, qpv, zrr)) for name, qpv, zrr in (
        ("Régie Quartier", 1, 0), ("Atelier Rural", 0, 1), ("Bureau Central", 0, 0))))
    upgraded = open_workspace(path)
    with upgraded.engine.connect() as connection:
        indexes = {r[0] for r in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE tbl_name = 'counterparty'")}
    assert {"ix_counterparty_is_qpv", "ix_counterparty_is_zrr"} <= indexes
    assert listed_names(upgraded.engine, qpv=True) == ["Régie Quartier"]
    assert listed_names(upgraded.engine, zrr=True) == ["Atelier Rural"]
    assert len(listed_names(upgraded.engine)) == 3
    upgraded.close()
