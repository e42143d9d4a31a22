"""API tokens: random, shown once, stored only as a SHA-256 hash."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime

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


def revoke_token(session: Session, token_or_id: str) -> ApiToken | None:
    """Revoke a token, given as the token itself or as its id (`token list`).
    Returns the revoked row (revoked_at set; revoking twice keeps the first
    time), or None when no token matches."""
    query = select(ApiToken).where(ApiToken.token_hash == hash_token(token_or_id))
    found = session.scalars(query).first()
    if found is None and token_or_id.isdigit() and len(token_or_id) < 19:
        found = session.get(ApiToken, int(token_or_id))
    if found is not None and found.revoked_at is None:
        found.revoked_at = datetime.now(UTC)
    return found


def list_tokens(session: Session) -> list[ApiToken]:
    """Every token row (hashes only: the tokens themselves are never stored), oldest first."""
    return list(session.scalars(select(ApiToken).order_by(ApiToken.id)))
