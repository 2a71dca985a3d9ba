"""The reading helper process ends quietly when the importing process is gone or cancels.

It used to end in a BrokenPipeError traceback on the terminal (kill -9 of the app or the
command, Cancel in the wizard).
"""

from __future__ import annotations

import multiprocessing

from srm_inclusif.core.sectors import SectorIndex
from srm_inclusif.exchange import import_worker
from srm_inclusif.exchange.plan import plan_file
from srm_inclusif.exchange.records import ReadOptions


def test_the_helper_stops_without_a_word_when_nobody_reads(tmp_path, capsys):
    path = tmp_path / "annuaire.csv"
    path.write_text("Raison sociale;Code postal\n"
                    + "".join(f"Structure {i};75011\n" for i in range(5000)), encoding="utf-8")
    plan = plan_file(path)
    reader, sender = multiprocessing.Pipe(duplex=False)
    reader.close()  # the importing process is gone

    import_worker._produce([plan], SectorIndex([]), ReadOptions(), sender)

    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", "")
