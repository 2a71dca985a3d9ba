"""The shape of progress reports shared by every long task (imports, exports, copies, demo)."""

from __future__ import annotations

from collections.abc import Callable

#: ``progress(done, total)``: called from the working thread, now and then.
Progress = Callable[[int, int], None]
