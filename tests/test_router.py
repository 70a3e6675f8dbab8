"""How the router weighs Rasa's parse against the rules (pure logic: hand-made parses)."""

from __future__ import annotations

import pytest

from bot.engine.entities import Gazetteer
from bot.engine.router import (
    AGAINST,
    ALONE,
    FACET_MARGIN,
    NAMED_AGAINST,
    NAMED_SECONDED,
    OVERVIEW_MARGIN,
    SECONDED,
    TRIAL_MARGIN,
    Route,
    route,
)
from bot.engine.safety import happening_now, past_event
from bot.nlu.base import Parse


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    g = Gazetteer()
    g.add_item("condition", "conditions/cystic-fibrosis", "Cystic fibrosis", ["CF"])
    g.add_item("condition", "conditions/prader-willi-syndrome", "Prader-Willi syndrome", ["PWS"])
    g.add_item("treatment", "treatments/gene-therapy", "Gene therapy", [])
    g.add_item("treatment", "treatments/genetic-testing", "Genetic testing", ["gene test"])
    g.add_medicines("conditions/cystic-fibrosis", ["ivacaftor", "Kaftrio", "miglustat"])
    g.add_medicines("conditions/prader-willi-syndrome", ["miglustat"])  # made up: shared
    return g


def _route(gaz: Gazetteer, text: str, parse: Parse | None = None) -> Route:
    return route(text, gaz.find(text), parse, gaz, {})


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("how does CF present in adults?", "conditions/cystic-fibrosis#symptoms"),
        ("we both carry CF, what are the baby's chances?", "conditions/cystic-fibrosis#causes"),
        ("how is CF picked up in babies?", "conditions/cystic-fibrosis#diagnosis"),
        ("is there a med for PWS hunger yet", "conditions/prader-willi-syndrome#treatment"),
        ("can a boy with CF do PE at school?", "conditions/cystic-fibrosis#living"),
        (
            "how should i hold a baby with PWS, he's so floppy",
            "conditions/prader-willi-syndrome#living",
        ),
        ("what does it actually do to the lungs, CF?", "conditions/cystic-fibrosis#symptoms"),
        ("is CF catching?", "conditions/cystic-fibrosis#overview"),
        (
            "we're both carriers, what is the chance this baby has CF?",
            "conditions/cystic-fibrosis#causes",
        ),
        (
            "could CF have come down through my side of the family",
            "conditions/cystic-fibrosis#causes",
        ),
        ("my uncle has CF, could my son get it?", "conditions/cystic-fibrosis#causes"),
        (
            "was the hunger actually part of it all along? PWS",
            "conditions/prader-willi-syndrome#symptoms",
        ),
        ("can gene therapy be given a second time", "treatments/gene-therapy#risks-and-limits"),
        (
            "could a gene test affect my life insurance?",
            "treatments/genetic-testing#risks-and-limits",
        ),
        ("is a home dna kit as good as a gene test?", "treatments/genetic-testing#be-careful"),
        ("how often is gene therapy given?", "treatments/gene-therapy#how-it-works"),
        ("what difference has gene therapy made for patients?", "treatments/gene-therapy#benefits"),
    ],
)
def test_facet_words(gaz: Gazetteer, text: str, section: str) -> None:
    assert _route(gaz, text).sections[:1] == [section]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("how do other families cope when the hunger never stops", "find_support_group"),
        ("where do your answers come from? do you make stuff up", "bot_challenge"),
        ("what happens to the things i type in here?", "privacy"),
    ],
)
def test_rasa_alone_does_not_take_a_question_away_from_content(
    gaz: Gazetteer, text: str, intent: str
) -> None:
    assert _route(gaz, text, Parse(intent, 0.99)).action == "search"


def test_the_rules_words_still_decide_those_intents(gaz: Gazetteer) -> None:
    assert _route(gaz, "is there a support group for parents?", None).action == "groups"


def test_what_to_ask_the_doctor_is_not_personal_advice(gaz: Gazetteer) -> None:
    text = "seeing the consultant next week, what should i ask about targeted medicines"
    assert _route(gaz, text, Parse("personal_medical_advice", 0.99)).action == "search"


