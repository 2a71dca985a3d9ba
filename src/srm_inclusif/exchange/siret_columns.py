"""The SIRET columns of imported rows, beyond the SIRET read: block checks, SIREN, second SIRET.

Plain SIRETs of a block of rows are checked at once (numpy). A row's SIREN column must agree
with the first 9 digits of the SIRET it keeps, and a second SIRET (Hosmoz « Siret 2 ») other
than the one kept is said: a structure stores one SIRET, the other would be lost silently.
"""

from __future__ import annotations

from typing import Any

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.normalise import clean_text
from srm_inclusif.core.siret import LA_POSTE_SIREN, clean_siret

#: Why a row is flagged (stored in French; the UI translates them, context "ImportReasons").
SIREN_MISMATCH = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "Le SIREN du fichier ({siren}) ne correspond pas aux 9 premiers chiffres du SIRET : à "
    "vérifier.")
SECOND_SIRET_NOT_KEPT = QT_TRANSLATE_NOOP(
    "ImportReasons", "Deuxième SIRET non enregistré : la fiche garde le premier.")
#: A remark on a row: field, value, reason.
Remark = tuple[str, Any, str]


def siren_key(raw: Any) -> str:
    """A SIREN as the join reads it: spaces and dots dropped, zeros lost by Excel restored."""
    text = clean_siret(raw) if clean_text(raw) else ""
    return text.zfill(9) if text.isdigit() else text


def other_siret_remarks(siret: str | None, siren_cell: Any, second_cell: Any) -> list[Remark]:
    """The remarks on a row's SIREN and second SIRET cells, given the SIRET it keeps.

    ``second_cell`` is None when the row has no second SIRET column or took its SIRET from it.
    """
    remarks: list[Remark] = []
    plain = siret if siret is not None and len(siret) == 14 and siret.isdigit() else None
    if plain and (siren := siren_key(siren_cell)) and siren != plain[:9]:
        remarks.append(("siret", plain, SIREN_MISMATCH.format(siren=siren)))
    second = clean_siret(second_cell) if clean_text(second_cell) else ""
    if second and second != siret and not (plain and second.zfill(14) == plain):
        remarks.append(("siret_alt", second_cell, SECOND_SIRET_NOT_KEPT))
    return remarks


def valid_sirets(raws: list[Any]) -> list[bool]:
    """Plain 14-digit values passing both Luhn keys (not La Poste, not ``999xx``)."""
    import numpy as np

    candidates = [i for i, raw in enumerate(raws)
                  if type(raw) is str and len(raw) == 14 and raw.isascii() and raw.isdigit()]
    if not candidates:
        return [False] * len(raws)
    text = "".join([raws[i] for i in candidates]).encode("ascii")
    digits = (np.frombuffer(text, dtype=np.uint8) - 48).reshape(-1, 14).astype(np.int64)
    siren = digits[:, :9] @ (10 ** np.arange(8, -1, -1))
    passed = (luhn_ok(digits) & luhn_ok(digits[:, :9])
              & ~((digits[:, 9] == 9) & (digits[:, 10] == 9) & (digits[:, 11] == 9))
              & (siren != int(LA_POSTE_SIREN)) & (siren != 0))
    if len(candidates) == len(raws):
        return passed.tolist()  # type: ignore[no-any-return]
    valid = [False] * len(raws)
    for index in np.flatnonzero(passed).tolist():
        valid[candidates[index]] = True
    return valid


def luhn_ok(digits: Any) -> Any:
    """Luhn check of every row of a 2-D array of digits (numpy), as a boolean array."""
    import numpy as np

    width = digits.shape[1]
    doubled = np.zeros(width, dtype=bool)
    doubled[width - 2::-2] = True  # every second digit from the right, the last one excluded
    values = np.where(doubled, digits * 2, digits)
    values = np.where(values > 9, values - 9, values)
    return values.sum(axis=1) % 10 == 0
