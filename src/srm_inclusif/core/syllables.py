"""Where a French word may be cut between syllables (a card too narrow for a long name)."""

from __future__ import annotations

import re

#: Letters a cut leaves at least on each side (never « Hautefeuill- / e »).
MIN_SIDE = 3
#: A word shorter than this is never cut (« Accueil » stays whole).
SHORT_WORD = 7
VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüÿœæ")
#: Consonant pairs that start a syllable together, never cut (« Blan- / chisserie », « En- /
#: treprise », « Compa- / gnie »).
CLUSTERS = frozenset({c + "l" for c in "bcfgkpv"} | {c + "r" for c in "bcdfgkptv"}
                     | {"ch", "ph", "th", "gn", "qu", "gu"})
#: A last syllable too weak to stand alone on a line (« Logisti- / que », « Solidai- / res »).
MUTE_END = re.compile(r"[^aeiouyàâäéèêëîïôöùûüÿœæ]+u?es?-*")


def between_syllables(word: str, at: int) -> bool:
    """Whether a syllable starts at ``word[at]`` (« Condi-tion », « Condition-nement »).

    It starts with a consonant (or « ch », « tr »…) then a vowel, after a vowel or a consonant
    that does not go with it; a mute last syllable (« que », « res ») does not stand alone.
    """
    low = word.lower()
    before, after = low[at - 1], low[at:at + 3]
    if not before.isalpha() or (before not in VOWELS and before + after[:1] in CLUSTERS) \
            or MUTE_END.fullmatch(low[at:]):
        return False
    if after[:2] in CLUSTERS:
        return len(after) == 3 and after[2] in VOWELS
    return len(after) >= 2 and after[0].isalpha() and after[0] not in VOWELS \
        and after[1] in VOWELS
