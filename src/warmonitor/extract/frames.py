"""Whether an event cue is a happening of the report, and who is party to it,
read off the dependency parse.

The trigger lexicon (extract/events.py) finds words; these checks read the
words around them in the parse: "a demonstration of the fragile state of the
zones" is no protest, "pledged to keep fighting" no clash, "denounced the
ceasefire talks" no agreement, "asylum due to ethnic clashes in his native
country" no riot of the report's time. And in "a source at the police
command told SANA that rebels shelled government-held districts", neither
the police (a claimant) nor the government (the districts' holder) attacked.
The cue words are data (warmonitor/data/patterns/events.json,
`not_an_event` and `roles`), loaded once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from warmonitor.extract.actors import ActorMention
from warmonitor.extract.heads import _data

_NOUNS = ("NOUN", "PROPN", "PRON", "NUM")


@dataclass(frozen=True)
class FrameCues:
    show_nouns: frozenset[str]
    show_verbs: frozenset[str]
    protest_verbs: frozenset[str]
    fight_words: frozenset[str]
    figurative_objects: frozenset[str]
    intent_verbs: frozenset[str]
    intent_object_verbs: frozenset[str]
    continuing_verbs: frozenset[str]
    intent_nouns: frozenset[str]
    absent_preps: frozenset[str]
    equip_verbs: frozenset[str]
    equip_preps: frozenset[str]
    modals: frozenset[str]
    perfect: frozenset[str]
    unreached_nouns: frozenset[str]
    unreached_verbs: frozenset[str]
    frame_preps: frozenset[str]
    cause_heads: frozenset[tuple[str, str]]
    flee_verbs: frozenset[str]
    harm_verbs: frozenset[str]
    holder_verbs: frozenset[str]
    source_nouns: frozenset[str]
    blame_verbs: frozenset[str]


@cache
def frame_cues() -> FrameCues:
    """The lists of events.json `not_an_event` and `roles`, read once."""
    data = _data("events.json")
    fig, intent = data["not_an_event"]["figurative"], data["not_an_event"]["intent"]
    agreement, cause = data["not_an_event"]["unreached_agreement"], data["not_an_event"]["cause"]
    roles = data["roles"]

    def words(items: Iterable[str]) -> frozenset[str]:
        return frozenset(items)

    return FrameCues(
        show_nouns=words(fig["show_nouns"]),
        show_verbs=words(fig["show_verbs"]),
        protest_verbs=words(fig["protest_verbs"]),
        fight_words=words(fig["fight_words"]),
        figurative_objects=words(fig["objects"]),
        intent_verbs=words(intent["verbs"]),
        intent_object_verbs=words(intent["object_verbs"]),
        continuing_verbs=words(intent["continuing_verbs"]),
        intent_nouns=words(intent["nouns"]),
        absent_preps=words(intent["absent_preps"]),
        equip_verbs=words(data["not_an_event"]["equipment"]["verbs"]),
        equip_preps=words(data["not_an_event"]["equipment"]["preps"]),
        modals=words(data["not_an_event"]["modal"]["modals"]),
        perfect=words(data["not_an_event"]["modal"]["perfect"]),
        unreached_nouns=words(agreement["nouns"]),
        unreached_verbs=words(agreement["verbs"]),
        frame_preps=words(agreement["frame_preps"]),
        cause_heads=frozenset((a, b) for a, b in cause["cause_heads"]),
        flee_verbs=words(cause["flee_verbs"]),
        harm_verbs=words(cause["harm_verbs"]),
        holder_verbs=words(roles["holder_verbs"]["lemmas"]),
        source_nouns=words(roles["source_nouns"]["lemmas"]),
        blame_verbs=words(roles["blame_verbs"]["lemmas"]),
    )


def _token(doc: Doc, start: int) -> Token | None:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def not_an_event(doc: Doc, start: int, sub_event_type: str) -> str | None:
    """Why the event cue at character `start` names no happening of the
    report ("figurative", "intent", "absent", "equipment", "modal", "unreached", "cause"), or None."""
    cue = _token(doc, start)
    if cue is None:
        return None
    cues = frame_cues()
    while cue.dep_ in ("compound", "amod") and cue.head.pos_ in ("NOUN", "PROPN") and cue.head.i > cue.i:
        cue = cue.head  # "air strike", "ceasefire talks": the phrase's head noun
    if sub_event_type == "Agreement" and _unreached(cue, cues):
        return "unreached"
    if _figurative(cue, cues):
        return "figurative"
    if _intended(cue, cues):
        return "intent"
    if cue.dep_ in ("pobj", "pcomp") and cue.head.lower_ in cues.absent_preps:
        return "absent"  # "no solution without fighting", "entered the town without a battle"
    if (
        cue.dep_ == "pobj"
        and cue.head.lower_ in cues.equip_preps
        and _lemma(cue.head.head) in cues.equip_verbs
    ):
        return "equipment"  # "a cell armed with anti-tank missiles"
    if _modal(cue, cues):
        return "modal"
    if _a_cause(cue, cues):
        return "cause"
    return None


def _people(token: Token) -> bool:
    """A group of people: a plural noun, a number, a named group ("a
    demonstration of students", "of thousands", "of Hamas supporters")."""
    return (
        token.tag_ in ("NNS", "NNPS", "CD")
        or token.ent_type_ in ("NORP", "ORG", "PERSON", "GPE", "CARDINAL")
        or any(c.dep_ == "nummod" for c in token.children)
    )


def _figurative(cue: Token, cues: FrameCues) -> bool:
    word = _lemma(cue)
    if word in cues.show_nouns and cue.pos_ == "NOUN":
        verb = cue.head
        if cue.dep_ in ("dobj", "nsubjpass") and {_lemma(verb), verb.lower_} & cues.protest_verbs:
            return False  # "held a demonstration of solidarity": a protest
        of = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None:
            return False
        objects = [c for c in of.children if c.dep_ in ("pobj", "pcomp")]
        return bool(objects) and not any(_people(o) for o in objects)  # "of the fragile state"
    if word in cues.show_verbs and cue.pos_ == "VERB":
        return any(c.dep_ in ("dobj", "ccomp") for c in cue.children)  # "demonstrated the risks"
    if word in cues.fight_words:
        return _fights_a_thing(cue, cues)
    return False


def _fights_a_thing(cue: Token, cues: FrameCues) -> bool:
    """ "battle a disease", "any disease to battle", "the fight against corruption"."""
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    objects += [o for p in cue.children if p.dep_ == "prep" and p.lower_ == "against" for o in p.children]
    if cue.dep_ in ("relcl", "acl") or (cue.dep_ == "pobj" and cue.head.lower_ == "to"):
        node = cue.head  # "a disease to battle", "a fever left to battle": the noun above
        for _ in range(3):
            if node.pos_ == "NOUN" or node.head is node:
                break
            node = node.head
        objects.append(node)
    return any(_lemma(o) in cues.figurative_objects for o in objects)


def _intended(cue: Token, cues: FrameCues) -> bool:
    node = cue
    if node.pos_ in _NOUNS:
        head = node.head
        if node.dep_ == "pobj" and head.dep_ == "prep":
            return _under_an_intent(node, cues)
        if node.dep_ != "dobj":
            return False
        if _lemma(head) in cues.intent_object_verbs:
            return True  # "threatened fresh strikes"
        if _lemma(head) not in cues.continuing_verbs:
            return False  # "vowed to avenge the attack": the attack was real
        node = head  # "carry out attacks", "keep up the fight"
    for _ in range(4):  # up the to- and that-clauses: "pledged to keep fighting"
        if node.dep_ == "acl" and _lemma(node.head) in cues.intent_nouns:
            return True  # "a vow to fight on"
        if node.dep_ == "pcomp" and node.head.lower_ == "on":
            node = node.head  # "go on fighting", "carry on fighting"
        elif node.dep_ not in ("xcomp", "ccomp"):
            return False
        node = node.head
        if _lemma(node) in cues.intent_verbs:
            return True
        if _lemma(node) not in cues.continuing_verbs:
            return False
    return False


def _under_an_intent(node: Token, cues: FrameCues) -> bool:
    """ "threats of strikes", "warned of an offensive", "plans for the
    continuation of the fighting": up the chain of prepositional phrases."""
    for _ in range(3):
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return False
        above = node.head.head
        if (above.pos_ == "NOUN" and _lemma(above) in cues.intent_nouns) or (
            node.head.lower_ == "of" and _lemma(above) in cues.intent_object_verbs
        ):
            return True
        node = above
    return False


def _modal(cue: Token, cues: FrameCues) -> bool:
    """ "the rebels will attack", "can intercept missiles" (not "may have been
    killed in air strikes": a hedged past)."""
    verb = cue
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [_lemma(c) for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a in cues.modals for a in auxes) and not any(a in cues.perfect for a in auxes)


def _unreached(cue: Token, cues: FrameCues) -> bool:
    noun = cue.head if cue.dep_ in ("compound", "amod", "nmod") else cue
    if _lemma(noun) in cues.unreached_nouns:
        return True  # "ceasefire talks", "truce violations"
    for node in (cue, noun):
        if node.dep_ in ("dobj", "nsubjpass") and _lemma(node.head) in cues.unreached_verbs:
            return True  # "denounced the ceasefire talks", "the truce was violated"
        if node.dep_ == "pobj" and node.head.lower_ in cues.frame_preps:
            return True  # "a zone under an agreement between ..."
    return False


def _a_cause(cue: Token, cues: FrameCues) -> bool:
    """The cue is the reason for something that is no harm: "granted asylum
    due to clashes", "fled the fighting"."""
    noun = cue.head if cue.dep_ in ("compound", "amod") else cue
    if noun.dep_ == "dobj" and _lemma(noun.head) in cues.flee_verbs:
        # "fled the fighting" (not "were hit as they fled the fighting")
        return not any(_lemma(a) in cues.harm_verbs for a in noun.head.ancestors)
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    # "due to X" (to under due), "because of X" (X and "of" both under because)
    pairs = {(prep.head.lower_, prep.lower_), (_lemma(prep.head), prep.lower_)}
    pairs |= {(prep.lower_, c.lower_) for c in prep.children if c.dep_ == "pcomp"}
    if not pairs & cues.cause_heads:
        return False
    verb = prep.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    return _lemma(verb) not in cues.harm_verbs


# --- who is party to the event ------------------------------------------


def party_mentions(sent: Span, mentions: list[ActorMention]) -> list[ActorMention]:
    """The sentence's actor mentions that may be parties to its events, the
    blamed first: a place's holder ("government-held districts"), an actor
    named only in a source phrase ("a source at the police command told")
    and the one who blames ("rebels blamed Russian warplanes") are not."""
    cues = frame_cues()
    doc = sent.doc
    kept: list[ActorMention] = []
    blamed: list[ActorMention] = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            kept.append(m)
            continue
        role = _role(span.root, cues)
        if role == "blamed":
            blamed.append(m)
        elif role is None:
            kept.append(m)
    return blamed + kept


def doc_party_mentions(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """`party_mentions` of each sentence in turn, for a whole short text
    (an ACLED note): the blamed of a sentence first within it."""
    out: list[ActorMention] = []
    for sent in doc.sents:
        inside = [m for m in mentions if sent.start_char <= m.start < sent.end_char]
        out += party_mentions(sent, inside) if inside else []
    placed = {id(m) for m in mentions if any(s.start_char <= m.start < s.end_char for s in doc.sents)}
    return out + [m for m in mentions if id(m) not in placed]


def _role(root: Token, cues: FrameCues) -> str | None:
    if _holder(root, cues):
        return "holder"
    if _in_source_phrase(root, cues):
        return "source"
    return _blame_role(root, cues)


def _holder(root: Token, cues: FrameCues) -> bool:
    head = root.head
    # "government-held": the actor word modifies the participle after a hyphen
    if root.dep_ in ("npadvmod", "compound", "amod", "nmod") and _lemma(head) in cues.holder_verbs:
        return head.i == root.i + 2 and root.nbor(1).text == "-"
    nxt = root.nbor(1) if root.i + 2 < len(root.doc) else None
    if nxt is not None and nxt.text == "-" and _lemma(root.nbor(2)) in cues.holder_verbs:
        return True  # the parse attached the hyphenated pieces otherwise
    # "districts dominated by Assad forces", "areas controlled by the army"
    return (
        root.dep_ == "pobj"
        and head.lower_ == "by"
        and _lemma(head.head) in cues.holder_verbs
        and head.head.dep_ in ("acl", "amod", "relcl")
    )


def _in_source_phrase(root: Token, cues: FrameCues) -> bool:
    node = root
    for _ in range(4):  # "a source at Aleppo Police Command": up to "source"
        if node.head is node:
            return False
        if node.dep_ in ("pobj", "prep", "compound", "nmod", "poss", "amod"):
            node = node.head
            if node.pos_ == "NOUN" and _lemma(node) in cues.source_nouns:
                return node.dep_ in ("nsubj", "pobj") and node.i != root.i
            continue
        return False
    return False


def _blame_role(root: Token, cues: FrameCues) -> str | None:
    head = root.head
    if _lemma(head) in cues.blame_verbs:
        if root.dep_ == "nsubj":
            return "blamer"  # "rebels blamed Russian warplanes"
        if root.dep_ in ("dobj", "nsubjpass"):
            return "blamed"  # "accused the army of ...", "the regime was accused of ..."
    if root.dep_ == "pobj" and _lemma(head.head) in cues.blame_verbs:
        if head.lower_ == "on":
            return "blamed"  # "blamed the attack on the militia"
        if head.lower_ == "by":
            return "blamer"  # "accused by rights groups of ..."
    return None
