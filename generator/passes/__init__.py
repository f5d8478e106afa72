"""Analyses every target needs, computed on the IR once, in one place, instead of once per language.

- `docs`: an operation's documentation text (summary and description, merged).
- `responses`: what kind of body a response has (JSON, text, bytes, events, empty, redirect).
- `cycles`: which named types sit on a cycle, in the variants each target has relied on.
- `pagination`: the paging style a listing operation has, inferred from its shape.

Targets read these; none re-implements them. Each function is pure: same IR, same answer.
"""
