"""Opening the GUI on a workspace must not import pandas or matplotlib (startup stays light)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap


def test_main_window_opens_without_pandas_or_matplotlib(demo_workspace, tmp_path) -> None:
    script = textwrap.dedent(f"""
        import json, os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from srm_inclusif.ui.app import Launcher, make_application
        app = make_application()
        launcher = Launcher()
        ok = launcher.start({str(demo_workspace.path)!r})
        app.processEvents()
        heavy = sorted(m for m in ("pandas", "matplotlib", "openpyxl") if m in sys.modules)
        print(json.dumps({{"shown": ok and launcher.window.isVisible(), "heavy": heavy}}))
        launcher.workspace.close()
    """)
    demo_workspace.close()
    env_home = {"XDG_CONFIG_HOME": str(tmp_path / "cfg"), "XDG_DATA_HOME": str(tmp_path / "d")}
    import os

    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env={**os.environ, **env_home}, timeout=120, check=True)
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome == {"shown": True, "heavy": []}
