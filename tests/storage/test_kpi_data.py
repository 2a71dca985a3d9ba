"""Loading KPI facts from a workspace and computing objective actuals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlmodel import Session

from srm_inclusif.core import kpi
from srm_inclusif.core.kpi_facts import ORGANISATION, Period, Scope
from srm_inclusif.storage.services.kpi_data import load_kpi_data, objective_actuals
from srm_inclusif.storage.tables import (
    Contract,
    Counterparty,
    CounterpartyKindPeriod,
    Feedback,
    FeedbackScore,
    Objective,
    ObjectiveSheet,
    Person,
    Relationship,
    SpendLine,
    Team,
)


def _populate(engine) -> dict[str, int]:
    with Session(engine) as s:
        team = Team(name="Achats")
        s.add(team)
        s.flush()
        alice, bob = Person(name="Alice", team_id=team.id), Person(name="Bob")
        esat = Counterparty(name="ESAT du Rhône", kind="ESAT", department_code="69")
        classic = Counterparty(name="Bureau Plus", kind="CLASSIC", department_code="75")
        turned = Counterparty(name="Devenue EI", kind="EI", department_code="69")
        s.add_all([alice, bob, esat, classic, turned])
        s.flush()
        # "turned" was a classic supplier until 2026-02-28, an EI from 2026-03-01.
        s.add_all([
            CounterpartyKindPeriod(counterparty_id=turned.id, kind="CLASSIC",
                                   valid_from=date(2020, 1, 1), valid_until=date(2026, 2, 28)),
            CounterpartyKindPeriod(counterparty_id=turned.id, kind="EI",
                                   valid_from=date(2026, 3, 1)),
        ])
        lines = [
            SpendLine(counterparty_id=esat.id, amount_cents=1_000_000,
                      spend_date=date(2026, 2, 1), person_id=alice.id),
            SpendLine(counterparty_id=classic.id, amount_cents=3_000_000,
                      spend_date=date(2026, 2, 1), person_id=alice.id),
            SpendLine(counterparty_id=turned.id, amount_cents=200_000,
                      spend_date=date(2026, 2, 15), person_id=alice.id),
            SpendLine(counterparty_id=turned.id, amount_cents=500_000,
                      spend_date=date(2026, 3, 15), person_id=alice.id),
            SpendLine(counterparty_id=esat.id, amount_cents=700_000,
                      spend_date=date(2026, 12, 1), person_id=alice.id),  # after as_of
            SpendLine(counterparty_id=esat.id, amount_cents=900_000,
                      spend_date=date(2026, 4, 1), person_id=bob.id),
            SpendLine(counterparty_id=esat.id, amount_cents=400_000, basis="paid",
                      spend_date=date(2026, 4, 1), person_id=alice.id),
        ]
        s.add_all(lines)
        rel = Relationship(counterparty_id=esat.id, person_id=alice.id, stage="evaluation")
        s.add(rel)
        s.flush()
        test = Contract(relationship_id=rel.id, kind="marche_test", title="Test",
                        start_date=date(2026, 1, 10), has_clause_sociale=True,
                        clause_hours_planned=200, clause_hours_realised=150)
        s.add(test)
        s.flush()
        fb = Feedback(contract_id=test.id, given_on=date(2026, 5, 1))
        s.add(fb)
        s.flush()
        s.add_all([FeedbackScore(feedback_id=fb.id, criterion_id=1, score=4, weight=1),
                   FeedbackScore(feedback_id=fb.id, criterion_id=2, score=5, weight=3)])
        sheet = ObjectiveSheet(person_id=alice.id, year=2026)
        s.add(sheet)
        s.flush()
        objectives = [
            Objective(sheet_id=sheet.id, position=0, label="Inclusif", indicator="inclusive_spend",
                      target=Decimal(20000), weight=Decimal(40)),
            Objective(sheet_id=sheet.id, position=1, label="Part", indicator="inclusive_share",
                      unit="%", target=Decimal(30), weight=Decimal(20)),
            Objective(sheet_id=sheet.id, position=2, label="Heures", indicator="insertion_hours",
                      unit="h", target=Decimal(300), weight=Decimal(10)),
            Objective(sheet_id=sheet.id, position=3, label="Qualité", indicator="quality_score",
                      unit="/ 5", target=Decimal(4), weight=Decimal(10)),
            Objective(sheet_id=sheet.id, position=4, label="Économies", indicator="savings",
                      target=Decimal(50000), weight=Decimal(10), manual_actual=Decimal(42000)),
            Objective(sheet_id=sheet.id, position=5, label="Payé", indicator="inclusive_spend",
                      basis="paid", target=Decimal(5000), weight=Decimal(10)),
        ]
        s.add_all(objectives)
        s.commit()
        return {"sheet": sheet.id, "test": test.id, "team": team.id,
                "lines": [line.id for line in lines]}


def test_objective_actuals_of_a_person_sheet(workspace):
    ids = _populate(workspace.engine)
    actuals = objective_actuals(workspace.engine, sheet_id=ids["sheet"], as_of=date(2026, 11, 22))
    values = [a.actual for a in actuals]
    # ESAT 10 000 + EI (from March) 5 000; the February line was classic; December is later.
    assert values[0] == Decimal(15000)
    assert values[1] == Decimal("31.91")  # 15 000 / 47 000
    assert values[2] == Decimal(150)
    assert values[3] == Decimal("4.75")  # (4×1 + 5×3) / 4
    assert values[4] == Decimal(42000)
    assert values[5] == Decimal(4000)
    lines = ids["lines"]
    assert sorted(actuals[0].spend_line_ids) == sorted([lines[0], lines[3]])
    assert actuals[2].contract_ids == (ids["test"],)
    assert actuals[4].spend_line_ids == ()
    assert actuals[4].contract_ids == ()


def test_actuals_up_to_the_end_of_year_include_december(workspace):
    ids = _populate(workspace.engine)
    actuals = objective_actuals(workspace.engine, sheet_id=ids["sheet"], as_of=date(2027, 2, 1))
    assert actuals[0].actual == Decimal(22000)


def test_unknown_sheet_gives_no_actuals(workspace):
    assert objective_actuals(workspace.engine, sheet_id=999, as_of=date(2026, 1, 1)) == []


def test_loaded_facts_carry_team_and_kind_on_date(workspace):
    ids = _populate(workspace.engine)
    data = load_kpi_data(workspace.engine, start=date(2026, 1, 1), end=date(2026, 12, 31),
                         basis="invoiced")
    team_total = kpi.compute("total_spend", data, Period(date(2026, 1, 1),
                             date(2026, 12, 31)), Scope(team_id=ids["team"]))
    assert team_total.value == Decimal(54000)
    assert {f.kind.value for f in data.spend} == {"ESAT", "CLASSIC", "EI"}


def test_actuals_follow_the_fiscal_year_of_the_workspace(workspace):
    from srm_inclusif.storage.services.settings import update_settings

    ids = _populate(workspace.engine)
    update_settings(workspace.engine, fiscal_year_start_month=3)
    actuals = objective_actuals(workspace.engine, sheet_id=ids["sheet"], as_of=date(2027, 6, 1))
    assert actuals[0].actual == Decimal(12000)  # March EI 5 000 + December ESAT 7 000


def test_monthly_load_gives_the_same_figures_as_lines(workspace):
    ids = _populate(workspace.engine)
    with Session(workspace.engine) as s:  # two more ESAT purchases by Alice in February
        first = s.get(SpendLine, ids["lines"][0])
        for day in (3, 20):
            s.add(SpendLine(counterparty_id=first.counterparty_id, amount_cents=1_000 * day,
                            spend_date=date(2026, 2, day), person_id=first.person_id))
        s.commit()
    bounds = {"start": date(2026, 1, 1), "end": date(2026, 12, 31)}
    lines = load_kpi_data(workspace.engine, **bounds)
    monthly = load_kpi_data(workspace.engine, monthly=True, **bounds)
    year = Period(date(2026, 1, 1), date(2026, 12, 31))
    for code in ("inclusive_spend", "total_spend", "inclusive_share", "handicap_spend"):
        for scope in (ORGANISATION, Scope(team_id=ids["team"])):
            for basis in ("invoiced", "paid"):
                assert kpi.compute(code, monthly, year, scope, basis=basis).value == (
                    kpi.compute(code, lines, year, scope, basis=basis).value)
    assert len(monthly.spend) < len(lines.spend)


def test_team_sheet_counts_its_members_spend_only(workspace):
    ids = _populate(workspace.engine)
    with Session(workspace.engine) as s:
        sheet = ObjectiveSheet(team_id=ids["team"], year=2026)
        s.add(sheet)
        s.flush()
        s.add(Objective(sheet_id=sheet.id, label="Équipe", indicator="inclusive_spend",
                        target=Decimal(1), weight=Decimal(100)))
        s.commit()
        sheet_id = sheet.id
    actual = objective_actuals(workspace.engine, sheet_id=sheet_id, as_of=date(2026, 11, 22))
    assert actual[0].actual == Decimal(15000)  # Alice's (the only member); not Bob's 9 000
