"""Who is asking: people with argon2-hashed passwords, signed session cookies that carry a
CSRF token, and a throttle on failed logins. Roles say what each may do."""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from .store import ROLES, LoginFailure, User, now

COOKIE = "intake_session"
SESSION_SECONDS = 8 * 3600  # one working day
MAX_FAILURES = 5  # failed logins of one name within THROTTLE_SECONDS before it must wait
THROTTLE_SECONDS = 15 * 60
MIN_PASSWORD = 10
CAN_DECIDE = ("operator", "supervisor", "admin")
CAN_APPROVE = ("supervisor", "admin")
_hasher = PasswordHasher()


class AuthError(Exception):
    pass


def add_user(engine: Engine, name: str, role: str, password: str) -> None:
    if role not in ROLES:
        raise AuthError(f"role {role!r} is not one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise AuthError(f"the password must have at least {MIN_PASSWORD} characters")
    with Session(engine) as s, s.begin():
        user = s.get(User, name)
        if user is None:
            s.add(User(name=name, role=role, password_hash=_hasher.hash(password), created=now()))
        else:  # adding someone again sets a new role and password
            user.role, user.password_hash = role, _hasher.hash(password)


def login(engine: Engine, name: str, password: str) -> User:
    """The user, or AuthError saying why not (the same words for an unknown name and a wrong
    password, so names cannot be probed)."""
    with Session(engine, expire_on_commit=False) as s:
        since = time.time() - THROTTLE_SECONDS
        failures = s.scalar(select(func.count()).select_from(LoginFailure)
                            .where(LoginFailure.name == name, LoginFailure.at > since)) or 0
        if failures >= MAX_FAILURES:
            raise AuthError(f"too many failed logins for {name!r}: wait {THROTTLE_SECONDS // 60} minutes, "
                            "or ask an admin to set a new password")
        user = s.get(User, name)
        try:
            if user is None:
                raise VerificationError()
            _hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            s.add(LoginFailure(name=name, at=time.time()))
            s.commit()
            raise AuthError("wrong name or password") from None
        s.execute(delete(LoginFailure).where(LoginFailure.name == name))
        s.commit()
        return user


@dataclass
class SessionData:
    user: str
    role: str
    csrf: str
    expires: float


def secret_for(out_dir: Path) -> bytes:
    """The key that signs session cookies: INTAKE_SESSION_SECRET, or one kept in the output
    folder (made once, readable by its owner only), so every server over it agrees."""
    env = os.environ.get("INTAKE_SESSION_SECRET")
    if env:
        return env.encode()
    path = out_dir / ".workspace-secret"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(32))
    except FileExistsError:
        pass
    return path.read_text().strip().encode()


def _sign(secret: bytes, body: bytes) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def make_cookie(secret: bytes, user: User) -> str:
    data = {"user": user.name, "role": user.role, "csrf": secrets.token_urlsafe(24), "expires": time.time() + SESSION_SECONDS}
    body = base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=")  # no quoting in the cookie
    return f"{body.decode()}.{_sign(secret, body)}"


def read_cookie(secret: bytes, cookie: str | None) -> SessionData | None:
    if not cookie or "." not in cookie:
        return None
    body, sig = cookie.rsplit(".", 1)
    if not hmac.compare_digest(_sign(secret, body.encode()), sig):
        return None
    try:
        data = SessionData(**json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))))
    except (ValueError, TypeError):
        return None
    return data if data.expires > time.time() else None


def csrf_ok(session: SessionData, token: str | None) -> bool:
    return bool(token) and hmac.compare_digest(session.csrf, token or "")


def current_role(engine: Engine, session: SessionData) -> str | None:
    """The role as the database says now: a removed person's cookie stops working at once."""
    with Session(engine) as s:
        user = s.get(User, session.user)
        return user.role if user else None
