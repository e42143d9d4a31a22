"""A lead's counts in the outlet's voice, followed by one source telling how
the same attack happened, are that source's claim (gold/fakes/README.md, "A
source that tells only how the counted deaths happened", decided 2026-12-01;
extract/account_source.py). And a roundup item whose source is named after
its figures, and a country's possessive written without its apostrophe after
words the parse ran into it. Sentences are this project's own wording, after
the shapes read in FA-KES articles outside the held-out half (a Lebanese
outlet relaying the state agency, a Turkish paper relaying an association,
state-media roundups of shelling by city)."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.attribution import ClaimantContext, canonical_claimant, outlet_voice
from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2015, 6, 9)


def sources(text: str, outlet: str) -> list[tuple[str, int | None, str | None]]:
    found = extract(text, DAY, outlet=outlet).claims
    return [(c.outcome, c.best, c.claimant) for c in found if isinstance(c, CasualtyClaim)]


def test_the_agency_telling_how_the_blast_happened_has_the_lead() -> None:
    text = (
        "Two car bombs went off near a bakery in the south of the capital killing six and injuring 21. "
        "SANA said the first explosion came when a driver left the car by the queue and set it off."
    )
    assert {who for _, _, who in sources(text, "manar")} == {"SANA"}


def test_a_background_war_toll_of_another_source_is_no_rival_count() -> None:
    """The war-wide toll a research group keeps is background, not a count
    of the blast: the agency telling how the blast happened keeps the lead."""
    text = (
        "Two car bombs went off near a bakery in the south of the capital killing six and injuring 21. "
        "SANA said the first explosion came when a driver left the car by the queue and set it off. "
        "The war has killed more than 400,000 people since March 2011, the Syrian Center for Policy "
        "Research estimates."
    )
    found = sources(text, "manar")
    assert ("killed", 6, "SANA") in found and ("injured", 21, "SANA") in found


def test_an_association_naming_the_weapons_used_in_the_attack() -> None:
    text = (
        "Three people were killed and 11 others were wounded as government forces shelled a hill village "
        "near the border. According to the Syrian Network for Human Rights rockets and tanks were used in "
        "the attack."
    )
    assert sources(text, "dailysabah") == [
        ("killed", 3, "Syrian Network for Human Rights"),
        ("injured", 11, "Syrian Network for Human Rights"),
    ]


def test_a_source_on_another_front_leaves_the_lead_to_the_outlet() -> None:
    """The sentence names neither the lead's attack nor its place."""
    text = (
        "The army ambushed a band of gunmen on the plains east of Palmyra killing 12 of them. "
        "Army units also pressed on in the farms around Douma taking several blocks SANA reported."
    )
    assert {who for _, _, who in sources(text, "manar")} == {outlet_voice("manar")}


def test_a_witness_describing_the_blast_is_no_source_of_the_count() -> None:
    text = (
        "A bomber killed 18 people and wounded 40 at a funeral in the town on Sunday. "
        "A witness who lost a cousin in the blast said the man walked into the tent and shouted."
    )
    assert {who for _, _, who in sources(text, "dailysabah")} == {outlet_voice("dailysabah")}


def test_other_sources_giving_counts_keep_a_vague_lead_the_outlets() -> None:
    """A vague lead beside two sources' own counts is a figure of none of them."""
    text = (
        "Dozens of people were killed when jets struck a market in the city. "
        "Local sources said the raid was carried out by Russian jets. "
        "The Syrian Observatory for Human Rights said 14 people died while the Local Coordination "
        "Committees put the toll at 16."
    )
    lead = sources(text, "alaraby")[0]
    assert lead[2] == outlet_voice("alaraby")


def test_a_roundup_items_source_named_after_its_figures() -> None:
    """The carried source of the item before gives way to the one named
    right after, telling the same count."""
    text = (
        "A source at Hama Governorate told SANA that rocket shells fell on a square causing damage to shops. "
        "Four civilians hurt in mortar attack on Jaramana Terrorists fired a mortar shell on Jaramana "
        "injuring four civilians. "
        "A source at Damascus Countryside Police Command said the shell fell near a school injuring four "
        "civilians and causing damage to cars."
    )
    hurt = [who for outcome, best, who in sources(text, "sana") if outcome == "injured" and best == 4]
    assert hurt and set(hurt) == {"Damascus Countryside Police Command"}


def test_a_carried_source_stays_when_the_next_source_tells_a_new_count() -> None:
    text = (
        "A source at Hama Governorate told SANA that rocket shells fell on a square causing damage to shops. "
        "Later two civilians were injured by a shell in the same square. "
        "A source at the Hama Police Command said five people were injured in a village to the north."
    )
    two = [who for outcome, best, who in sources(text, "sana") if best == 2]
    assert "Hama Police Command" not in two


