"""`x-sdkgen-tenant` on the document: the header that names the tenant of tenant-scoped calls.

    x-sdkgen-tenant:
      header: X-Tenant-ID   # required: the header parameter's name
      option: tenantId      # the client option that fills it (default: tenantId); words, cased per target
      env: TENANT_ID        # the environment variable suffix (<PREFIX>_TENANT_ID), default from option

An operation is tenant-scoped when it declares a header parameter of that name (usually one
`components/parameters` entry every such operation refers to). The SDK fills it from the client
option unless the call passes its own value, and never sends it elsewhere. The parameter must be
optional, because credentials that need no tenant (an admin key) call the same operations.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .. import ir
from ..naming import split_words

KEY = "x-sdkgen-tenant"
_KNOWN = ("header", "option", "env")
_HEADER = re.compile(r"[A-Za-z0-9!#$%&'*+.^_`|~-]+")
_OPTION = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_ENV = re.compile(r"[A-Z][A-Z0-9_]*")


def read(value: Any, problems: list[str]) -> ir.TenantHeader | None:
    if not isinstance(value, dict):
        problems.append("must be a mapping with the header's name")
        return None
    unknown = sorted(str(k) for k in value if k not in _KNOWN)
    if unknown:
        problems.append(f"unknown key(s) {', '.join(unknown)} (known: {', '.join(_KNOWN)})")
    header = value.get("header")
    if not isinstance(header, str) or not _HEADER.fullmatch(header):
        problems.append("header must be an HTTP header name, like X-Tenant-ID")
    option = value.get("option", "tenantId")
    if not isinstance(option, str) or not _OPTION.fullmatch(option):
        problems.append("option must be an identifier, like tenantId")
        option = "tenantId"
    words = tuple(w.lower() for w in split_words(option))
    env = value.get("env", "_".join(words).upper())
    if not isinstance(env, str) or not _ENV.fullmatch(env):
        problems.append("env must be upper-case letters, digits and _, like TENANT_ID")
    if problems or not isinstance(header, str) or not isinstance(env, str):
        return None
    return ir.TenantHeader(header=header, option=words, env=env)


def apply(value: Any, api: ir.Api, report: Callable[[str], None], warn: Callable[[str, str], None]) -> None:
    """Record `api.tenant` and mark the operations that declare the header."""
    problems: list[str] = []
    tenant = read(value, problems)
    if tenant is None:
        report(f"{KEY}: " + "; ".join(problems))
        return
    api.tenant = tenant
    wanted = tenant.header.lower()
    for op in api.operations:
        for param in op.params_in("header"):
            if param.name.lower() != wanted:
                continue
            op.tenant_scoped = True
            if param.required:
                report(f"{KEY}: {op.operation_id} declares {param.name} as required; it must be optional "
                       "(the client option may be unset, and some credentials need no tenant)")
    if not any(op.tenant_scoped for op in api.operations):
        warn("tenant-header-unused",
             f"{KEY}: no operation declares the header {tenant.header}; nothing is tenant-scoped")
