"""The day of an attack named again (issue 11, branch dates28).

"Warplanes hit a food convoy near Kafr Nabl on Sunday night, killing scores
of drivers. The aircraft came back to the town of Saraqib and bombed it
again. Twelve drivers died in the second raid, the group said." The last
count is of the lead's attack, named again with its article ("the second
raid", "the attack": retold.json `account` patterns), so of the lead's day;
the incident context (incident_context._incidents) lost that day where a
sentence between named a new place with no day of its own, and the count
kept the report's own day. Written after the FA-KES development date
misses of this kind (agency copy quoting a monitor's director or a rescue
service's statement after a lead that tells the day) and the blind reading
of seed 3131."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from warmonitor.extract import attribution
from warmonitor.extract.account_source import attacks_named_again as named_again
from warmonitor.extract.account_source import tells_an_attack
from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.mentions import doc_sentences


def attacks_named_again(doc: Doc) -> None:
    """An incident count dated only by the report's day, in a sentence that
    names an attack again with its article in the count's own clause and
    opens no new item, takes the
    day the report's lead count tells: the first count whose own sentence
    tells its day (`date_basis` "text") and an attack. Runs after
    `casualty_sources.twins_share_days`, so a count a twin already dated
    keeps its twin's day."""
    claims = doc._.claims
    sentences = doc_sentences(doc)
    starts = [s.start_char for s, _ in sentences]
    told = sorted(
        (c.span[0], i)
        for i, c in enumerate(claims)
        if isinstance(c, CasualtyClaim) and c.scope == "incident" and c.date_basis == "text"
    )
    if not told:
        return
    lead = claims[told[0][1]]
    lead_sentence = bisect_right(starts, lead.span[0]) - 1
    if not tells_an_attack(sentences[lead_sentence][0]):
        return
    for i, claim in enumerate(claims):
        if not isinstance(claim, CasualtyClaim) or claim.scope != "incident" or claim.date_basis != "report":
            continue
        k = bisect_right(starts, claim.span[0]) - 1
        sentence = sentences[k][0]
        if k <= lead_sentence or attribution.opens_new_item(sentence):
            continue
        count = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
        if count is None or not len(count):
            continue
        # the attack is named in the count's own clause ("died in the second
        # raid"), not beside it ("three were hurt in the raid, the group said,
        # with two more dead in shelling the week before")
        clause = _clause(count[0])
        if not any(_clause(noun) == clause for noun in named_again(sentence)):
            continue
        claims[i] = claim.model_copy(update={"date": lead.date, "date_basis": "context"})


def _clause(token: Token) -> int:
    """The index of the verb heading the token's clause, conjoined verbs and
    the telling verb of a told clause read as one clause ("12 were killed in
    the strike, the service said, and 20 were wounded"); the sentence's root
    where no verb governs it. Indices, not tokens: spaCy makes a new Token at
    every access (lead55)."""
    while token.pos_ != "VERB" and token.head.i != token.i:
        token = token.head
    while token.dep_ in ("conj", "ccomp") and token.head.i != token.i:
        token = token.head
    return token.i
