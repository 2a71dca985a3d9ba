"""Test settings: Qt offscreen, user dirs in tmp, keyring in memory; workspace fixtures."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

import pytest  # noqa: E402

#: The date the demo workspace and clock-dependent tests are built on.
DEMO_TODAY = date(2026, 11, 22)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep QSettings, the default workspace and caches out of the real home directory."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("SRM_INCLUSIF_DB", raising=False)


@pytest.fixture(autouse=True)
def _french_numbers() -> Iterator[None]:
    """Numbers read the French way again after a test that switched the UI to English."""
    yield
    from srm_inclusif.core.numbers import FRENCH, set_number_style

    set_number_style(FRENCH)


@pytest.fixture(autouse=True)
def _buyer_words() -> Iterator[None]:
    """Stages and indicators in a buyer's words again after a test of a seller's workspace."""
    yield
    from srm_inclusif.core.vocabulary import Profile, use_profile_words

    use_profile_words(Profile.ACHETEUR)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[object]:
    """A fresh, initialised, empty buyer workspace in a real SQLite file."""
    from srm_inclusif.core.vocabulary import Profile
    from srm_inclusif.storage.services.settings import update_settings
    from srm_inclusif.storage.workspace import open_workspace

    ws = open_workspace(tmp_path / "espace.sqlite3")
    update_settings(ws.engine, profile=Profile.ACHETEUR, organisation_name="Essai SA")
    yield ws
    ws.close()


@pytest.fixture
def closed_workspace(workspace) -> Path:  # noqa: ANN001
    """The file of a closed workspace holding one supplier, « Atelier Présent ».

    Closed, so that a test can make it read-only (``tests.read_only_support``) and open it again.
    """
    from srm_inclusif.storage.services.counterparty_edit import create_counterparty

    create_counterparty(workspace.engine, values={"name": "Atelier Présent"})
    workspace.close()
    return workspace.path


@pytest.fixture
def stopped(workspace) -> tuple[int, int]:  # noqa: ANN001
    """A relationship with one contract, then stopped: (relationship id, contract id)."""
    from tests.lifecycle_support import add_stopped_relationship

    return add_stopped_relationship(workspace.engine)


@pytest.fixture(scope="session")
def _demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from srm_inclusif.storage.demo import build_demo
    from srm_inclusif.storage.workspace import open_workspace

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    ws = open_workspace(path)
    build_demo(ws.engine, today=DEMO_TODAY)
    ws.close()
    return path


@pytest.fixture
def demo_workspace(_demo_file: Path, tmp_path: Path) -> Iterator[object]:
    """A private copy of the demo workspace (built once per test session on DEMO_TODAY)."""
    from srm_inclusif.storage.workspace import open_workspace

    target = tmp_path / "demo.sqlite3"
    shutil.copy(_demo_file, target)
    ws = open_workspace(target)
    yield ws
    ws.close()
