"""Speakers told through a description of what they are (issue 11, branch
claimant16b): a description put before an organisation's own name with no
comma, a later mention by where the organisation sits, and plural sources
that name no organisation. The claimant is the name, the organisation named
before, or the description; never the outlet.

Sentences written for these tests, in the manner of wire copy as FA-KES keeps
it (commas stripped), about several wars; none is copied from a report.
"""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.described_speakers import name_after_description, plural_source, without_place
from warmonitor.extract.pipeline import extract

DAY = date(2024, 11, 26)


def claimants(text: str, outlet: str = "Al-Ahram") -> list[tuple[int | None, str | None]]:
    return [
        (c.best, c.claimant) for c in extract(text, DAY, outlet=outlet).claims if isinstance(c, CasualtyClaim)
    ]


@pytest.mark.parametrize(
    ("text", "best", "expected"),
    [
        (
            "Last spring press watchdog Reporters Without Borders said 17 reporters"
            " had been killed in the country since 2022.",
            17,
            "Reporters Without Borders",
        ),
        (
            "Aid group Save the Children said six pupils were killed when a shell hit a school in Kharkiv.",
            6,
            "Save the Children",
        ),
        (
            "Kurdish rights watchdog Hengaw reported that 23 protesters were shot dead in Mahabad on Friday.",
            23,
            "Hengaw",
        ),
        (
            "New York-based group Human Rights Watch said at least 40 villagers"
            " were killed in the raid on Tuesday.",
            40,
            "Human Rights Watch",
        ),
    ],
)
def test_a_description_before_a_name_leaves_the_name(text: str, best: int, expected: str) -> None:
    assert claimants(text) == [(best, expected)]


def test_a_known_name_after_its_description_keeps_its_canonical_name() -> None:
    text = "The monitoring group the Syrian Observatory for Human Rights said nine fighters died near Tadef."
    assert claimants(text) == [(9, "Syrian Observatory for Human Rights")]


def test_a_later_mention_by_where_it_sits_is_the_organisation_named_before() -> None:
    text = (
        "Shelling hit the El Fasher market at noon the Sudan Doctors Network said. "
        '"The shells also wounded 31 people" said the Khartoum-based organisation.'
    )
    assert claimants(text, "Reuters") == [(31, "Sudan Doctors Network")]


@pytest.mark.parametrize(
    ("text", "best", "expected"),
    [
        (
            "Independent monitors say more than 9000 people have died in the Tigray war since 2020.",
            9000,
            "independent monitors",
        ),
        (
            "According to rights groups at least 300 protesters have been killed since September.",
            300,
            "rights groups",
        ),
        (
            "Shelling hit the camp on Monday killing 12 people in Tawergha rights groups said.",
            12,
            "rights groups",
        ),
        (
            "The army says its raids killed no civilians. Other monitors say 45 civilians died in them.",
            45,
            "monitors",
        ),
    ],
)
def test_a_plural_source_naming_no_organisation_is_the_description(
    text: str, best: int, expected: str
) -> None:
    assert (best, expected) in claimants(text)


def test_the_description_helpers_read_only_their_shapes() -> None:
    assert name_after_description("media watchdog Reporters Without Borders") == "Reporters Without Borders"
    assert name_after_description("Syrian Network for Human Rights") is None  # a name, no description
    assert name_after_description("the group") is None
    assert name_after_description("rights group amnesty") is None  # no capitalised name after it
    assert without_place("the london-based rights group") == "the rights group"
    assert without_place("the uk based group") == "the group"
    assert plural_source("some human rights groups") == "human rights groups"
    # comma-less copy runs the clause before into the speaker: only the head and its qualifiers
    assert plural_source("shelling causing hundreds of civilian casualties aid agencies") == "aid agencies"
    assert plural_source("Tawergha rights groups") == "rights groups"
    assert plural_source("election monitors") == "election monitors"
    assert plural_source("activists and NGOs") is None  # a pair: the first named speaks
    assert plural_source("the groups") is None
    assert plural_source("fighters of several armed monitors in the north of the country") is None
