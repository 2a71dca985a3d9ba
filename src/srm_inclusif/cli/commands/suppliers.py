"""``srm-inclusif [--db PATH] suppliers search [QUERY] [--kind K]... [--nature N]... [--json]``.

Find structures by words and facets; the facets are those of the counterparty list.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from srm_inclusif.cli.common import counted, fail, open_cli_workspace
from srm_inclusif.core.kinds import Kind, fold, kind_code_label
from srm_inclusif.core.search_query import NATURE_NOT_GIVEN
from srm_inclusif.core.vocabulary import Nature, parse_nature

#: The ``--nature`` words and the ``natures`` facet code each one checks.
NATURE_CHOICES = {"siege": Nature.HEAD_OFFICE.value, "antenne": Nature.ANTENNA.value,
                  "non-renseigne": NATURE_NOT_GIVEN}


def register(subparsers: Any) -> None:
    """Add the ``suppliers`` command and its ``search`` subcommand."""
    parser = subparsers.add_parser(
        "suppliers", help="rechercher dans le registre des fournisseurs (ou clients)",
        description="Registre des fournisseurs / clients.")
    sub = parser.add_subparsers(title="actions", metavar="ACTION", required=True, prog=parser.prog,
                                parser_class=type(parser))
    search = sub.add_parser(
        "search", help="rechercher des structures",
        description="Recherche sans accents ni majuscules, par début de mot, sur le nom, "
                    "l'enseigne, la ville, les secteurs, les offres et les contacts, ou par "
                    "SIRET (14 chiffres) ; résultats du plus pertinent au moins pertinent.")
    search.add_argument("query", nargs="*", default=[], metavar="TEXTE",
                        help="mots recherchés (ex. « nett lyon ») ou SIRET (espaces permis)")
    search.add_argument("--kind", action="append", default=[], type=str.upper,
                        choices=[k.value for k in Kind], metavar="TYPE",
                        help="type de structure (EI, ESAT, EA…) ; répétable")
    search.add_argument("--nature", action="append", default=[], type=_nature_word,
                        choices=list(NATURE_CHOICES),
                        help="siège, antenne ou nature non renseignée (codes HEAD_OFFICE, "
                             "ANTENNA, NOT_GIVEN acceptés) ; répétable")
    search.add_argument("--department", action="append", default=[], metavar="DEPT",
                        help="code de département (69, 2A, 971…) ; répétable")
    search.add_argument("--sector", action="append", default=[], metavar="SLUG",
                        help="secteur de la liste de référence ; répétable")
    search.add_argument("--limit", type=int, default=50, metavar="N",
                        help="nombre maximum de résultats (50 par défaut)")
    search.add_argument("--json", action="store_true", help="sortie JSON (un tableau)")
    search.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    """Print the matching structures in ranking order."""
    from srm_inclusif.core.geo import departments
    from srm_inclusif.core.search_query import CounterpartyFilter

    unknown = [d for d in args.department if d.upper() not in departments()]
    if unknown:
        return fail(f"département inconnu : {', '.join(unknown)}", as_json=args.json)
    if args.limit < 1:
        return fail("--limit doit être au moins 1.", as_json=args.json)
    flt = CounterpartyFilter(text=" ".join(args.query), kinds=frozenset(args.kind),
                             natures=frozenset(NATURE_CHOICES[n] for n in args.nature),
                             departments=frozenset(d.upper() for d in args.department),
                             sectors=frozenset(args.sector))
    workspace = open_cli_workspace(args)
    try:
        missing = _unknown_sectors(workspace.engine, args.sector)
        if missing:
            return fail(f"secteur inconnu : {', '.join(missing)}", as_json=args.json)
        found = _search(workspace.engine, flt, args.limit)
    finally:
        workspace.close()
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=2))
    else:
        _print_table(found)
    return 0


def _nature_word(text: str) -> str:
    """The ``--nature`` word of what was typed, else the text folded (argparse then refuses it).

    A nature reads as the imports read it (« Siège social », ``ANTENNA``…); ``NOT_GIVEN`` too.
    """
    nature = parse_nature(text)
    folded = fold(nature.value if nature is not None else text).replace(" ", "-")
    by_code = {fold(code).replace(" ", "-"): word for word, code in NATURE_CHOICES.items()}
    return by_code.get(folded, folded)


def _unknown_sectors(engine: Any, slugs: list[str]) -> list[str]:
    import sqlalchemy as sa
    from sqlmodel import col

    from srm_inclusif.storage.tables import Sector

    with engine.connect() as conn:
        slug = col(Sector.slug)
        known = set(conn.execute(sa.select(slug).where(slug.in_(slugs))).scalars())
    return [s for s in slugs if s not in known]


def _search(engine: Any, flt: Any, limit: int) -> list[dict[str, Any]]:
    from srm_inclusif.core.clock import system_today
    from srm_inclusif.storage.services.counterparties import (
        search_counterparties,
        sectors_by_counterparty,
    )

    rows = search_counterparties(engine, flt=flt, today=system_today(), limit=limit)
    sectors = sectors_by_counterparty(engine, ids=[r.id for r in rows])
    return [{"id": r.id, "siret": r.siret, "name": r.name, "kind": r.kind, "nature": r.nature,
             "post_code": r.post_code, "city": r.city, "department": r.department_code,
             "sectors": [name for _, name in sectors[r.id]],
             "sector_slugs": [slug for slug, _ in sectors[r.id]],
             "valid_labels": [x for x in r.labels.split(", ") if x], "favourite": r.favourite}
            for r in rows]


def _nature_column(code: str | None) -> str:
    """The nature as the list's last column (« | Antenne »), nothing when it is not known."""
    nature = parse_nature(code)
    return f" | {nature.label}" if nature else ""


def _print_table(found: list[dict[str, Any]]) -> None:
    if not found:
        print("Aucune structure ne correspond.")
        return
    for item in found:
        place = " ".join(p for p in (item["post_code"], item["city"]) if p)
        print(f"{item['name']} | {kind_code_label(item['kind'])} | {place} | "
              f"dépt {item['department'] or '—'} | SIRET {item['siret'] or '—'}"
              f"{_nature_column(item['nature'])}")
    print(counted(len(found), "structure.", "structures."))
