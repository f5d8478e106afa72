"""IR types as TypeScript type expressions."""

from __future__ import annotations

from collections.abc import Mapping

from ... import ir
from .literals import ts_literal


class TypeMapper:
    """The TypeScript type of any IR type, given the declared model names."""

    def __init__(self, model_names: Mapping[str, str]) -> None:
        self.model_names = model_names

    def ts_type(self, t: ir.Type, prefix: str = "") -> str:
        """The TypeScript type for `t`; `prefix` qualifies model names (e.g. "m.")."""
        text = self._bare(t, prefix)
        if t.nullable and text != "unknown" and not has_null(text):
            text = f"{text} | null"
        return text

    def _bare(self, t: ir.Type, prefix: str) -> str:
        if isinstance(t, ir.Primitive):
            return _primitive(t)
        if isinstance(t, ir.ArrayType):
            item = self.ts_type(t.item, prefix)
            return f"({item})[]" if " " in item else f"{item}[]"
        if isinstance(t, ir.MapType):
            return f"{{ [key: string]: {self.ts_type(t.value, prefix)} }}"
        if isinstance(t, ir.NamedType):
            return prefix + self.model_names[t.name]
        if isinstance(t, ir.ConstType):
            if isinstance(t.value, (str, int, float, bool)) or t.value is None:
                return ts_literal(t.value)
            return "unknown"
        if isinstance(t, ir.UnionType):
            parts: list[str] = []
            for variant in t.variants:
                for part in split_union(self.ts_type(variant, prefix)):
                    if part not in parts:
                        parts.append(part)
            return "unknown" if "unknown" in parts else " | ".join(parts)
        return "unknown"


def _primitive(t: ir.Primitive) -> str:
    if t.name == "string":
        return "Blob | Uint8Array | string" if t.format == "binary" else "string"
    if t.name in ("integer", "number"):
        return "number"
    if t.name == "boolean":
        return "boolean"
    return "unknown"


def join_union(parts: list[str]) -> str:
    """The union of distinct members; `unknown` absorbs the rest (and stands for no member)."""
    return "unknown" if not parts or "unknown" in parts else " | ".join(parts)


def split_union(text: str) -> list[str]:
    """The top-level members of a union type expression."""
    parts, depth, current = [], 0, ""
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == '"':
            j = i + 1
            while j < len(text) and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            current += text[i:j + 1]
            i = j + 1
            continue
        if ch in "([{<":
            depth += 1
        elif ch in ")]}>":
            depth -= 1
        if depth == 0 and text.startswith(" | ", i):
            parts.append(current)
            current = ""
            i += 3
            continue
        current += ch
        i += 1
    parts.append(current)
    return [p for p in parts if p]


def has_null(text: str) -> bool:
    return "null" in split_union(text)
