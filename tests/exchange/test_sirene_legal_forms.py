"""A SIRENE establishment's card gives its legal form as INSEE names it, not as a bare code.

The legal unit's ``categorieJuridiqueUniteLegale`` (« 5458 ») reads as its label, else as the
label of its level II (its first two digits), else as « Catégorie juridique NNNN ».
"""

from __future__ import annotations

from srm_inclusif.core.legal_forms import legal_form_labels
from srm_inclusif.core.siret import make_siret
from srm_inclusif.exchange.text_limits import SUPPLIER_LIMITS
from tests.exchange.import_support import run, stored
from tests.exchange.test_sirene_names import establishment, establishments, units

SCOP, OLD_SARL, ODD, AI = (make_siret(40_000_000 + n, 1) for n in range(1, 5))


def unit(siret: str, name: str, category: str) -> list[str]:
    return [siret[:9], "O", "", "", name, category, "N"]


def test_the_card_says_the_legal_form_in_words(workspace, tmp_path):
    summary = run(workspace,
                  establishments(tmp_path, *(establishment(s) for s in (SCOP, OLD_SARL, ODD, AI))),
                  units(tmp_path, unit(SCOP, "ATELIERS DU BOCAGE", "5458"),
                        unit(OLD_SARL, "BOIS ET PALETTES", "5498"),
                        unit(ODD, "INCONNUE", "1999"),
                        unit(AI, "SOLIDARITE EMPLOI", "9222")))

    assert (summary.inserted, summary.rejected, summary.flagged) == (4, 0, 0)
    assert stored(workspace, "legal_form") == {
        "Ateliers du Bocage": "SARL coopérative de production (SCOP)",
        # a code INSEE no longer lists: its level II
        "Bois et Palettes": "Société à responsabilité limitée (SARL)",
        "Inconnue": "Catégorie juridique 1999",
        "Solidarite Emploi": "Association intermédiaire",
    }


def test_every_label_fits_the_card_whole():
    too_long = {code: label for code, label in legal_form_labels().items()
                if len(label) > SUPPLIER_LIMITS["legal_form"]}

    assert too_long == {}
