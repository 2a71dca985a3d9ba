"""Progress reports shared by every long task (imports, exports, copies, demo), and their stages."""

from __future__ import annotations

from collections.abc import Callable

#: ``progress(done, total)``: called from the working thread, now and then.
Progress = Callable[[int, int], None]


class StagedProgress:
    """Maps the ``(done, total)`` of successive stages onto one overall scale.

    Each stage gets a share of ``SCALE`` in proportion to its weight (e.g. the bytes it copies).
    """

    SCALE = 1000

    def __init__(self, progress: Progress | None, weights: list[int]) -> None:
        self._progress = progress
        whole = sum(max(w, 1) for w in weights)
        bounds = [0]
        for weight in weights:
            bounds.append(bounds[-1] + max(weight, 1))
        self._bounds = [self.SCALE * b // whole for b in bounds]

    def stage(self, index: int) -> Progress | None:
        """The ``progress`` callback of one stage (None when nobody listens)."""
        if self._progress is None:
            return None
        start, end = self._bounds[index], self._bounds[index + 1]
        report = self._progress

        def progress(done: int, total: int) -> None:
            report(start + (end - start) * min(done, total) // max(total, 1), self.SCALE)

        return progress