def test_rasa_advice_about_someone_is_believed(gaz: Gazetteer) -> None:
    text = "i'm thinking of coming off everything for a while"
    assert _route(gaz, text, None).action == "search"  # no rule fires ...
    assert _route(gaz, text, Parse("personal_medical_advice", 0.95)).action == "advice"


def test_rasa_emergency_is_not_believed_for_a_general_question(gaz: Gazetteer) -> None:
    text = "which number do you call for an ambulance in the UK?"
    assert _route(gaz, text, Parse("emergency", 0.97)).action != "emergency"
    urgent = "help quick, dad is grey and sweating and not answering"
    assert _route(gaz, urgent, Parse("emergency", 0.97)).action == "emergency"


def test_unknown_condition_from_rasa_must_look_like_a_name(gaz: Gazetteer) -> None:
    acronym = _route(
        gaz, "what is the RDCRN", Parse("ask_condition", 0.9, {"condition": ["RDCRN"]})
    )
    assert acronym.unknown is None
    named = Parse("ask_condition", 0.9, {"condition": ["Erdheim-Chester disease"]})
    assert _route(gaz, "tell me about erdheim-chester", named).unknown


def test_rasa_facets_do_not_choose_the_section(gaz: Gazetteer) -> None:
    parse = Parse("ask_condition", 0.95, {"facet": ["causes"]})
    r = _route(gaz, "why do pws families lock the fridge", parse)
    assert r.items == ["conditions/prader-willi-syndrome"]
    assert "conditions/prader-willi-syndrome#causes" not in r.sections


@pytest.mark.parametrize(
    ("text", "margin"),
    [
        ("what is cystic fibrosis?", 0.0),  # only the name: the overview, firmly
        ("what is the sweat chloride in CF?", OVERVIEW_MARGIN),
        ("first signs of cf in a baby", FACET_MARGIN),
        ("what is gene therapy?", 0.0),
        ("what is a viral vector in gene therapy?", OVERVIEW_MARGIN),  # a part of it
    ],
)
def test_how_firmly_facet_words_choose(gaz: Gazetteer, text: str, margin: float) -> None:
    assert _route(gaz, text).margin == margin


def test_scam_cues_anywhere_mean_be_careful(gaz: Gazetteer) -> None:
    text = "a clinic abroad sells gene therapy for 60k. how do i know if it works?"
    assert _route(gaz, text).sections == ["treatments/gene-therapy#be-careful"]


def test_weak_crisis_words_do_not_back_rasa_on_a_condition_question(gaz: Gazetteer) -> None:
    plan = "how do families with PWS plan ahead for when we're gone?"
    assert _route(gaz, plan, Parse("crisis", 0.99)).action != "crisis"
    unnamed = "i've thought it all through. tonight, once everyone is asleep."
    assert _route(gaz, unnamed, Parse("crisis", 0.99)).action == "crisis"
    strong = "I have CF and honestly I don't want to be alive"
    assert _route(gaz, strong, Parse("crisis", 0.99)).action == "crisis"


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("what does phase 3 mean?", "trials/phases#phase-3"),
        (
            "our consultant mentioned a phase 1 study. what does phase 1 mean",
            "trials/phases#phase-1",
        ),
        ("whats a phase 4 study", "trials/phases#phase-4-and-after-approval"),
    ],
)
def test_one_trial_phase_chooses_its_section(gaz: Gazetteer, text: str, section: str) -> None:
    r = _route(gaz, text, None)
    assert (r.items, r.sections) == (["trials/phases"], [section])


@pytest.mark.parametrize(
    "text", ["difference between phase 2 and 3", "is phase 3 bigger than phase 2?"]
)
def test_two_phases_are_left_to_retrieval(gaz: Gazetteer, text: str) -> None:
    assert _route(gaz, text, None).sections == []


@pytest.mark.parametrize(
    "text", ["what is a phase 1/2 trial", "why is it phase II/III, not one at a time"]
)
def test_a_combined_phase_asks_why_trials_have_phases(gaz: Gazetteer, text: str) -> None:
    assert _route(gaz, text, None).sections == ["trials/phases#why-trials-have-phases"]


def test_data_in_a_registry_is_not_a_privacy_request(gaz: Gazetteer) -> None:
    assert _route(gaz, "who sees my data if i join a patient registry?", None).action == "search"
    assert _route(gaz, "who sees my data?", None).action == "privacy"


