"""The column-by-column path of big text files gives the same records as the row-by-row one."""

from __future__ import annotations

import random
from dataclasses import fields

import numpy as np
import pytest
from stdnum import luhn
from stdnum.fr import siret as stdnum_siret

from srm_inclusif.core.sectors import SectorIndex
from srm_inclusif.core.siret import check_siret, make_siret
from srm_inclusif.exchange.records import ReadOptions, RecordBuilder
from srm_inclusif.exchange.records_batch import batch_supported, build_suppliers
from srm_inclusif.exchange.siret_columns import luhn_ok
from srm_inclusif.storage.services.import_records import SupplierRecord

SECTORS = [(1, "nettoyage", "Nettoyage de locaux", "Propreté"),
           (2, "espaces-verts", "Espaces verts", "Environnement")]
HEADER = ["name", "brand", "siret", "kind", "address", "address2", "post_code", "city", "phone",
          "email", "website", "sectors", "headcount_permanent", "legal_form", "notes",
          "service_types", "networks", "source_id", "headcount_insertion", "siret_alt"]


def test_numpy_luhn_agrees_with_stdnum_on_random_numbers():
    rng = random.Random(3)
    values = [f"{rng.randrange(10**14):014d}" for _ in range(3000)]
    values += [make_siret(rng.randrange(10**7, 10**8), rng.randrange(1, 9999))
               for _ in range(1000)]
    digits = np.array([[int(c) for c in v] for v in values])
    assert luhn_ok(digits).tolist() == [luhn.is_valid(v) for v in values]
    assert luhn_ok(digits[:, :9]).tolist() == [luhn.is_valid(v[:9]) for v in values]
    assert any(luhn_ok(digits))
    assert not all(luhn_ok(digits))


def _rows() -> list[tuple[int, list[str]]]:
    rng = random.Random(11)
    good = make_siret(12345678, 10)
    cells = [
        ["Atelier Vert", "Atelier Vert", good, "EA", "1 rue A", "BP 4", "75011", "Paris",
         "01 23 45 67 89", "contact@vert.fr", "https://vert.fr", "Espaces verts", "12,5",
         "Association", "note"],
        ["", "Seule enseigne", f"{good[:3]} {good[3:6]} {good[6:9]} {good[9:]}", "Entreprise "
         "adaptée (EA)", "2 rue\nB", "", "1000", "Lyon", "123", "pas-un-mail", "", "Blanchisserie"
         ", Nettoyage de locaux", "n/a", "#N/D", ""],
        ["", "", good, "EI"],
        ["Placeholder", "", "99999999999999", "Inconnu", "", "", "ABC", "", "", "", "", "", "",
         "", ""],
        ["Clé fausse", "B", "12345678901234", "esat", "", "", "20090", "Ajaccio", "0612345678",
         "MAILTO:X@Y.FR", "N/A", "Traiteur; Espaces verts", "3", "SARL", ""],
        ["Ligne courte", "", "", "ACI"],
        ["Placeholder valide", "", make_siret(12345678, 9990), "EI"],
        ["Zéros", "", "00000000000000", "EI"], ["Zéros bis", "", "000 000 000 00000", "EI"],
        *[[f"La Poste {n}", "", make_siret(35600000, n), "EI"] for n in range(1234, 1240)],
        ["La Poste", "", "35600000000048", "", "", "", "97400", "", "", "", "", "",
         "", "", ""],
        ["   ", "  ", "", "", "", "", "", "", "", "", "", "", "", "", ""],
        # cut to 250 characters: the matching key is the stored name's on both paths
        ["Association " + "très " * 50 + "longue ÉTAPE", "", "", "EI"],
    ]
    for i in range(300):
        cells.append([f"Structure {i}", f"Enseigne {i % 7}",
                      make_siret(10_000_000 + i, i % 900 + 10) if i % 5 else f"{i:014d}" * (i % 2),
                      rng.choice(["EI", "ETTI", "GEIQ", "xx", ""]), f"{i} rue", "",
                      rng.choice(["75011", "6900", "2A004", "", "99999"]), "Ville",
                      rng.choice(["04 12 00 00 12", "+33 6 12 34 56 78", "abc", ""]),
                      rng.choice([f"c{i}@s.fr", "bad@", ""]), "", rng.choice(
                          ["Espaces verts", "Inconnu", "", "Nettoyage de locaux|Espaces verts"]),
                      str(i % 50), "Association", "", rng.choice(["Prestation; Mise à "
                      "disposition", ""]), rng.choice(["Gesat", "", "Unea, Gesat"]), f"ID{i}",
                      rng.choice(["4,5", "x", ""]), rng.choice([make_siret(20_000_000 + i, 1), ""]),
                      ])
    return [(line, row) for line, row in enumerate(cells, start=2)]


@pytest.mark.parametrize("pad", [False, True])
def test_columns_give_the_same_records_and_issues_as_rows(pad: bool):
    mapping = dict(enumerate(HEADER))
    assert batch_supported(mapping)
    options = ReadOptions(pad_siret_zeros=pad)
    row_builder = RecordBuilder("a.csv", SectorIndex(SECTORS), options)
    batch_builder = RecordBuilder("a.csv", SectorIndex(SECTORS), options)
    rows = _rows()
    expected = [row_builder.supplier(line, {name: cells[i] for i, name in mapping.items()
                                            if i < len(cells)}) for line, cells in rows]
    got = build_suppliers(batch_builder, rows, mapping)
    assert got == expected
    declared = {f.name for f in fields(SupplierRecord)}
    assert all(set(vars(item)) == declared for item in got if isinstance(item, SupplierRecord))
    kinds = {type(item).__name__ for item in got}
    assert kinds == {"SupplierRecord", "RowIssue"}
    assert sum(len(getattr(item, "flags", [])) for item in got) > 100


def test_siret_validity_matches_stdnum_and_its_placeholder_rules():
    rng = random.Random(5)
    values = [f"{rng.randrange(10**14):014d}" for _ in range(500)]
    values += [make_siret(rng.randrange(10**7, 10**8), rng.randrange(1, 9999))
               for _ in range(500)]
    rows = [(n, [f"S{n}", v]) for n, v in enumerate(values, start=2)]
    builder = RecordBuilder("a.csv", SectorIndex(SECTORS), ReadOptions())
    got = build_suppliers(builder, rows, {0: "name", 1: "siret"})
    for value, record in zip(values, got, strict=True):
        assert (record.siret_status == "valid") == (check_siret(value).status.value == "valid")
        if record.siret_status == "valid":
            assert stdnum_siret.is_valid(value)


def test_mapping_with_contact_fields_goes_row_by_row():
    assert not batch_supported({0: "name", 1: "contact_last_name"})


def test_a_row_naming_no_kind_has_none_on_both_paths():
    # no value: the merge never writes over a known kind (a new structure without one is classic)
    rows = [(2, ["ESAT Les Calanques", ""]), (3, ["Atelier Vert", "EA"]), (4, ["Lac", "xx"])]
    by_row, by_column = (RecordBuilder("f.csv", SectorIndex([]), ReadOptions()) for _ in range(2))
    expected = [by_row.supplier(line, {"name": name, "kind": raw}) for line, (name, raw) in rows]

    assert build_suppliers(by_column, rows, {0: "name", 1: "kind"}) == expected
    assert [record.kind for record in expected] == [None, "EA", None]
