"""A task made of stages (a restore: the safety copy, then the copy back) reports on one scale."""

from __future__ import annotations

from srm_inclusif.core.progress import StagedProgress


def test_stages_share_the_bar_by_weight_and_never_go_back() -> None:
    seen: list[tuple[int, int]] = []
    stages = StagedProgress(lambda done, total: seen.append((done, total)), [300, 100])
    first, second = stages.stage(0), stages.stage(1)
    assert first is not None
    assert second is not None
    first(0, 10)
    first(10, 10)
    second(1, 2)
    second(2, 2)
    assert seen == [(0, 1000), (750, 1000), (875, 1000), (1000, 1000)]


def test_an_overshooting_or_empty_stage_stays_within_its_share() -> None:
    seen: list[int] = []
    stages = StagedProgress(lambda done, _total: seen.append(done), [0, 0])
    first = stages.stage(0)
    assert first is not None
    first(5, 0)  # a report before the size is known stays at the stage's start
    first(12, 10)  # more than announced: the stage ends, the next one's share is untouched
    assert seen == [0, 500]


def test_nobody_listening_gives_no_callback() -> None:
    assert StagedProgress(None, [1, 2]).stage(1) is None