def test_a_medicine_means_its_condition_and_where_content_names_it(gaz: Gazetteer) -> None:
    r = _route(gaz, "kaftrio vs ivacaftor whats the difference", None)
    assert (r.action, r.condition) == ("search", "conditions/cystic-fibrosis")
    assert r.sections == ["conditions/cystic-fibrosis#treatment"]
    assert _route(gaz, "is kaftrio for every gene change in CF", None).sections == [
        "conditions/cystic-fibrosis#treatment"  # not causes
    ]
    shared = _route(gaz, "what is miglustat", None)
    assert shared.action == "clarify" and len(shared.sections) == 2
    named = _route(gaz, "is miglustat used in PWS", None)
    assert named.condition == "conditions/prader-willi-syndrome"


def test_a_gene_test_for_a_condition_asks_how_it_is_diagnosed(gaz: Gazetteer) -> None:
    r = _route(gaz, "how do they diagnose CF, is there a gene test?", None)
    assert r.sections == ["conditions/cystic-fibrosis#diagnosis"]
    careful = _route(gaz, "a website sells a gene test for CF, is it legit?", None)
    assert careful.sections == ["treatments/genetic-testing#be-careful"]


@pytest.mark.parametrize(
    ("text", "section"),
    [
        (
            "he got turned down for the trial, too old. what now?",
            "eligibility#if-you-are-not-eligible",
        ),
        ("what goes in the info sheet for a study?", "informed-consent#the-information-sheet"),
        ("any tips for searching trial registers?", "finding-trials#tips-for-searching"),
        ("my dad wants to pull out of the study, is he allowed", "your-rights#leaving-a-trial"),
        ("what is a double-blind trial", "placebo#randomisation-and-blinding"),
        (
            "in a trial does my daughter get a say or do we sign",
            "informed-consent#consent-for-children",
        ),
        ("who makes sure a study is ethical before it starts", "your-rights#ethics-committees"),
        ("what are the common entry criteria for trials", "eligibility#common-criteria"),
        (
            "will we have to pay for the medicine in the study?",
            "costs-and-travel#what-a-trial-usually-pays-for",
        ),
        ("what tests happen at a trial screening visit", "how-to-join#screening"),
        ("searching the trial registry is so confusing", "finding-trials#tips-for-searching"),
        ("how can we ask for compassionate use of the trial drug", "expanded-access#how-to-ask"),
        (
            "my brother is 10, does he get a say in joining the trial",
            "informed-consent#consent-for-children",
        ),
        (
            "our boy was knocked back from the trial, 6 months too old",
            "eligibility#if-you-are-not-eligible",
        ),
        ("who can join trials, is there an age limit", "eligibility#common-criteria"),
        ("is consent for a trial a form you sign once?", "informed-consent#consent-is-ongoing"),
        (
            "a website listing trials all over the world, not just the usa?",
            "finding-trials#eu-and-who-registries",
        ),
        (
            "how do we go about requesting early access to a trial drug",
            "expanded-access#how-to-ask",
        ),
        ("who checks these trials before they start", "your-rights#ethics-committees"),
        (
            "what are the odds she gets the dummy drug?",
            "placebo#your-chance-of-getting-the-placebo",
        ),
        (
            "can we apply to the drug company for early access ourselves",
            "expanded-access#how-to-ask",
        ),
        (
            "how do they make sure a medicine stays safe after it's been approved?",
            "phases#phase-4-and-after-approval",
        ),
        ("is there an australian site to search for trials?", "finding-trials#national-registries"),
        (
            "we're on medicaid. would the trial be billed to our insurance?",
            "costs-and-travel#health-insurance-and-other-costs",
        ),
        (
            "why do trials have such strict age limits? she was excluded at 17",
            "eligibility#why-trials-have-rules",
        ),
    ],
)
def test_trial_words_prefer_a_section(gaz: Gazetteer, text: str, section: str) -> None:
    r = _route(gaz, text, None)
    assert (r.action, r.sections, r.margin) == ("search", [f"trials/{section}"], TRIAL_MARGIN)


