"""Public: the base of generated models, and the discriminator marker for unions.

Generated models look like::

    @attrs.define(kw_only=True)
    class Deployment(Model):
        id: str = attrs.field(metadata={"wire": "id"})
        image_uri: str | None | Unset = attrs.field(default=UNSET, metadata={"wire": "image_uri"})
        additional_properties: dict[str, Any] = attrs.field(
            factory=dict, metadata={"extra": True})

``metadata["wire"]`` is the JSON key; the field with ``metadata["extra"]`` keeps
the keys the model does not know, so they survive a decode/encode round trip.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, TypeVar

__all__ = ["Discriminator", "Model"]

M = TypeVar("M", bound="Model")


class Model:
    """Base of generated attrs models: ``from_dict`` decodes, ``to_dict`` encodes.

    Decoding never raises for the server's sake: unknown keys go to
    ``additional_properties``, a value that does not fit its type is kept raw, and
    a *required* key the response lacks leaves that field ``UNSET`` (see
    ``serde.decode``).
    """

    __slots__ = ("_sdk_request_id",)

    additional_properties: dict[str, Any]

    @property
    def _request_id(self) -> str | None:
        """The ``X-Request-Id`` of the response this model came in (None when it had none, or
        the model was built by hand)."""
        value: str | None = getattr(self, "_sdk_request_id", None)
        return value

    @classmethod
    def from_dict(cls: type[M], data: Mapping[str, Any]) -> M:
        """Decode a JSON object (wire keys) into this model."""
        from .serde import decode_model

        return decode_model(cls, data)

    def to_dict(self) -> dict[str, Any]:
        """Encode to a JSON object with wire keys: UNSET fields left out, None kept as null."""
        from .serde import encode_model

        return encode_model(self)


@dataclasses.dataclass(frozen=True)
class Discriminator:
    """Marks a union alias with the property that tells its members apart.

    ``Annotated[A | B, Discriminator("kind", {"a": A, "b": B})]``. Keys of
    ``mapping`` are the property's values as strings; JSON booleans are looked up
    as ``"true"`` / ``"false"``.
    """

    property_name: str
    mapping: Mapping[str, type[Any]]

    def __hash__(self) -> int:  # the mapping is a dict; hash what identifies the marker
        return hash((self.property_name, tuple(self.mapping)))
