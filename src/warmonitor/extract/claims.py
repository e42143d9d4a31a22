"""What extraction produces, as DESIGN.md's public contract defines it.

These models are printed by `warmonitor extract --format json`, stored as a
claim's typed fields, and served by the API: one definition for all three.
"""

from __future__ import annotations

from datetime import date
from datetime import date as date_
from typing import Annotated, Literal, Protocol

from pydantic import BaseModel, Field

Stance = Literal["asserted", "claimed", "denied", "hedged"]
Outcome = Literal["killed", "injured", "captured", "displaced", "missing"]
# "historical": a toll told as background ("the war, which has killed 380,000
# since 2011"), kept with its own period and never added into an estimate.
Scope = Literal["cumulative", "incident", "historical"]
Change = Literal["gained", "lost", "holds", "contested"]
# Where a claim's date comes from, so a reader can tell a day the text gives
# from one inferred: "text" its own sentence names it; "context" an earlier
# sentence telling the same incident, or another telling of the same figure or
# event; "report" nothing in the text dates it, so it is the report's own day
# (the dateline the text carries, else its publication date).
DateBasis = Literal["text", "context", "report"]


def _date_basis() -> DateBasis | None:
    return Field(
        None,
        description='Where `date` comes from: "text" (the claim\'s sentence), "context" (an earlier '
        'sentence of the same incident, or another telling of it), "report" (the report\'s own day: '
        "nothing in the text dates it). None when the claim has no date.",
    )


class PlaceRef(BaseModel):
    name: str
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    country: str | None = None
    geonameid: int | None = None
    pcode: str | None = None
    precision: Literal[1, 2, 3] | None = Field(
        None,
        description="ACLED geo precision: 1 the town, 2 near it or part of a region, 3 a region.",
    )
    gazetteer_name: str | None = Field(
        None, description="The GeoNames or OCHA name, where `name` is the one readers use (Hama for Ḩamāh)."
    )
    feature: str | None = Field(
        None,
        description=(
            "city, village, admin1/admin2/admin3 (a region or district), or country; unlisted: a place the "
            "gazetteer lacks, named as written and placed at the town or region the text ties it to "
            "(`precision` 2 or 3)."
        ),
    )


class DateRef(BaseModel):
    start: date
    end: date
    precision: Literal[1, 2, 3] = Field(
        description="ACLED time precision: 1 the day, 2 within a week, 3 only the month."
    )


class ClaimBase(BaseModel):
    text: str = Field(description="The sentence (or clause) the claim was read from.")
    span: tuple[int, int] = Field(description="[start, end) character offsets into the report text.")
    claimant: str | None = Field(None, description="Canonical name of who makes the claim.")
    stance: Stance = "asserted"


class CasualtyClaim(ClaimBase):
    kind: Literal["casualty"] = "casualty"
    outcome: Outcome
    party: str = Field(description="total, rebels, government, civilians, unknown, or an actor.")
    low: int | None
    best: int | None
    high: int | None
    qualifier: str | None = Field(None, description="at least, more than, about, up to, …")
    scope: Scope
    part_of: int | None = Field(
        None,
        description="Index of the total this figure is a part of, of the earlier figure it tells again, "
        'or of the newer reading that replaced it ("the toll rose to 35 from 20": the 20).',
    )
    date: DateRef | None = Field(
        None, description="The day it happened; for a cumulative toll, the day it was stated (as_of)."
    )
    date_basis: DateBasis | None = _date_basis()
    place: PlaceRef | None = None
    period_start: date_ | None = Field(
        None,
        description='First day of a cumulative or historical toll\'s period ("since Friday", '
        '"in the six days of the offensive", "since 2011"); None when not told.',
    )
    as_of: date_ | None = Field(
        None,
        description="The day a cumulative or historical toll was stated; None for an incident.",
    )


class Figure(Protocol):
    """What the linkers of counts (taken.restatements and vague_retellings,
    stated_totals.stated_totals and summed_shares) read of a casualty claim:
    the fields they compare, not the whole model, so they can be tried on
    plain stand-ins."""

    outcome: str
    qualifier: str | None
    party: str
    best: int | None
    scope: str
    part_of: int | None
    span: tuple[int, int]
    claimant: str | None


class EventClaim(ClaimBase):
    kind: Literal["event"] = "event"
    event_type: str
    sub_event_type: str = Field(
        description='ACLED sub-event type, or "uncertain" when its probability is below the threshold.'
    )
    confidence: float | None = Field(
        None, description="The sub-event model's probability of its best type (0-1)."
    )
    actors: list[str] = Field(
        default_factory=list, description="Who did it, the doer first (ACLED's actor1 side)."
    )
    targets: list[str] = Field(
        default_factory=list,
        description='Those it was done to ("air strikes on rebel towns killed civilians": the '
        "rebels and the civilians), ACLED's actor2 side; never among `actors`.",
    )
    place: PlaceRef | None = None
    date: DateRef | None = None
    date_basis: DateBasis | None = _date_basis()
    first_since: int | None = Field(None, description='"for the first time since 2016" -> 2016.')
    part_of: int | None = Field(
        None,
        description="Index of the earlier event claim of the report this one tells again "
        "(the headline, the lead and a caption telling one incident), so it is counted once.",
    )


class ControlClaim(ClaimBase):
    kind: Literal["control"] = "control"
    place: PlaceRef | None
    actor: str | None
    change: Change
    allies: list[str] = Field(default_factory=list, description="Actors named with `actor`.")
    extent: Literal["all", "most", "part"] | None = Field(
        None, description='How much of the place: "most of Aleppo" is most.'
    )
    date: DateRef | None = None
    date_basis: DateBasis | None = _date_basis()


Claim = Annotated[CasualtyClaim | EventClaim | ControlClaim, Field(discriminator="kind")]


class ReportInfo(BaseModel):
    title: str | None = None
    outlet: str | None = None
    published: date
    language: str | None = None
    text: str


class ActorOut(BaseModel):
    name: str
    # ACLED's name on the report's day: "Military Forces of India (2014-)",
    # "CPI (Maoist): Communist Party of India (Maoist)".
    acled_name: str | None = None
    inter: int
    country: str | None = None
    backed_by: list[str] = Field(default_factory=list)
    allied_with: list[str] = Field(default_factory=list)
    mentions: list[tuple[int, int]] = Field(default_factory=list)


class PlaceOut(PlaceRef):
    mentions: list[tuple[int, int]] = Field(default_factory=list)


class Extraction(BaseModel):
    """What `warmonitor extract --format json` prints for one report."""

    report: ReportInfo
    claims: list[Claim]
    places: list[PlaceOut]
    actors: list[ActorOut]