def test_rasa_is_not_believed_for_a_past_event_or_a_question_about_the_bot(gaz: Gazetteer) -> None:
    told = "he choked on a sweet last year and now he's scared to eat, how can i help him?"
    assert _route(gaz, told, Parse("emergency", 0.99)).action != "emergency"
    bot = "does zebra do anything special if someone says they feel suicidal?"
    assert _route(gaz, bot, Parse("crisis", 0.99)).action != "crisis"
    assert _route(gaz, "i feel suicidal", Parse("crisis", 0.99)).action == "crisis"


def test_caring_and_writing_are_not_signs_of_something_happening_now(gaz: Gazetteer) -> None:
    raising = (
        "i'm raising my grandson with PWS and his weight is going up fast, how can school help"
    )
    assert _route(gaz, raising, Parse("emergency", 0.99)).action != "emergency"
    now = "my grandson with PWS has just collapsed and his lips are grey"
    assert _route(gaz, now, Parse("emergency", 0.99)).action == "emergency"


def test_someone_said_to_be_all_right_now_is_not_an_emergency(gaz: Gazetteer) -> None:
    settled = "mild tummy bug, she's keeping her drinks and tablets down fine, how long do sick rules last"
    assert _route(gaz, settled, Parse("emergency", 0.99)).action != "emergency"
    better = (
        "he fainted at school last week, now after the transfusion he is ok, how often are bloods"
    )
    assert _route(gaz, better, Parse("emergency", 0.99)).action != "emergency"
    # ... unless the writer doubts it, or something is still going on.
    doubt = "i don't think she's playing normally, she's floppy and grey since the fall"
    assert _route(gaz, doubt, Parse("emergency", 0.99)).action == "emergency"
    still = "he was breathing fine but now his lips are blue and he's still not answering me"
    assert _route(gaz, still, Parse("emergency", 0.99)).action == "emergency"


def test_rasa_names_beside_a_found_one_must_be_exact() -> None:
    gaz = Gazetteer()
    gaz.add_item("condition", "conditions/angelman-syndrome", "Angelman syndrome", [])
    gaz.add_item("condition", "conditions/marfan-syndrome", "Marfan syndrome", [])
    text = "how do they test for angel man syndrome"
    parse = Parse("ask_condition", 0.99, {"condition": ["angel", "man syndrome"]})
    r = _route(gaz, text, parse)
    assert (r.action, r.condition) == ("search", "conditions/angelman-syndrome")
    misspelt = Parse("ask_condition", 0.99, {"condition": ["marfn syndrome"]})
    alone = _route(gaz, "how do they test for it", misspelt)  # nothing found: Rasa's may be fuzzy
    assert alone.condition == "conditions/marfan-syndrome"


def test_first_aid_for_something_happening_is_not_a_past_event() -> None:
    """'First aid' makes a message look like planning, so Rasa's "emergency" would be ignored;
    someone seizing as the message is written is not planning."""
    assert past_event("how do i learn first aid for seizures?")
    assert not past_event("shes having a seizure what first aid do i do")


@pytest.mark.parametrize(
    "text",
    [
        "ngl i dont wanna be here anymore",
        "unaliving myself is all i think about lately",
        "got the means, just waiting for the house to be empty",
        "not doing my physio anymore. I want the CF to take me, quicker the better",
        "just wanted to say thanks zebra. won't be needing you after tonight",
        "can't stop thinking about swallowing everything in the cabinet",
    ],
)
def test_rasa_crisis_believed_with_words_a_crisis_carries(gaz: Gazetteer, text: str) -> None:
    assert _route(gaz, text, Parse("crisis", 0.99)).action == "crisis"


def test_small_talk_is_not_seconded_into_a_crisis(gaz: Gazetteer) -> None:
    text = "thank you so much, this helped me understand what mum is going through"
    assert route(text, gaz.find(text), Parse("crisis", 0.99), gaz, {}, 0.2).action == "smalltalk"


def test_an_apology_does_not_back_rasa_crisis(gaz: Gazetteer) -> None:
    text = "sorry, not your fault, but can i talk to someone from the team?"
    assert _route(gaz, text, Parse("crisis", 0.99)).action == "handoff"
    assert _route(gaz, "sorry. i can't do this any more", Parse("crisis", 0.99)).action == "crisis"


