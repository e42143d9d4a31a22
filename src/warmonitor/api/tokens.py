"""API tokens: random, shown once, stored only as a SHA-256 hash."""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from warmonitor.store.models import ApiToken

ROLES = ("viewer", "analyst", "admin")
WRITE_ROLES = frozenset({"analyst", "admin"})


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(session: Session, role: str, label: str | None = None) -> str:
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    token = "wm_" + secrets.token_urlsafe(32)
    session.add(ApiToken(token_hash=hash_token(token), role=role, label=label))
    return token


def role_of(session: Session, token: str) -> str | None:
    """The role a live token grants, or None for an unknown or revoked one."""
    found = session.scalars(
        select(ApiToken).where(ApiToken.token_hash == hash_token(token), ApiToken.revoked_at.is_(None))
    ).first()
    return found.role if found else None
