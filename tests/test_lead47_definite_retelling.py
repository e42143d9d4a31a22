"""A count told with the definite article ("killing the two attackers")
points back to people already counted: it restates the lead's count of
the same outcome and number whatever noun it now uses, and is not added to
it (casualties.json `restated.definite`). Found in the ISAF dev releases
(the lead's "two insurgents" and the body's "the two attackers" made four
dead where the release tells of two). The sentences are this project's
own, written after ISAF and SATP releases of ../shared/data/real-dev/.
"""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract


def _killed(text: str) -> list[tuple[int | None, int | None]]:
    claims = extract(text, date(2011, 9, 2), outlet="ISAF").claims
    return [(c.best, c.part_of) for c in claims if isinstance(c, CasualtyClaim) and c.outcome == "killed"]


def test_the_two_attackers_are_the_two_insurgents_of_the_lead() -> None:
    killed = _killed(
        "An Afghan and coalition force killed three insurgents during an operation in Nad Ali district "
        "yesterday. As the force neared the compound, gunmen opened fire from a rooftop. The force returned "
        "fire, killing the three attackers."
    )
    assert len(killed) == 2 and killed[1][1] is not None, killed


def test_three_more_gunmen_are_others() -> None:
    killed = _killed(
        "An Afghan and coalition force killed three insurgents during an operation in Nad Ali district "
        "yesterday. Later, the force killed three more gunmen in a second compound."
    )
    assert [part for _best, part in killed] == [None, None], killed