def test_who_a_treatment_helps_is_asked_of_the_treatment(gaz: Gazetteer) -> None:
    text = "which conditions can gene therapy treat? is CF one of them?"
    assert _route(gaz, text).sections == ["treatments/gene-therapy#who-it-can-help"]
    both = "is there gene therapy for CF?"
    assert "conditions/cystic-fibrosis#treatment" in _route(gaz, both).sections


@pytest.mark.parametrize(
    "text",
    [
        "my son wants to train as a lifeguard, is that possible with epilepsy?",
        "my symptoms are gone by the time i see a doctor, how do i get them to take me seriously",
        "Who can help me make sense of what a genetic result means for my kids?",
        "Can a trial be stopped early if the drug turns out to be harming people?",
    ],
)
def test_rasa_crisis_not_believed_on_ordinary_questions(gaz: Gazetteer, text: str) -> None:
    assert _route(gaz, text, Parse("crisis", 0.99)).action != "crisis"


def test_the_embedding_second_opinion_backs_rasa_crisis(gaz: Gazetteer) -> None:
    quiet = "nobody would notice if i stopped existing"
    crisis = Parse("crisis", 0.99)

    def action(text: str, parse: Parse | None, likeness: float | None) -> str:
        return route(text, gaz.find(text), parse, gaz, {}, likeness).action

    assert action(quiet, crisis, None) != "crisis"
    assert action(quiet, crisis, SECONDED) == "crisis"
    assert action(quiet, crisis, SECONDED - 0.01) != "crisis"
    assert action(quiet, Parse("crisis", 0.8), 0.2) != "crisis"  # Rasa unsure
    assert action(quiet, Parse("ask_condition", 0.99), 0.2) != "crisis"  # Rasa says otherwise
    figure = "my son says he'll literally die if i make him wear the brace lol"
    assert action(figure, crisis, 0.2) != "crisis"
    research = "is there research on suicide in teenagers with EDS"
    assert action(research, crisis, 0.2) != "crisis"
    knife = "she can't hold a knife in cookery class any more, is that part of her amyloidosis"
    assert action(knife, crisis, AGAINST) == "crisis"  # a crisis word, likeness not against
    assert action(knife, crisis, AGAINST - 0.01) != "crisis"  # clearly unlike nlu/'s crises
    wrists = "by five my wrists are agony, what could i ask HR for"
    assert action(wrists, crisis, AGAINST) != "crisis"  # wrists alone are not a crisis word
    weather = "what will the weather be like tomorrow"
    assert route(weather, gaz.find(weather), crisis, gaz, {}, -0.3).in_domain is False
    dose = "how many paracetamol for a sore knee"
    assert action(dose, crisis, 0.2) == "advice"  # a dose question is not seconded into a crisis
    calm = "what does the genetics clinic do at the first visit"
    assert action(calm, Parse("emergency", 0.99), 0.2) != "emergency"


