"""Tests of the committed, generated AxHub Python SDK (sdks/axhub/python), imported in place."""

from __future__ import annotations

import sys
from pathlib import Path

SDK_ROOT = Path(__file__).resolve().parents[2] / "sdks" / "axhub" / "python"
if str(SDK_ROOT) not in sys.path:
    sys.path.insert(0, str(SDK_ROOT))
