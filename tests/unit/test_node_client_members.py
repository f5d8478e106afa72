"""A resource of the Node client may not take the name of a BaseClient member: the symbol table of
names it may not shadow (CLIENT_MEMBERS) holds every public member the runtime's BaseClient has.
(Platform's `events` resource once shadowed a BaseClient method `events` and did not compile.)"""

from __future__ import annotations

import re
from pathlib import Path

from generator.targets.node.symbols import CLIENT_MEMBERS

CLIENT_TS = Path(__file__).resolve().parents[2] / "templates" / "node" / "runtime" / "client.ts"
MEMBER = re.compile(r"^  (?:readonly |get |async )?([A-Za-z_$][\w$]*)\s*[(<:]", re.M)


def test_every_public_base_client_member_is_reserved() -> None:
    text = CLIENT_TS.read_text(encoding="utf-8")
    start = text.index("export class BaseClient")
    end = text.find("\nexport ", start + 1)
    body = text[start:end if end != -1 else len(text)]
    members = set(MEMBER.findall(body)) - {"constructor"}
    assert {"request", "serverSentEvents", "close"} <= members  # the pattern reads the class
    assert members <= CLIENT_MEMBERS, sorted(members - CLIENT_MEMBERS)
