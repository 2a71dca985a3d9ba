"""Tell the way out of a SIRET a spreadsheet shortened: its leading zeros, padded back."""

from __future__ import annotations

from dataclasses import replace

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.siret import SiretCheck
from srm_inclusif.core.vocabulary import SiretStatus

#: A SIRET of 10 to 13 digits: a spreadsheet read it as a number and dropped its leading zeros
#: (9 digits are a SIREN). The wizard's mapping page has a box for it, the command line
#: ``--pad-siret``: the remark, shown by both, names both.
LOST_ZEROS = QT_TRANSLATE_NOOP(
    "ImportReasons", "Le SIRET doit compter 14 chiffres ({count} lus) : un zéro de tête perdu "
    "par le tableur ? Cochez « Compléter par des zéros les SIRET raccourcis par Excel » à "
    "l'étape des colonnes de l'assistant, ou ajoutez --pad-siret en ligne de commande.")
_SHORTENED = range(10, 14)


def with_padding_advice(check: SiretCheck) -> SiretCheck:
    """``check``, its reason telling how to pad a SIRET a spreadsheet may have shortened."""
    value = check.value
    if (check.status is not SiretStatus.INVALID or not value or not value.isdigit()
            or len(value) not in _SHORTENED):
        return check
    return replace(check, reason=LOST_ZEROS.format(count=len(value)))
