"""The content gazetteer and keyword rules (pure logic on a small hand-made gazetteer)."""

from __future__ import annotations

import pytest

from bot.engine.entities import Gazetteer, unknown_condition
from bot.engine.rules import facets_of, rule_intent


def gazetteer() -> Gazetteer:
    gaz = Gazetteer()
    gaz.add_item("condition", "conditions/cystic-fibrosis", "Cystic fibrosis", ["CF"])
    gaz.add_item("condition", "conditions/rett-syndrome", "Rett syndrome", ["RTT"])
    gaz.add_item("condition", "conditions/myasthenia-gravis", "Myasthenia gravis", ["MG"])
    gaz.add_item("treatment", "treatments/gene-therapy", "Gene therapy", ["gene therapies"])
    gaz.add("country", "GB", ["United Kingdom", "UK"])
    gaz.add("country", "IT", ["IT"], strict=True)
    return gaz


def test_names_aliases_short_titles_and_misspellings() -> None:
    gaz = gazetteer()
    assert gaz.find("cf meds").conditions == ["conditions/cystic-fibrosis"]
    assert gaz.find("my daughter has rett").conditions == ["conditions/rett-syndrome"]
    assert gaz.find("cystic fibrossis in adults").conditions == ["conditions/cystic-fibrosis"]
    found = gaz.find("gene therapy for CF in the UK")
    assert found.treatments == ["treatments/gene-therapy"]
    assert found.countries == ["GB"]


def test_medicines_point_at_the_conditions_they_treat() -> None:
    gaz = gazetteer()
    gaz.add_medicines("conditions/myasthenia-gravis", ["pyridostigmine", "eculizumab"])
    gaz.add_medicines("conditions/pnh", ["eculizumab", "Soliris"])
    gaz.add_medicines("conditions/rett-syndrome", ["RTT"])  # a name taken already stays taken
    found = gaz.find("is pyridostgmine ok with food")  # misspelt
    assert found.medicines == ["conditions/myasthenia-gravis"]
    assert found.conditions == []
    assert gaz.find("how does eculizumab work").medicines == [
        "conditions/myasthenia-gravis",
        "conditions/pnh",
    ]
    assert gaz.find("my daughter has RTT").conditions == ["conditions/rett-syndrome"]
    assert gaz.find("my daughter has RTT").medicines == []


def test_misspellings_keep_the_first_letter() -> None:
    gaz = gazetteer()
    gaz.add_item("treatment", "treatments/rna-therapies", "RNA therapies", ["RNA medicine"])
    assert gaz.find("they gave her a medicine called x").treatments == []
    assert gaz.find("is there an rna medicne for it").treatments == ["treatments/rna-therapies"]


def test_names_spelt_by_ear() -> None:
    gaz = gazetteer()
    gaz.add_item("condition", "conditions/pku", "Phenylketonuria", ["PKU"])
    gaz.add_item("condition", "conditions/fa", "Friedreich ataxia", [])
    gaz.add("country", "GR", ["Greece"])
    assert gaz.find("wat is fenilketonurea").conditions == ["conditions/pku"]
    assert gaz.find("how do they test for freedrik ataxia").conditions == ["conditions/fa"]
    assert gaz.find("sistic fibrosis").conditions == ["conditions/cystic-fibrosis"]
    # Countries never match by sound: "greyish" is not "Greece".
    assert gaz.find("her lips are greyish").countries == []
    assert gaz.find("my friend with a fever").conditions == []


def test_names_split_in_two() -> None:
    gaz = gazetteer()
    gaz.add_item("condition", "conditions/pku", "Phenylketonuria", ["PKU"])
    gaz.add_item("condition", "conditions/angelman", "Angelman syndrome", [])
    assert gaz.find("adults with p k u").conditions == ["conditions/pku"]
    assert gaz.find("tests for angel man syndrome").conditions == ["conditions/angelman"]
    assert gaz.find("cystic fi brosis").conditions == ["conditions/cystic-fibrosis"]


def test_ambiguous_short_names_need_capitals() -> None:
    gaz = gazetteer()
    assert gaz.find("i take 50 mg a day").conditions == []
    assert gaz.find("my wife has MG").conditions == ["conditions/myasthenia-gravis"]
    assert gaz.find("is it genetic").countries == []
    assert gaz.find("we live in IT").countries == ["IT"]


def test_resolve_maps_rasa_values() -> None:
    gaz = gazetteer()
    assert gaz.resolve("condition", "cystic fibrosis") == "conditions/cystic-fibrosis"
    assert gaz.resolve("condition", "conditions/rett-syndrome") == "conditions/rett-syndrome"
    assert gaz.resolve("condition", "alkaptonuria") is None


def test_unknown_condition_names() -> None:
    assert unknown_condition("what are the symptoms of alkaptonuria") == "alkaptonuria"
    assert unknown_condition("tell me about behcets disease") == "behcets disease"
    assert unknown_condition("what is a rare disease") is None
    assert unknown_condition("how is the diagnosis made") is None
    assert unknown_condition("what's primary ciliary dyskinesia") == "dyskinesia"
    assert unknown_condition("can dystonia run in families") == "dystonia"
    assert unknown_condition("my son has epilepsy and dravet") is None  # too common to be unknown


def test_facets_prefer_the_question_part() -> None:
    assert facets_of("my son was diagnosed last week. how is it inherited?") == ["causes"]
    assert facets_of("what is cystic fibrosis") == ["overview"]
    assert "treatment" in facets_of("is there a cure")


@pytest.mark.parametrize(
    ("text", "facet"),
    [
        ("angelman syndrome does it come from the mums side or the dads side", "causes"),
        ("kindly tell how retinitis pigmentosa is passed in families", "causes"),
        ("can you keep driving if you have RP", "living"),
        ("beighton score for EDS, how does it work", "diagnosis"),
        ("the metal rods they put in the legs of kids with OI", "treatment"),
        ("what kind of skin marks show up with TSC", "symptoms"),
    ],
)
def test_facet_words(text: str, facet: str) -> None:
    assert facet in facets_of(text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Someone in a parenting forum claimed vaccines cause Dravet. True?", None),
        ("A forum said you need a heart catheter to confirm PAH. Is that true?", None),
        ("a post going round our parents' group says a clinic cures EB", None),
        ("is there a forum for parents of kids with rett", "find_support_group"),
        ("any online forums for CF adults?", "find_support_group"),
        ("im in a facebook group for sma, are there other groups in the uk", "find_support_group"),
        ("a private clinic abroad offers a cure for EDS, is it real", None),
        ("is this chat private?", "privacy"),
        ("do u keep my msgs?", "privacy"),
        ("who can see what we type here, is any of it stored?", "privacy"),
        ("are my samples stored after the biobank visit?", None),
        ("better than the usual trial and error with medicines?", None),
    ],
)
def test_where_something_was_read_is_not_a_request_for_groups_or_privacy(
    text: str, intent: str | None
) -> None:
    assert rule_intent(text).intent == intent


def test_rule_intents() -> None:
    assert rule_intent("can i talk to a real person").intent == "human_handoff"
    assert rule_intent("are you a bot?").intent == "bot_challenge"
    assert rule_intent("how do i sign up for a study").intent == "ask_clinical_trials"
    assert rule_intent("is there a support group in ireland").intent == "find_support_group"
    assert rule_intent("what causes fabry disease").intent is None
    assert rule_intent("salamat po, very helpful").intent == "thanks"
    assert rule_intent("dravet parents network in the US?").intent == "find_support_group"
