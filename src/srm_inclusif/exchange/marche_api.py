"""Read pages saved from the Marché de l'inclusion API (``{count, next, previous, results}``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.exchange.sniff import AS_CP1252, ImportFormatError

Values = dict[str, Any]
BAD_JSON = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » n'est pas un JSON valide : erreur ligne {line}, colonne {column}.")
TRUNCATED_JSON = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » n'est pas un JSON valide : le fichier s'arrête avant la fin du document "
    "(enregistrement interrompu ?).")
UNREADABLE_JSON = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » n'est pas un JSON valide : son texte n'est ni en UTF-8 ni en "
    "Windows-1252.")
NOT_AN_API_PAGE = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » n'est pas une page de l'API du Marché de l'inclusion "
    "(liste « results » attendue).")
NO_STRUCTURE = QT_TRANSLATE_NOOP("Errors", "« {name} » ne contient aucune structure.")


def load_results(path: Path, encoding: str) -> list[dict[str, Any]]:
    """The structures of one saved page (a bare list of structures is accepted too)."""
    try:
        encoding = encoding or "utf-8"
        errors = AS_CP1252 if encoding.startswith("utf") else "strict"
        with path.open(encoding=encoding, errors=errors) as handle:
            document = json.load(handle)
    except json.JSONDecodeError as error:
        raise _invalid(path, error) from error
    except UnicodeDecodeError as error:
        raise ImportFormatError.of(UNREADABLE_JSON, name=path.name, path=str(path)) from error
    results = document.get("results") if isinstance(document, dict) else document
    if not isinstance(results, list) or not all(isinstance(r, dict) for r in results):
        raise ImportFormatError.of(NOT_AN_API_PAGE, name=path.name, path=str(path))
    if not results:
        raise ImportFormatError.of(NO_STRUCTURE, name=path.name, path=str(path))
    return results


def _invalid(path: Path, error: json.JSONDecodeError) -> ImportFormatError:
    """Where the JSON breaks, in French (the decoder's own text is English)."""
    truncated = not error.doc[error.pos:].strip()
    return ImportFormatError.of(TRUNCATED_JSON if truncated else BAD_JSON, name=path.name,
                                line=error.lineno, column=error.colno, path=str(path))


def iter_structures(path: Path, encoding: str) -> Iterator[tuple[int, Values, bool]]:
    """``(position in the page, field values, active)`` for each structure of a page."""
    for position, item in enumerate(load_results(path, encoding), start=1):
        yield position, structure_values(item), item.get("is_active", True) is not False


def structure_values(item: dict[str, Any]) -> Values:
    """Map one API structure onto the app's supplier fields."""
    return {
        "name": item.get("name"), "brand": item.get("brand"), "siret": item.get("siret"),
        "kind": item.get("kind"), "nature": item.get("nature"), "address": item.get("address"),
        "city": item.get("city"), "post_code": item.get("post_code"),
        "website": item.get("contact_website"),
        "social_website": item.get("contact_social_website"),
        "sectors": [texts for s in _dicts(item.get("sectors")) if (texts := _sector_texts(s))],
        "service_types": [str(p) for p in item.get("presta_types") or []],
        "networks": [n.get("name") for n in _dicts(item.get("networks")) if n.get("name")],
        "offers": [{"name": o.get("name"), "description": o.get("description")}
                   for o in _dicts(item.get("offers"))],
        # the logo is a link to the Marché's servers: the app works offline
        "client_references": [{"name": r.get("name"), "description": r.get("description")}
                              for r in _dicts(item.get("client_references"))],
        "labels": [label.get("name") for label in _dicts(item.get("labels_old"))],
        "is_qpv": bool(item.get("is_qpv")),
        "source_id": str(item.get("slug") or item.get("id") or "") or None,
    }


def _sector_texts(sector: dict[str, Any]) -> tuple[str, ...]:
    """A sector's texts to match, its readable name first: the one kept when none matches.

    The slug is tried first (exact, and stable where a name was reworded); a slug alone is
    kept as the words it spells (« numérisation-de-documents » → « Numérisation de documents »).
    """
    name, slug = (str(sector.get(key) or "").strip() for key in ("name", "slug"))
    readable = name or slug.replace("-", " ").strip().capitalize()
    return tuple(dict.fromkeys(text for text in (readable, slug) if text))


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value or [] if isinstance(v, dict)]
