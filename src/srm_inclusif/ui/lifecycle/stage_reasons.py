"""Why the app moved a relationship (its history stores it in French), in the UI language."""

from __future__ import annotations

from srm_inclusif.core.lifecycle import STAGE_REASONS
from srm_inclusif.ui.read_back import ReadBack

#: A stage change's reason in the UI language; a reason the user typed is shown as it is.
stage_reason_text = ReadBack("StageReasons", STAGE_REASONS)