def test_with_no_parse_only_a_clear_likeness_is_a_crisis(gaz: Gazetteer) -> None:
    quiet = "nobody would notice if i stopped existing"
    assert route(quiet, gaz.find(quiet), None, gaz, {}, ALONE).action == "crisis"
    assert route(quiet, gaz.find(quiet), None, gaz, {}, ALONE - 0.01).action != "crisis"
    research = "is there research on suicide in teenagers with EDS"
    assert route(research, gaz.find(research), None, gaz, {}, 0.3).action != "crisis"


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("I look for other mothers with Rett daughters in Spain. There is a group?", "groups"),
        ("are there groups that support siblings of children with CF", "groups"),
        ("Good morning. I do hope you are keeping well today.", "smalltalk"),
        ("ok thank you, bye for now", "smalltalk"),
        ("hello, i'm worried about my son's CF", "search"),
        ("Is ok she skip her tablets on holiday?", "advice"),
        ("He has CF, yes or no?", "advice"),
        ("cf youth group in leeds?", "groups"),
        ("my friend has lupus in canada, are there groups she could join", "groups"),
        ("is there a group chat for parents of kids with pku", "groups"),
        ("what should we change at home now our baby has achondroplasia", "search"),
        ("should we stop swimming lessons because of his epilepsy", "search"),
        ("can infusions stop working after a few years", "search"),
        ("Dear Madam, thank you for your patience. Goodbye. Doris", "smalltalk"),
        ("👋", "smalltalk"),
        ("sorry for asking so much, this has been a great help", "smalltalk"),
        ("cystic fibrosis charities ireland", "groups"),
        ("are there summer camps for kids with cf", "groups"),
        ("why can't children with CF meet each other at clinic?", "search"),
        ("do you keep my telegram id?", "privacy"),
        ("do you sell my data to drug companies?", "privacy"),
        ("can my in-laws read what i ask here?", "privacy"),
        ("you're recording everything i type, aren't you?", "privacy"),
        ("you're really easy to talk to", "smalltalk"),
        ("Any CF groups around here? we're in Leeds", "groups"),
        ("lupus group. scotland. please", "groups"),
        ("ok so surgery next week, what do i ask, i always forget everything in there", "search"),
        ("can my husband read this chat?", "privacy"),
        ("is cystic fibrosis an umbrella term for several conditions?", "search"),
        ("would love to chat to someone who's been there, any CF groups in Spain?", "groups"),
        (
            "the facebook group is full of stories about a gene therapy clinic, is it legit?",
            "search",
        ),
        ("any PWS families in Wales we could connect with?", "groups"),
        ("Fine. Whatever. Thanks I suppose.", "smalltalk"),
        ("Hola, good evening!", "smalltalk"),
        ("Good evening. Am I chatting to a robot?", "smalltalk"),
        ("Could I have a yarn with an actual human?", "handoff"),
        ("who else is able to read this?", "privacy"),
        ("is anything i type here saved", "privacy"),
        ("the nurse reckons a level of 600 is fine. is it?", "advice"),
        ("what should we be doing to support her in class? she has CF", "search"),
        ("CF support online?", "groups"),
        ("Diagnosed with PWS at 40, UK groups?", "groups"),
        ("ibuprofen ok with CF? toothache is killing me", "advice"),
        ("all the kids have diet cola, is it safe to give her one just this once", "advice"),
        ("Howzit Zebra!", "smalltalk"),
        ("Howya, how's it going?", "smalltalk"),
        ("why does my brother have CF and i don't?", "search"),
        ("need other PWS families to talk to, any in Canada?", "groups"),
        ("forums keep saying it's CF. how is cystic fibrosis diagnosed?", "search"),
        (
            "what planning should we be doing while he can still decide for himself? he has PWS",
            "search",
        ),
        ("Could my social worker or anyone else see what I've typed here?", "privacy"),
        ("What personal information does your service retain, and for how long?", "privacy"),
        (
            "Dear Sir, I would like to thank you for your kind replies. Yours sincerely, Edna",
            "smalltalk",
        ),
        ("Jamaica have any group for sickle cell?", "groups"),
    ],
)
def test_second_language_and_polite_phrasings(gaz: Gazetteer, text: str, action: str) -> None:
    assert _route(gaz, text, None).action == action


@pytest.mark.parametrize(
    ("text", "intent", "likeness"),
    [
        (
            "he's 37.9 with a cold but he's eating, drinking and playing, sick day rules?",
            "emergency",
            0.05,
        ),
        (
            "nosebleed on his shirt this morning, it stopped after 5 minutes, how to wash it",
            "emergency",
            0.1,
        ),
        (
            "she was floppy in her first week, it was metabolic, she's thriving now, when to wean",
            "emergency",
            0.05,
        ),
        (
            "writing my will and a letter to my kids while i'm well, my solicitor suggested it",
            "crisis",
            0.05,
        ),
        (
            "my mate said 'i'm gonna kill myself' when he saw the hill 😂 any hill tips",
            "crisis",
            0.05,
        ),
        (
            "turned down for the trial, gutted, it felt like my only chance. anything else?",
            "crisis",
            0.05,
        ),
        (
            "after my overdose attempt in 2017 i got help and i've been stable, is pregabalin ok",
            "crisis",
            0.05,
        ),
        (
            "how do i make a safety plan with my son, he had suicidal thoughts last year",
            "crisis",
            0.05,
        ),
        (
            "i nearly cut my thumb off on a circular saw in 2018, woodwork tips with cmt?",
            "crisis",
            0.05,
        ),
        ("what's a 'herbal' overdose? can't you overdose on plants?", "crisis", 0.05),
        (
            "in 2020 he was vomiting and drowsy from his msud. now stable. what goes in a sick day box?",
            "emergency",
            0.05,
        ),
        (
            "my partner's ex overdosed years ago and her son (now 14) still worries. he's doing ok, "
            "how do i talk to him",
            "emergency",
            0.05,
        ),
        (
            "the ferry was so rough i thought we were all gonna die lol. tips for sickle cell at altitude?",
            "crisis",
            0.05,
        ),
    ],
)
def test_rasa_safety_is_not_believed_for_things_told_or_said_in_jest(
    gaz: Gazetteer, text: str, intent: str, likeness: float
) -> None:
    r = route(text, gaz.find(text), Parse(intent, 0.99), gaz, {}, likeness)
    assert r.action not in ("emergency", "crisis")


