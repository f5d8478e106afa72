"""``python -m reference_server``: see ``reference_server.http.server``."""

from __future__ import annotations

import sys

from reference_server.http.server import main

if __name__ == "__main__":
    sys.exit(main())
