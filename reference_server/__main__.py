"""``python -m reference_server``: see ``reference_server.http.server``.

``--spec PATH`` serves any OpenAPI document statefully (``reference_server.stateful``); it is
passed on as ``--api spec:PATH``, which ``api.load_api`` understands (``--workers`` too).
"""

from __future__ import annotations

import sys
from pathlib import Path

from reference_server.api import SPEC_PREFIX
from reference_server.http.server import PROG, main


def translate(argv: list[str]) -> list[str]:
    """``--spec PATH`` (or ``--spec=PATH``) as ``--api spec:/absolute/PATH``; exits 2 on misuse."""
    out: list[str] = []
    spec: str | None = None
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--spec" or arg.startswith("--spec="):
            if arg == "--spec":
                if i + 1 >= len(argv):
                    _usage("--spec: expected a path to an OpenAPI document")
                value = argv[i + 1]
                i += 2
            else:
                value = arg.split("=", 1)[1]
                i += 1
            if spec is not None:
                _usage("--spec: given twice")
            spec = value
            continue
        out.append(arg)
        i += 1
    if spec is None:
        return out
    if any(a == "--api" or a.startswith("--api=") for a in out):
        _usage("--spec and --api: choose one (--api serves a hand-written API, --spec any OpenAPI document)")
    if not Path(spec).is_file():
        _usage(f"--spec: no such file: {spec}")
    return [*out, "--api", SPEC_PREFIX + str(Path(spec).resolve())]


def _usage(message: str) -> None:
    print(f"usage: {PROG} [--api NAME | --spec PATH] [options] (--help lists them)", file=sys.stderr)
    print(f"{PROG}: error: {message}", file=sys.stderr)
    sys.exit(2)


if __name__ == "__main__":
    sys.exit(main(translate(sys.argv[1:])))