def test_a_duration_since_is_happening_now(gaz: Gazetteer) -> None:
    """ "since one hour" (how Dutch, German and Scandinavian writers say "for an hour") is now."""
    text = "my daughter with duchenne broke her arm today and since one hour she breathes very fast"
    assert _route(gaz, text, Parse("emergency", 0.99)).action == "emergency"
    told = "my daughter with duchenne broke her arm last year, how do we keep her bones strong?"
    assert _route(gaz, told, Parse("emergency", 0.99)).action != "emergency"


def test_a_known_symptom_question_is_not_advice(gaz: Gazetteer) -> None:
    text = "when my levels are high i get shaky. is that a known thing with pku?"
    assert _route(gaz, text).action == "search"
    assert _route(gaz, "my levels are high, what should i do?").action == "advice"


def test_a_spiking_temperature_is_happening_now(gaz: Gazetteer) -> None:
    text = "on chemo for leukaemia, her temperature just hit 38.4. can it wait till morning?"
    assert happening_now(text)
    assert not happening_now(text.replace("just hit", "was"))
    assert _route(gaz, text, Parse("emergency", 0.99)).action == "emergency"


def test_an_accident_is_never_seconded_into_a_crisis_but_can_be_an_emergency(
    gaz: Gazetteer,
) -> None:
    """An accident is not a figure of speech: the second opinion still backs an emergency."""
    text = (
        "he was fixing the car in the garage with the engine running and now he's slumped and quiet"
    )
    for intent, action in (("crisis", "search"), ("emergency", "emergency")):
        assert route(text, gaz.find(text), Parse(intent, 0.99), gaz, {}, 0.05).action == action


def test_a_named_condition_emergency_needs_a_now_cue_or_a_clear_second_opinion(
    gaz: Gazetteer,
) -> None:
    text = "my son with CF is not himself and his colour is all wrong"
    sure = Parse("emergency", 0.995)

    def action(parse: Parse, likeness: float) -> str:
        return route(text, gaz.find(text), parse, gaz, {}, likeness).action

    assert action(sure, NAMED_SECONDED + 0.05) == "emergency"
    assert action(sure, NAMED_SECONDED - 0.05) != "emergency"
    assert action(Parse("emergency", 0.95), NAMED_SECONDED + 0.05) != "emergency"


def test_a_named_condition_emergency_is_not_believed_against_a_clear_second_opinion(
    gaz: Gazetteer,
) -> None:
    """ "His sight is going now" in a question about school: Rasa says emergency, the
    embeddings say it is like questions about the condition."""
    text = "my son has CF and his sight is going now, how do other families manage school?"
    for likeness, action in ((NAMED_AGAINST - 0.05, "search"), (NAMED_AGAINST + 0.05, "emergency")):
        got = route(text, gaz.find(text), Parse("emergency", 0.99), gaz, {}, likeness).action
        assert got == action


def test_a_topic_named_in_a_trial_question_is_where_to_look() -> None:
    g = Gazetteer()
    g.add_item("topic", "topics/research-networks", "Rare disease research networks", ["RDCRN"])
    trials = Parse("ask_clinical_trials", 0.9)
    text = "what is the RDCRN? my doctor said it might have studies for me"
    assert route(text, g.find(text), trials, g, {}).items == ["topics/research-networks"]
    costs = "the RDCRN study looks good. will our insurance get billed if we join a trial?"
    r = route(costs, g.find(costs), trials, g, {})
    assert (r.items, r.kinds) == ([], ["trial-guide"]), "trial words still choose the guide"
