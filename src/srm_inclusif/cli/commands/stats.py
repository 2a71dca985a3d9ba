"""``srm-inclusif stats``: the year's KPIs for the organisation, a person or a team; objectives."""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from srm_inclusif.cli.common import fail, figure, open_cli_workspace
from srm_inclusif.cli.options import add_basis_option
from srm_inclusif.core import clock, kpi
from srm_inclusif.core.errors import SrmError
from srm_inclusif.core.fiscal_year import fiscal_year_label
from srm_inclusif.core.indicators import indicator
from srm_inclusif.core.kinds import Family
from srm_inclusif.core.kpi_facts import ORGANISATION, KpiData, Period, Scope
from srm_inclusif.core.money import amount_text, format_eur, to_cents
from srm_inclusif.core.numbers import percent_of, score_text
from srm_inclusif.core.objective_sheet import FigureKind, figure_kind, figure_text
from srm_inclusif.core.payout import achievement
from srm_inclusif.core.vocabulary import Profile, SpendBasis, profile_in_use
from srm_inclusif.storage.services.kpi_data import (
    load_kpi_data,
    objective_actuals,
    quality_direction,
    sheet_period,
)
from srm_inclusif.storage.services.objectives import list_sheets, sheet_objectives
from srm_inclusif.storage.services.opening_basis import opening_basis
from srm_inclusif.storage.services.people import find_person, find_team
from srm_inclusif.storage.services.settings import workspace_fiscal_year


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``stats`` command."""
    parser = subparsers.add_parser(
        "stats", help="indicateurs de l'année (achats inclusifs, contrats, qualité, heures)",
        description="Indicateurs d'achats inclusifs d'une année et atteinte des objectifs.")
    parser.add_argument("--year", type=int, metavar="ANNÉE",
                        help="année des indicateurs (exercice commençant cette année-là ; par "
                             "défaut celui en cours, comme le tableau de bord)")
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--person", metavar="NOM",
                     help="une personne, ou une équipe si aucune personne n'a ce nom (sinon "
                          "l'organisation)")
    who.add_argument("--team", metavar="NOM",
                     help="une équipe : les achats de ses membres, comme sa fiche objectifs")
    add_basis_option(
        parser, default=None,
        default_text="par défaut celle du tableau de bord (la base des objectifs d'achats de "
                     "l'année, sinon la seule des achats, sinon facturé)")
    parser.add_argument("--json", action="store_true", help="un document JSON sur la sortie")
    parser.set_defaults(handler=handle)


@dataclass(frozen=True)
class ObjectiveLine:
    """One objective of a sheet with its actual and achievement."""

    owner: str
    label: str
    unit: str
    target: Decimal
    actual: Decimal | None
    achievement: Decimal | None


def handle(args: argparse.Namespace) -> int:
    """Compute and print the KPIs."""
    workspace = open_cli_workspace(args)
    try:
        doc = _collect(workspace.engine, args)
    except SrmError as error:
        return fail(str(error), as_json=args.json)
    finally:
        workspace.close()
    if args.json:
        print(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        print("\n".join(as_text(doc)))
    return 0


@dataclass(frozen=True)
class Whose:
    """Whose figures: a person's, a team's (its members'), or the organisation's (no name)."""

    scope: Scope = ORGANISATION
    person: str | None = None
    team: str | None = None


def _whose(engine: Any, args: argparse.Namespace) -> Whose:
    """The person or team named by ``--person`` (a person first, else a team) or ``--team``."""
    if args.team:
        team = _team(engine, args.team)
        if team is None:
            raise SrmError(f"Équipe inconnue : « {args.team} ».", name=args.team)
        return team
    if not args.person:
        return Whose()
    # a person deactivated since keeps her figures of the years she was there
    person = find_person(engine, args.person, active_only=False)
    if person is not None:
        return Whose(Scope(person_id=person.id), person=person.name)
    team = _team(engine, args.person)
    if team is None:
        raise SrmError(f"Personne inconnue : aucune personne ni équipe ne s'appelle "
                       f"« {args.person} ».", name=args.person)
    return team


def _team(engine: Any, name: str) -> Whose | None:
    team = find_team(engine, name)
    return Whose(Scope(team_id=team.id), team=team.name) if team is not None else None


def _collect(engine: Any, args: argparse.Namespace) -> dict[str, Any]:
    whose = _whose(engine, args)
    scope = whose.scope
    # the year the dashboard and the Objectifs page open on: the one today falls in
    year = (workspace_fiscal_year(engine, day=clock.system_today()) if args.year is None
            else args.year)
    period = sheet_period(engine, year=year)
    data = load_kpi_data(engine, start=period.start, end=period.end)
    # the basis the dashboard opens on for the same year and person or team, unless one is asked
    basis = args.basis or opening_basis(engine, year=year, person_id=scope.person_id,
                                        team_id=scope.team_id).value
    doc = figures(data, period, scope, basis, quality_direction(engine))
    if profile_in_use().is_seller:
        doc.update(seller_figures(data, period, scope))
    doc.update({"profil": profile_in_use().value, "annee": year, "personne": whose.person,
                "equipe": whose.team, "base": basis, "du": period.start.isoformat(),
                "au": period.end.isoformat()})
    doc["objectifs"] = [_objective_json(o) for o in _objectives(engine, year, scope)]
    return doc


def _str(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def figures(data: KpiData, period: Period, scope: Scope, basis: str,
            direction: str) -> dict[str, Any]:
    """The KPIs as a JSON-ready dict (amounts in euros as exact decimal strings)."""
    lines = kpi.spend_lines(data, period, scope, basis)
    inclusive = kpi.total_cents(lines, kpi.is_inclusive)
    families = kpi.split_cents(lines, "family")
    hours = kpi.insertion_hours(data, period, scope)
    quality, _ = kpi.quality_score(data, period, scope, direction)
    renewal, _ = kpi.renewal(data, period, scope)
    return {
        "achats_totaux": _euros(kpi.total_cents(lines)),
        "achats_inclusifs": _euros(inclusive),
        "achats_insertion": _euros(families.get(Family.INSERTION.value, 0)),
        "achats_handicap": _euros(families.get(Family.HANDICAP.value, 0)),
        "achats_ess": _euros(families.get(Family.ESS.value, 0)),
        "achats_inclusifs_par_type": {k: _euros(v) for k, v in sorted(
            kpi.split_cents(lines, "kind", inclusive_only=True).items())},
        "part_inclusive_pct": _str(kpi.share_percent(inclusive, kpi.total_cents(lines))),
        "contrats": kpi.contract_counts(data, period, scope),
        "nouvelles_structures_testees": len(kpi.new_suppliers_tested(data, period, scope)),
        "note_qualite": _str(quality),
        "heures_insertion_prevues": str(hours.planned),
        "heures_insertion_realisees": str(hours.realised),
        "taux_realisation_heures_pct": _str(hours.rate),
        "taux_renouvellement_pct": _str(renewal),
    }


def seller_figures(data: KpiData, period: Period, scope: Scope) -> dict[str, Any]:
    """A structure inclusive's counts with all her clients, whatever their kind."""
    def count(code: str) -> int:
        return int(kpi.compute(code, data, period, scope).value or 0)
    return {"contrats_clients": {"contracts": count("all_contracts"),
                                 "test_contracts": count("all_test_contracts")},
            "nouveaux_clients_testes": count("new_counterparties_tested")}


def _euros(cents: int) -> str:
    return f"{Decimal(cents) / 100:.2f}"


def _objectives(engine: Any, year: int, scope: Scope) -> list[ObjectiveLine]:
    """The objectives of the year's sheets: the person's, the team's own sheet, or all."""
    result = []
    for sheet in list_sheets(engine, year=year):
        if scope != ORGANISATION and (sheet.person_id, sheet.team_id) != (
                scope.person_id, scope.team_id):
            continue
        actuals = {a.objective_id: a.actual
                   for a in objective_actuals(engine, sheet_id=sheet.id,
                                              as_of=clock.system_today())}
        for objective in sheet_objectives(engine, sheet_id=sheet.id):
            v, actual = objective.values, actuals.get(objective.id)
            ratio = None if actual is None else achievement(
                actual, v.target, lower_is_better=v.lower_is_better)
            result.append(ObjectiveLine(sheet.owner_name, v.label, v.unit, v.target, actual,
                                        ratio))
    return result


def _objective_json(line: ObjectiveLine) -> dict[str, Any]:
    pct = None if line.achievement is None or not line.achievement.is_finite() else (
        line.achievement * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return {"titulaire": line.owner, "objectif": line.label, "unite": line.unit,
            "cible": str(line.target), "reel": _str(line.actual), "atteinte_pct": _str(pct)}


def _eur_text(euros: str) -> str:
    return format_eur(to_cents(Decimal(euros)))


def as_text(doc: dict[str, Any]) -> list[str]:
    """The KPIs as French lines for a terminal, in the words of the workspace's profile."""
    team = doc.get("equipe")
    who = doc["personne"] or (f"équipe {team}" if team else "toute l'organisation")
    basis = SpendBasis(doc["base"]).label.lower()
    seller = doc.get("profil") == Profile.STRUCTURE_INCLUSIVE.value
    year = fiscal_year_label(doc["annee"], date.fromisoformat(doc["du"]).month)
    lines = [f"Indicateurs {year} — {who} (montants HT, base : {basis})"]
    lines += _seller_lines(doc) if seller else _buyer_lines(doc)
    quality = doc["note_qualite"]
    lines += [f"  {_quality_label(seller)} : "
              f"{UNKNOWN if quality is None else score_text(quality)}",
              f"  Heures d'insertion : {_fr(doc['heures_insertion_realisees'])} réalisées sur "
              f"{_fr(doc['heures_insertion_prevues'])} prévues",
              f"  Heures d'insertion (taux) : {_percent(doc['taux_realisation_heures_pct'])}",
              f"  Taux de renouvellement : {_percent(doc['taux_renouvellement_pct'])}"]
    if doc["objectifs"]:
        lines.append("  Objectifs :")
    for o in doc["objectifs"]:
        lines.append(f"    {o['titulaire']} — {o['objectif']} : réel "
                     f"{_objective_figure(o['reel'], o['unite'])}, objectif "
                     f"{_objective_figure(o['cible'], o['unite'])} ; atteinte "
                     f"{_percent(o['atteinte_pct'])}")
    return lines


def _buyer_lines(doc: dict[str, Any]) -> list[str]:
    """A buyer's purchases, inclusive ones and his contracts with inclusive structures."""
    lines = [f"  Achats totaux : {_eur_text(doc['achats_totaux'])}",
             f"  Achats inclusifs : {_eur_text(doc['achats_inclusifs'])} "
             f"(part : {_percent(doc['part_inclusive_pct'], 'non calculable')})",
             f"    dont insertion : {_eur_text(doc['achats_insertion'])} ; "
             f"handicap : {_eur_text(doc['achats_handicap'])}"]
    lines += [f"    {kind} : {_eur_text(v)}"
              for kind, v in doc["achats_inclusifs_par_type"].items()]
    c = doc["contrats"]
    return [*lines,
            f"  Contrats inclusifs : {c['contracts']} (dont marchés test : "
            f"{c['test_contracts']}, réservés : {c['reserved_contracts']}, avec clause "
            f"sociale : {c['clause_contracts']})",
            f"  Nouvelles structures testées : {doc['nouvelles_structures_testees']}"]


def _seller_lines(doc: dict[str, Any]) -> list[str]:
    """A structure inclusive's sales and her contracts with all her clients.

    Named as her objectives name them; no inclusive share: her clients are mostly ordinary
    companies, and the dashboard shows her none either.
    """
    c = doc["contrats_clients"]
    return [f"  {indicator('total_spend').label} : {_eur_text(doc['achats_totaux'])}",
            f"  {indicator('all_contracts').label} : {c['contracts']} (dont marchés test : "
            f"{c['test_contracts']})",
            f"  {indicator('new_counterparties_tested').label} : "
            f"{doc['nouveaux_clients_testes']}"]


def _quality_label(seller: bool) -> str:
    """« Note de qualité » of a buyer's feedback, her clients' satisfaction for a seller."""
    return indicator("quality_score").label if seller else "Note de qualité"


#: What a figure that cannot be computed reads (never « — % »).
UNKNOWN = "—"


def _fr(text: str | None) -> str:
    """A decimal string in French: thin-space thousands, decimal comma; a dash when unknown."""
    return UNKNOWN if text is None else figure(Decimal(text))


def _percent(text: str | None, unknown: str = UNKNOWN) -> str:
    """A percentage as every view writes one (``24,00 %``); ``unknown`` when it is None."""
    return unknown if text is None else percent_of(Decimal(text) / 100)


def _objective_figure(text: str | None, unit: str) -> str:
    """An objective's target or actual, written as the rest of the app writes it.

    An amount as every amount (``core.money``: ``500 000 €``), a score as every score
    (``4,20 / 5``), any other figure as the objective sheet writes it (``2 000 h``).
    """
    if text is None:
        return UNKNOWN
    value = Decimal(text)
    if figure_kind(unit) is FigureKind.MONEY:
        return amount_text(to_cents(value))
    return figure_text(value, unit)
