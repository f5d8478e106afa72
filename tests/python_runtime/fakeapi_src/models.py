"""Models as the generator emits them."""

from __future__ import annotations

import datetime
import enum
from typing import Annotated, Any, Literal, TypeAlias, TypedDict

import attrs

from ._runtime import UNSET, Discriminator, Model, Unset


class DeploymentStatus(str, enum.Enum):  # noqa: UP042  (3.10 has no StrEnum)
    PENDING = "pending"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"


class Priority(int, enum.Enum):
    LOW = 1
    HIGH = 2


@attrs.define(kw_only=True)
class Deployment(Model):
    id: str = attrs.field(metadata={"wire": "id"})
    app_id: str = attrs.field(metadata={"wire": "app_id"})
    status: DeploymentStatus | str = attrs.field(metadata={"wire": "status"})
    created_at: datetime.datetime = attrs.field(metadata={"wire": "created_at"})
    completed_at: datetime.datetime | None = attrs.field(metadata={"wire": "completed_at"})
    image_uri: str | None | Unset = attrs.field(default=UNSET, metadata={"wire": "image_uri"})
    replicas: int | Unset = attrs.field(default=UNSET, metadata={"wire": "replicas"})
    cpu: float | Unset = attrs.field(default=UNSET, metadata={"wire": "cpu"})
    priority: Priority | int | Unset = attrs.field(default=UNSET, metadata={"wire": "priority"})
    release_date: datetime.date | Unset = attrs.field(
        default=UNSET, metadata={"wire": "release_date"}
    )
    tags: list[str] | Unset = attrs.field(default=UNSET, metadata={"wire": "tags"})
    labels: dict[str, str] | Unset = attrs.field(default=UNSET, metadata={"wire": "labels"})
    previous: Deployment | None | Unset = attrs.field(default=UNSET, metadata={"wire": "previous"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})


@attrs.define(kw_only=True)
class DeploymentPage(Model):
    items: list[Deployment] = attrs.field(metadata={"wire": "items"})
    total: int = attrs.field(metadata={"wire": "total"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})


@attrs.define(kw_only=True)
class DeploymentCreate(Model):
    image_uri: str = attrs.field(metadata={"wire": "image_uri"})
    env: dict[str, str] | Unset = attrs.field(default=UNSET, metadata={"wire": "env"})
    note: str | None | Unset = attrs.field(default=UNSET, metadata={"wire": "note"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})


@attrs.define(kw_only=True)
class DeploymentAccepted(Model):
    deployment_id: str = attrs.field(metadata={"wire": "deployment_id"})
    status: DeploymentStatus | str = attrs.field(metadata={"wire": "status"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})


@attrs.define(kw_only=True)
class LogLine(Model):
    ts: datetime.datetime = attrs.field(metadata={"wire": "ts"})
    message: str = attrs.field(metadata={"wire": "message"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})


@attrs.define(kw_only=True)
class LogPage(Model):
    lines: list[LogLine] = attrs.field(metadata={"wire": "lines"})
    next_cursor: str | Unset = attrs.field(default=UNSET, metadata={"wire": "next_cursor"})
    has_more: bool | Unset = attrs.field(default=UNSET, metadata={"wire": "has_more"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})


@attrs.define(kw_only=True)
class Repo(Model):
    id: int = attrs.field(metadata={"wire": "id"})
    full_name: str = attrs.field(metadata={"wire": "full_name"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})


@attrs.define(kw_only=True)
class RepoPage(Model):
    repos: list[Repo] = attrs.field(metadata={"wire": "repos"})
    total_count: int = attrs.field(metadata={"wire": "total_count"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})


@attrs.define(kw_only=True)
class GitConnected(Model):
    connected: Literal[True] = attrs.field(metadata={"wire": "connected"})
    provider: str = attrs.field(metadata={"wire": "provider"})
    account: str = attrs.field(metadata={"wire": "account"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})


@attrs.define(kw_only=True)
class GitNotConnected(Model):
    connected: Literal[False] = attrs.field(metadata={"wire": "connected"})
    reason: str | Unset = attrs.field(default=UNSET, metadata={"wire": "reason"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})


GitConnectionStatus: TypeAlias = Annotated[
    GitConnected | GitNotConnected,
    Discriminator("connected", {"true": GitConnected, "false": GitNotConnected}),
]


@attrs.define(kw_only=True)
class Cat(Model):
    name: str = attrs.field(metadata={"wire": "name"})
    meows: bool = attrs.field(metadata={"wire": "meows"})
    kind: Literal["cat"] | Unset = attrs.field(default=UNSET, metadata={"wire": "kind"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})


@attrs.define(kw_only=True)
class Dog(Model):
    name: str = attrs.field(metadata={"wire": "name"})
    barks: int = attrs.field(metadata={"wire": "barks"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})


Pet: TypeAlias = Cat | Dog


class ListDeploymentsPathParams(TypedDict):
    appID: str


class ListDeploymentsQuery(TypedDict, total=False):
    limit: int
    offset: int
    status: DeploymentStatus | str
    tags: list[str]
    verbose: bool


class GetDeploymentPathParams(TypedDict):
    appID: str
    deploymentID: str


class WatchEventsPathParams(TypedDict):
    channel: str


class WatchEventsQuery(TypedDict, total=False):
    since: str
