"""Build the demo workspace: realistic, fictitious and deterministic for a given ``today``."""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from srm_inclusif.core.errors import Cancelled, RuleError
from srm_inclusif.core.geo import department_for, departments
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.indicators import indicator
from srm_inclusif.core.kinds import Kind, fold
from srm_inclusif.core.progress import Progress
from srm_inclusif.core.siret import make_siret
from srm_inclusif.core.vocabulary import Nature, Profile
from srm_inclusif.storage import demo_lifecycle
from srm_inclusif.storage import demo_names as names
from srm_inclusif.storage.search_index import rebuild_search_index
from srm_inclusif.storage.services.imports import DEMO_FILE_NAMES
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.storage.tables import (
    Contact,
    Counterparty,
    CounterpartyLabel,
    CounterpartySector,
    ImportBatch,
    Objective,
    ObjectiveSheet,
    Person,
    Sector,
    Team,
)
from srm_inclusif.storage.workspace import refresh_statistics

INCLUSIVE_KINDS = [k for k in Kind if k is not Kind.CLASSIC]
#: Clients an inclusive structure names as references ({place}: its town), with what was done.
CLIENT_REFERENCES = (
    ("Mairie de {place}", "{activity} pour les écoles et la médiathèque, marché annuel"),
    ("Centre hospitalier de {place}", "{activity} pour trois unités de soins, depuis 2023"),
    ("Groupe Hexagone", "Marché test de six mois ({activity}), puis contrat-cadre"),
    ("Département, direction des collèges", "Lot réservé ({activity}) dans douze collèges"),
    ("Banque Coopérative du Centre", "{activity} au siège régional, depuis 2021"),
)
STEPS = 4


@dataclass
class DemoContext:
    """What the builder steps share: the session, the random source and the reference date."""

    session: Session
    rng: random.Random
    today: date
    sectors_by_group: dict[str, list[int]]