def test_a_countrys_ministry_after_words_the_parse_ran_into_it() -> None:
    context = ClaimantContext(outlet="Al Arabiya")
    assert canonical_claimant("nerve gas Turkeys health ministry", context) == "turkish health ministry"
    assert canonical_claimant("Turkeys health ministry", context) == "turkish health ministry"


def test_local_sources_naming_the_jets_that_struck_the_lead_town() -> None:
    text = (
        "Nine civilians were killed in Saraqib on Tuesday. "
        "Local sources said Russian warplanes struck Saraqib twice before noon."
    )
    assert {who for _, _, who in sources(text, "alaraby")} == {"local sources"}


def test_a_two_item_headline_then_a_source_on_the_other_item() -> None:
    """The source's sentence tells of villages regained, not of an attack."""
    text = (
        "Nineteen gunmen killed in Idlib army regains villages in Hama. "
        "Field sources told the channel that the army regained Tal Nasr and Kafr Dibbin in Hama countryside."
    )
    assert {who for _, _, who in sources(text, "manar")} == {outlet_voice("manar")}


def test_a_lead_total_the_sum_of_one_sources_items() -> None:
    """The outlet added up the police command's two items (6 + 3 = 9)."""
    text = (
        "Nine civilians were killed and 30 others were injured in rocket attacks on the city on Friday. "
        "A source at Hama Police Command said that six civilians were killed and 21 others injured when "
        "a rocket hit the old market. The source added that terrorists fired shells on the university "
        "district killing three civilians and injuring 9 others."
    )
    assert {who for _, _, who in sources(text, "sana")} == {"Hama Police Command"}


def test_a_lead_total_its_source_items_do_not_add_up_to() -> None:
    text = (
        "Twelve civilians were killed and 30 others were injured in rocket attacks on the city on Friday. "
        "A source at Hama Police Command said that six civilians were killed and 21 others injured when "
        "a rocket hit the old market. The source added that terrorists fired shells on the university "
        "district killing three civilians and injuring 4 others."
    )
    assert sources(text, "sana")[0] == ("killed", 12, outlet_voice("sana"))


def test_a_headline_summing_two_sources_keeps_the_outlets_voice() -> None:
    """The source's first sentence tells a city's total and its first item
    (7 and 2): no item by item sum, though 7 + 2 is the headline's 9, which
    also counts the other province's dead told by another reporter."""
    text = (
        "Nine civilians killed in rocket attacks on Aleppo and Hama. "
        "Seven civilians were killed in rocket attacks on Aleppo city according to a source at Aleppo "
        "Police Command two people were killed in a rocket attack on the old market. "
        "Two other people were reported killed in a similar attack on a school."
    )
    assert sources(text, "sana")[0] == ("killed", 9, outlet_voice("sana"))


# A headline or lead's vague count beside an exact count one source tells
# again (account_source.vague_beside_retold): the vaguer figure rounds the
# source's count of the same outcome.


def test_a_lead_rounding_the_hospitals_injured_to_dozens() -> None:
    text = (
        "Rockets killed 9 civilians and injured dozens in Daraa city on Wednesday. "
        "The director of Daraa National Hospital told SANA that nine civilians were killed "
        "and 37 others were wounded in the shelling."
    )
    assert sources(text, "alalam") == [
        ("killed", 9, "Daraa National Hospital"),
        ("injured", 12, "Daraa National Hospital"),
        ("killed", 9, "Daraa National Hospital"),
        ("injured", 37, "Daraa National Hospital"),
    ]


def test_scores_wounded_go_to_the_police_source_quoted_after_a_sentence_between() -> None:
    text = (
        "Two people were killed and scores were wounded on Monday in rocket fire on quarters of Aleppo city. "
        "The agency's reporter quoted a source at Aleppo Police Command as saying the rockets hit "
        "three markets. The reporter said the rockets killed 2 people and wounded 38 others."
    )
    assert {who for _, _, who in sources(text, "alalam")} == {"Aleppo Police Command"}


def test_a_source_telling_no_wounded_leaves_the_vague_count_alone() -> None:
    """The police source tells the dead only; the wounded are the medics'
    count, of another source, after it: the lead's dozens stay the outlet's."""
    text = (
        "Mortars killed 6 people and wounded dozens in the old city on Sunday. "
        "A source at Damascus Police Command said six were killed when a shell hit a bus. "
        "Medics said 31 people were treated for wounds."
    )
    assert ("injured", 12, outlet_voice("alalam")) in sources(text, "alalam")


def test_a_vague_count_of_the_retold_counts_own_outcome_is_another_figure() -> None:
    """The dozens dead are of an earlier attack elsewhere, not a rounding of
    the source's 14."""
    text = (
        "At least 14 people were killed in raids on the town on Monday, a day after a gas attack "
        "left dozens dead in the north. The Syrian Observatory for Human Rights said 14 people "
        "including three children were killed in the raids."
    )
    assert ("killed", 12, outlet_voice("alaraby")) in sources(text, "alaraby")
