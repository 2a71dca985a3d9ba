"""``srm-inclusif oeth``: estimate the OETH contribution and the deduction earned by purchases."""

from __future__ import annotations

import argparse
import json
from decimal import Decimal, InvalidOperation
from typing import Any

from srm_inclusif.cli.common import fail, figure, open_cli_workspace
from srm_inclusif.core.errors import SrmError
from srm_inclusif.core.money import format_eur
from srm_inclusif.core.numbers import as_percent, grouped, in_euros
from srm_inclusif.core.oeth import OethEstimate, estimate
from srm_inclusif.core.oeth_bases import unpaid_purchases_note
from srm_inclusif.core.vocabulary import SpendBasis
from srm_inclusif.storage.services.kpi_data import oeth_purchases
from srm_inclusif.storage.services.oeth_bases import oeth_cents_by_basis
from srm_inclusif.storage.services.parameters import oeth_parameters


def _decimal(text: str) -> Decimal:
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"nombre invalide : {text}") from None


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``oeth`` command."""
    parser = subparsers.add_parser(
        "oeth", help="estimer la contribution OETH et la déduction des achats EA, ESAT, TIH",
        description="Estimation de la contribution OETH (obligation d'emploi des travailleurs "
                    "handicapés) à partir des achats payés dans l'espace de travail.")
    parser.add_argument("--year", type=int, required=True, metavar="ANNÉE",
                        help="année civile de l'estimation (achats payés du 1er janvier au "
                             "31 décembre)")
    parser.add_argument("--headcount", type=_decimal, required=True, metavar="N",
                        help="effectif d'assujettissement (moyenne annuelle)")
    parser.add_argument("--boeth", type=_decimal, required=True, metavar="X",
                        help="nombre de BOETH employés (moyenne annuelle)")
    parser.add_argument("--labour-share", type=_decimal, default=None, metavar="PART",
                        help="part de main-d'œuvre supposée quand l'attestation manque "
                             "(0 à 1, défaut 1 ; le chiffre est alors une estimation)")
    parser.add_argument("--no-action-3-years", action="store_true",
                        help="aucune action depuis plus de 3 ans (surcontribution)")
    parser.add_argument("--json", action="store_true", help="un document JSON sur la sortie")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    """Compute and print the estimate."""
    workspace = open_cli_workspace(args)
    try:
        params = oeth_parameters(workspace.engine, year=args.year)
        purchases = oeth_purchases(workspace.engine, year=args.year,
                                   default_labour_share=args.labour_share)
        result = estimate(headcount=args.headcount, boeth=args.boeth, params=params,
                          purchases=purchases, no_action_3_years=args.no_action_3_years)
        by_basis = oeth_cents_by_basis(workspace.engine, year=args.year)
    except SrmError as error:
        return fail(str(error), as_json=args.json)
    finally:
        workspace.close()
    if args.json:
        print(json.dumps(as_json(args.year, result, by_basis), ensure_ascii=False, indent=2))
    else:
        print("\n".join(as_text(args.year, result, unpaid_purchases_note(by_basis))))
    return 0


def _euros(cents: int) -> str:
    return f"{Decimal(cents) / 100:.2f}"


def as_json(year: int, result: OethEstimate, by_basis: dict[str, int] | None = None
            ) -> dict[str, Any]:
    """The estimate as a JSON-ready dict (amounts in euros as exact decimal strings).

    ``by_basis``: the year's EA, ESAT and TIH purchases by basis; those of other bases than
    paid are listed apart (``achats_non_payes``), with the note saying they do not count.
    """
    unpaid = {basis: cents for basis, cents in (by_basis or {}).items()
              if basis != SpendBasis.PAID.value}
    return {
        "annee": year, "effectif": str(result.headcount), "boeth": str(result.boeth),
        "assujetti": result.subject, "beneficiaires_requis": result.required,
        "unites_manquantes": str(result.missing),
        "taux_emploi_direct_pct": str(result.direct_rate_percent),
        "coefficient": str(result.coefficient), "smic_horaire": str(result.smic),
        "contribution_brute": _euros(result.gross_cents),
        "achats": [{"fournisseur": p.label, "type": p.kind.value,
                    "montant_paye": _euros(p.amount_cents),
                    "cout_main_oeuvre": _euros(p.labour_cost_cents), "estimation": p.estimated}
                   for p in result.purchases],
        "deduction_avant_plafond": _euros(result.deduction_before_cap_cents),
        "plafond_pct": str(result.cap_rate * 100), "plafond": _euros(result.cap_cents),
        "deduction": _euros(result.deduction_cents),
        "contribution_nette": _euros(result.net_cents),
        "marge_restante": _euros(result.headroom_cents),
        "main_oeuvre_a_acheter": _euros(result.labour_needed_cents),
        "estimation": result.estimated,
        "achats_non_payes": {basis: _euros(cents) for basis, cents in sorted(unpaid.items())},
        "note_achats_non_payes": unpaid_purchases_note(by_basis or {}),
    }


def as_text(year: int, r: OethEstimate, unpaid_note: str | None = None) -> list[str]:
    """The estimate as French lines for a terminal; ``unpaid_note`` under the deduction.

    The note (``core.oeth_bases``) says which EA, ESAT and TIH purchases are left out because
    they are recorded on another basis than paid: a deduction of 0 € otherwise reads as none.
    """
    def eur(cents: int) -> str:
        return format_eur(cents, decimals=True)
    lines = [f"Estimation OETH {year}" + (" (estimation : main-d'œuvre supposée)"
                                         if r.estimated else ""),
             f"  Effectif : {figure(r.headcount)} ; BOETH : {figure(r.boeth)} ; "
             f"requis : {grouped(r.required)}",
             f"  Taux d'emploi direct : {as_percent(figure(r.direct_rate_percent))}",
             f"  Unités manquantes : {figure(r.missing)} × {figure(r.coefficient)} × "
             f"SMIC {in_euros(figure(r.smic))}",
             f"  Contribution brute : {eur(r.gross_cents)}"]
    if not r.subject:
        lines.append("  Entreprise de moins de 20 salariés : non assujettie.")
    for p in r.purchases:
        flag = " (estimé)" if p.estimated else ""
        lines.append(f"    {p.kind.value} {p.label} : payé {eur(p.amount_cents)}, "
                     f"main-d'œuvre {eur(p.labour_cost_cents)}{flag}")
    lines.append(f"  Déduction avant plafond : {eur(r.deduction_before_cap_cents)}")
    if unpaid_note:
        lines.append(f"    {unpaid_note}")
    lines += [f"  Plafond ({as_percent(grouped(r.cap_rate * 100))}) : {eur(r.cap_cents)}",
              f"  Déduction retenue : {eur(r.deduction_cents)}",
              f"  Contribution nette : {eur(r.net_cents)}",
              f"  Marge restante avant plafond : {eur(r.headroom_cents)}",
              f"  Coût de main-d'œuvre encore à acheter : {eur(r.labour_needed_cents)}"]
    return lines
