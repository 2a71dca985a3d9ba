"""Allow ``python -m srm_inclusif``."""

from __future__ import annotations

from srm_inclusif.cli import main

raise SystemExit(main())