def build_demo(
    engine: Engine,
    *,
    today: date | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> None:
    """Fill an empty workspace with the demo organisation, suppliers, relationships and figures."""
    today = today or date.today()
    report = progress or (lambda done, total: None)
    with Session(engine) as session:
        if session.exec(select(Counterparty.id).limit(1)).first() is not None:
            raise RuleError.of(QT_TRANSLATE_NOOP(
                "Errors", "Cet espace de travail contient déjà des données : "
                "la démonstration ne peut être créée que dans un espace vide."))
        sectors: dict[str, list[int]] = {}
        for sector in session.exec(select(Sector)):
            sectors.setdefault(sector.group_slug, []).append(sector.id or 0)
        ctx = DemoContext(session, random.Random(2026), today, sectors)
        steps = (
            _counterparties,
            _people_and_objectives,
            demo_lifecycle.build_relationships,
            demo_lifecycle.build_spend,
        )
        for done, step in enumerate(steps):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            report(done, STEPS)
            step(ctx)
            session.flush()
        _rebuild_search(session)
        session.add(ImportBatch(target="suppliers", format="demo",
                                file_names=DEMO_FILE_NAMES,
                                finished_at=datetime.now(UTC), counts=_demo_counts(session)))
        session.commit()
    update_settings(
        engine, profile=Profile.ACHETEUR, organisation_name="Groupe Démo Bellerive (fictif)"
    )
    refresh_statistics(engine)
    report(STEPS, STEPS)


def _demo_counts(session: Session) -> dict[str, int]:
    inserted = len(session.exec(select(Counterparty.id)).all())
    return {"rows": inserted, "inserted": inserted, "updated": 0, "rejected": 0}


def _rebuild_search(session: Session) -> None:
    rebuild_search_index(session.connection())


def _counterparties(ctx: DemoContext) -> None:
    """300 inclusive structures of every kind across 40 departments, plus 60 classic suppliers."""
    dept_codes = sorted(departments())[:96:2] + ["2A", "971"]
    for index in range(360):
        kind = INCLUSIVE_KINDS[index % len(INCLUSIVE_KINDS)] if index < 300 else Kind.CLASSIC
        dept = dept_codes[(index * 7) % len(dept_codes)]
        _add_counterparty(ctx, index, kind, dept)


def _add_counterparty(ctx: DemoContext, index: int, kind: Kind, dept: str) -> None:
    rng = ctx.rng
    activity, group = names.ACTIVITIES[index % len(names.ACTIVITIES)]
    place = names.PLACES[(index * 5 + 3) % len(names.PLACES)]
    if kind is Kind.CLASSIC:
        name = f"{rng.choice(names.CLASSIC_FORMS)} {activity} {place}"
    else:
        name = f"{names.joined(names.FORMS[index % len(names.FORMS)], activity)} {place}"
    name = f"{name} {index + 1:03d}" if index >= len(names.PLACES) * 2 else name
    post_code = _post_code(dept, rng)
    department = department_for(post_code)
    counterparty = Counterparty(
        name=name,
        norm_name=fold(name),
        siret=make_siret(31_400_000 + index * 37, 10 + index % 80),
        siret_status="valid",
        kind=kind.value,
        nature=_nature(index, kind),
        post_code=post_code,
        city=place,
        address=f"{rng.randint(1, 120)} rue des {activity}",
        department_code=department.code if department else None,
        region_code=department.region_code if department else None,
        service_types=[rng.choice(["PREST", "DISP", "BUILD"])],
        networks=[rng.choice(names.NETWORKS)] if kind is not Kind.CLASSIC else [],
        offers=[{"name": activity, "description": f"{activity} pour entreprises et collectivités"}],
        client_references=_client_references(index, activity, place) if kind.is_inclusive else [],
        is_qpv=index % 6 == 0,
        is_zrr=index % 9 == 0,
        headcount_insertion=float(rng.randint(3, 80)) if kind.is_inclusive else None,
        headcount_permanent=float(rng.randint(2, 30)),
        phone=f"+3319900{index:04d}",
        email=f"contact{index + 1}@demo-srm.invalid",
        website=f"https://structure{index + 1}.demo-srm.invalid",
        # one structure in three names its page on a social network, as in the national directory
        social_website=(f"https://social.demo-srm.invalid/structure{index + 1}"
                        if index % 3 == 0 else None),
        favourite=index % 25 == 0,
        source="demo",
        source_id=str(index + 1),
    )
    ctx.session.add(counterparty)
    ctx.session.flush()
    _add_details(ctx, counterparty.id or 0, group, index)


def _nature(index: int, kind: Kind) -> str | None:
    """Head office or antenna as the directories say it; unknown for a classic supplier."""
    if kind is Kind.CLASSIC:
        return None
    return (Nature.ANTENNA if index % 5 == 4 else Nature.HEAD_OFFICE).value


def _client_references(index: int, activity: str, place: str) -> list[dict[str, str]]:
    """None, one or two references, picked from the index (the random draws stay the same)."""
    picked = [CLIENT_REFERENCES[(index + step) % len(CLIENT_REFERENCES)]
              for step in range(index % 3)]
    return [{"name": name.format(place=place),
             "description": text.format(activity=activity)}
            for name, text in picked]


def _add_details(ctx: DemoContext, counterparty_id: int, group: str, index: int) -> None:
    rng, session = ctx.rng, ctx.session
    for sector_id in rng.sample(
        ctx.sectors_by_group[group], k=min(2, len(ctx.sectors_by_group[group]))
    ):
        session.add(CounterpartySector(counterparty_id=counterparty_id, sector_id=sector_id))
    if index % 3 == 0:
        start = ctx.today - timedelta(days=rng.randint(200, 900))
        days = rng.choice([400, 700, 200, 45, 900, 500, 300, 1200]) if index % 60 else -30
        until = ctx.today + timedelta(days=days)
        session.add(
            CounterpartyLabel(
                counterparty_id=counterparty_id,
                name=names.LABELS[(index // 3) % len(names.LABELS)],
                valid_from=start,
                valid_until=until,
            )
        )
    for position in range(1 + index % 2):
        first = names.FIRST_NAMES[(index + position * 5) % len(names.FIRST_NAMES)]
        last = names.LAST_NAMES[(index * 3 + position) % len(names.LAST_NAMES)]
        session.add(
            Contact(
                counterparty_id=counterparty_id,
                first_name=first,
                last_name=last,
                role=names.ROLES[(index + position) % len(names.ROLES)],
                email=f"{fold(first)}.{fold(last)}@demo-srm.invalid".replace(" ", "-"),
                phone=f"+3319901{(index * 2 + position) % 10000:04d}",
                last_interaction=ctx.today - timedelta(days=rng.randint(5, 1500)),
            )
        )


def _post_code(dept: str, rng: random.Random) -> str:
    if dept == "2A":
        return "20090"
    if dept == "2B":
        return "20200"
    if len(dept) == 3:
        return f"{dept}{rng.randint(10, 90)}"
    return f"{dept}{rng.randint(0, 9)}{rng.randint(0, 9)}0"


def _people_and_objectives(ctx: DemoContext) -> None:
    """Three buyers in one team, each with a sheet of objectives for this year and last year."""
    team = Team(name="Direction des achats")
    ctx.session.add(team)
    ctx.session.flush()
    for index, (name, variable) in enumerate(
        (("Claire Fontaine", 500_000), ("Karim Benali", 400_000), ("Sophie Girard", 450_000))
    ):
        person = Person(
            name=name,
            role="Acheteuse" if index != 1 else "Acheteur",
            email=f"{fold(name).replace(' ', '.')}@bellerive-demo.invalid",
            team_id=team.id,
        )
        ctx.session.add(person)
        ctx.session.flush()
        for year in (ctx.today.year - 1, ctx.today.year):
            _objective_sheet(ctx, person.id or 0, year, variable, index)


def _objective_sheet(
    ctx: DemoContext, person_id: int, year: int, variable: int, index: int
) -> None:
    sheet = ObjectiveSheet(person_id=person_id, year=year, target_variable_cents=variable)
    ctx.session.add(sheet)
    ctx.session.flush()
    spend, hours, tested = ((450_000, 1_000, 6), (700_000, 1_100, 6), (750_000, 1_500, 7))[index]
    rows = (
        ("Achats inclusifs", "inclusive_spend", Decimal(spend), 40),
        ("Heures d'insertion réalisées", "insertion_hours", Decimal(hours), 20),
        ("Satisfaction fournisseurs", "quality_score", Decimal("4.0"), 20),
        ("Nouveaux fournisseurs inclusifs testés", "new_suppliers_tested", Decimal(tested), 20),
    )
    for position, (label, code, target, weight) in enumerate(rows):
        ctx.session.add(
            Objective(
                sheet_id=sheet.id or 0,
                position=position,
                label=label,
                indicator=code,
                basis="paid",
                # as the objective form gives it: « 6 structures », "6 structures" in English
                unit=indicator(code).unit,
                target=target.quantize(Decimal("0.01")),
                weight=Decimal(weight),
            )
        )
