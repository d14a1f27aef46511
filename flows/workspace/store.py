"""The workspace's database: people, each case's edit version, and the append-only,
hash-chained record of every human decision. SQLite in the output folder by default,
PostgreSQL by URL; the schema is made and upgraded by Alembic (migrations/)."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Integer, String, Text, create_engine, event, func, select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

DB_FILE = "workspace.db"
GENESIS = "0" * 64  # the previous hash of the first event
ROLES = ("operator", "supervisor", "auditor", "admin")


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    created: Mapped[str] = mapped_column(String(32))


class LoginFailure(Base):
    __tablename__ = "login_failures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[float] = mapped_column()


class CaseState(Base):
    """A case's edit version (checked on every write, so two operators never lose an update)
    and its status after the decisions, for the queue."""
    __tablename__ = "case_state"
    case_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(32), default="")
    report_sha256: Mapped[str] = mapped_column(String(64), default="")


class ChainHead(Base):
    """One row: how many events were written. Taking it for update orders every append, and
    it tells a deleted last event from the end of the chain."""
    __tablename__ = "chain_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class Event(Base):
    __tablename__ = "events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    case_id: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    target: Mapped[str] = mapped_column(String(200))
    before: Mapped[str] = mapped_column(Text)  # JSON
    after: Mapped[str] = mapped_column(Text)  # JSON
    reason: Mapped[str] = mapped_column(Text)
    report_sha256: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    def content(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in HASHED}

    @property
    def before_value(self) -> Any:
        return json.loads(self.before)

    @property
    def after_value(self) -> Any:
        return json.loads(self.after)


HASHED = ("seq", "at", "actor", "role", "case_id", "kind", "target", "before", "after", "reason", "report_sha256",
          "prev_hash")


def event_hash(content: dict[str, Any]) -> str:
    body = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def default_url(out_dir: Path) -> str:
    return f"sqlite:///{(out_dir / DB_FILE).resolve()}"


def open_db(url: str) -> Engine:
    """An engine on the workspace database, its schema brought up to date."""
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    migrate(engine)
    return engine


def _sqlite_pragmas(conn, _record) -> None:
    # WAL lets pages be read while a decision is written; a writer waits rather than fails.
    cur = conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def migrate(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class Conflict(Exception):
    """Someone else changed the case since this page was loaded."""


@dataclass
class Decision:
    """What a person decided, before it becomes an event."""
    case_id: str
    kind: str
    target: str
    before: Any
    after: Any
    reason: str
    report_sha256: str


def append(engine: Engine, actor: str, role: str, d: Decision, expect_version: int | None = None,
           status: str | None = None) -> Event:
    """Write one event at the end of the chain. With `expect_version` the case's version must
    still be that number (else Conflict) and goes up by one; `status` is the case's status
    after the decision, for the queue."""
    with Session(engine, expire_on_commit=False) as s, s.begin():
        # The head row first: the write lock (SQLite) or row lock (PostgreSQL) orders appends.
        s.execute(update(ChainHead).where(ChainHead.id == 1).values(count=ChainHead.count + 1))
        count = s.scalar(select(ChainHead.count).where(ChainHead.id == 1))
        last = s.scalars(select(Event).order_by(Event.seq.desc()).limit(1)).first()
        if expect_version is not None:
            state = s.get(CaseState, d.case_id)
            if state is None:
                state = CaseState(case_id=d.case_id, version=0, status="", report_sha256="")
                s.add(state)
            if state.version != expect_version:
                raise Conflict(f"case {d.case_id} was changed by someone else while you looked at it "
                               f"(version {expect_version}, now {state.version}); your decision was not saved. "
                               "Reload the case to see what changed, then decide again.")
            state.version += 1
            if status is not None:
                state.status, state.report_sha256 = status, d.report_sha256
        e = Event(seq=count, at=now(), actor=actor, role=role, case_id=d.case_id, kind=d.kind, target=d.target,
                  before=json.dumps(d.before, ensure_ascii=False, sort_keys=True),
                  after=json.dumps(d.after, ensure_ascii=False, sort_keys=True), reason=d.reason,
                  report_sha256=d.report_sha256, prev_hash=last.hash if last else GENESIS, hash="")
        e.hash = event_hash(e.content())
        s.add(e)
    return e


def case_events(engine: Engine, case_id: str) -> list[Event]:
    with Session(engine, expire_on_commit=False) as s:
        return list(s.scalars(select(Event).where(Event.case_id == case_id).order_by(Event.seq)))


def case_version(engine: Engine, case_id: str) -> int:
    with Session(engine, expire_on_commit=False) as s:
        state = s.get(CaseState, case_id)
        return state.version if state else 0


def case_states(engine: Engine) -> dict[str, CaseState]:
    with Session(engine, expire_on_commit=False) as s:
        return {c.case_id: c for c in s.scalars(select(CaseState))}


def verify_chain(engine: Engine) -> tuple[int, str | None]:
    """(events checked, the first broken link or None). Each event's hash must cover its own
    content and the previous event's hash; numbers run without gaps to the head's count."""
    expected_prev, n = GENESIS, 0
    with Session(engine, expire_on_commit=False) as s:
        for e in s.scalars(select(Event).order_by(Event.seq)).yield_per(1000):
            n += 1
            if e.seq != n:
                return n - 1, f"event {n} is missing (the next one is {e.seq}): events were deleted"
            if e.prev_hash != expected_prev:
                return n - 1, f"event {e.seq} does not follow event {e.seq - 1} (its previous hash differs): " \
                              "an event before it was changed, removed or inserted"
            if event_hash(e.content()) != e.hash:
                return n - 1, f"event {e.seq} ({e.kind} on {e.case_id} by {e.actor}) was changed after it was written: " \
                              "its content no longer matches its hash"
            expected_prev = e.hash
        head = s.scalar(select(ChainHead.count).where(ChainHead.id == 1)) or 0
        total = s.scalar(select(func.count()).select_from(Event)) or 0
    if head != total:
        return n, f"the chain holds {total} events but {head} were written: the last {head - total} were deleted"
    return n, None


def drop_append_only_guard(engine: Engine) -> None:
    """For tests of tampering only: what someone with the database's owner rights could do."""
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.execute(text("DROP TRIGGER IF EXISTS events_no_update"))
            conn.execute(text("DROP TRIGGER IF EXISTS events_no_delete"))
        else:
            conn.execute(text("DROP TRIGGER IF EXISTS events_append_only ON events"))


def set_status(engine: Engine, case_id: str, status: str, report_sha256: str) -> None:
    """The case's status after its decisions, for the queue (recomputed on every view)."""
    with Session(engine) as s, s.begin():
        state = s.get(CaseState, case_id)
        if state is None:
            s.add(CaseState(case_id=case_id, version=0, status=status, report_sha256=report_sha256))
        elif (state.status, state.report_sha256) != (status, report_sha256):
            state.status, state.report_sha256 = status, report_sha256
