"""Decide what to do with a message: intent + entities → an action and a scope.

Pure logic (no I/O): the deterministic safety screens first, then Rasa's intent where it is
confident, the keyword rules where it is not, and the content ids the gazetteer resolves.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from bot.engine import rules, safety
from bot.engine.entities import Found, Gazetteer, normalize, unknown_condition
from bot.nlu.base import Parse

NLU_CONFIDENT = 0.75
SAFETY_NLU = 0.9
SAFETY_INTENTS = ("emergency", "crisis")
# The embedding second opinion (bot/search/safety_likeness.py): the margin at which it backs
# Rasa's "crisis" or "emergency", and the stricter one at which it finds a crisis alone when
# there is no parse.
SECONDED = 0.0
ALONE = 0.08
# A crisis word backs Rasa's "crisis" only in a message not clearly unlike nlu/'s crises ("carpal
# tunnel in both wrists", "what should be in a seizure care plan"). On the 21 eval sets, of the
# messages Rasa called a crisis that the screen did not, with a word: 93 of 94 true ones kept, 25
# of 46 false ones dropped.
AGAINST = -0.1
# Rasa's "emergency" in a message naming a condition, without a now-cue, is believed only when
# Rasa is this sure and the second opinion this clear. Fold by fold over the 47 eval sets (each
# left out of the pool), of 124 such messages the screen did not catch, at 0.1: 3 emergencies of
# safety21 and blind25 gained and no false alarm; at 0.05: 4 and 1.
NAMED_NLU = 0.99
NAMED_SECONDED = 0.1
# ... and not believed, whatever the now-cue, when the second opinion clearly disagrees: the same
# folds, of the 69 such messages believed, below -0.15: 5 questions (2 of blind25) and no
# emergency; below -0.1 it would have lost one emergency.
NAMED_AGAINST = -0.15
CONTENT_DOUBTS = {
    "personal_medical_advice",
    "out_of_scope",
    "feedback",
    "human_handoff",
    "greet",
    "goodbye",
    "thanks",
    "bot_challenge",
    "privacy",
}
SMALLTALK = {"greet", "goodbye", "thanks", "bot_challenge", "feedback"}
# Intents that take a message away from content. Rasa alone never decides these: on the eval
# sets, where no rule agreed, it was right 0 times in 17 ("how do other families cope" → groups).
RULES_DECIDE = SMALLTALK | {"find_support_group", "privacy"}
FOLLOW_UP_WORDS = 10
# Topics whose names are everyday words in trial questions ("rare disease", "carer"): named in a
# trial question, they are not where to look. Others are ("what is the RDCRN? it has studies").
# On the eval sets, with these two left out: 6 registry and network questions won, 0 trial lost.
EVERYDAY_TOPICS = {"topics/what-is-a-rare-disease", "topics/caregivers"}
GENERAL_TREATMENT = {"what-it-is", "benefits", "who-it-can-help"}
# "Is there a gene test for hypermobile EDS?" asks how that condition is diagnosed.
GENETIC_TESTING = "treatments/genetic-testing"
# Score margins within which the router's preferred sections beat the best hit, chosen on the
# eval sets: a condition's facet words 0.2 (0.3 points better overall than a hard choice, once
# each section had 7 example questions), a bare "what is" 0.02, condition + treatment type 0.3.
FACET_MARGIN = 0.2
OVERVIEW_MARGIN = 0.02
BOTH_MARGIN = 0.3
TRIAL_MARGIN = 0.15


@dataclass
class Route:
    action: str  # emergency crisis advice smalltalk out_of_scope groups handoff privacy forget
    #              clarify search
    intent: str | None
    confidence: float = 0.0
    condition: str | None = None
    treatment: str | None = None
    country: str | None = None
    items: list[str] = field(default_factory=list)  # search scope: these items
    sections: list[str] = field(default_factory=list)  # preferred sections within the item
    kinds: list[str] = field(default_factory=list)  # search scope: kinds of item
    unknown: str | None = None  # a condition name Zebra has no content for
    in_domain: bool = True
    # > 0: `sections` are only preferred while they score within this of the best hit
    margin: float = 0.0


def believe_safety(parse: Parse, text: str, named: bool, likeness: float | None = None) -> bool:
    """Is Rasa's "emergency" or "crisis" believed? Confident, and with a word such a message
    would carry or a message like nlu/'s examples of that intent (`likeness`, see
    bot/search/safety_likeness.py). For emergencies also: not a general question, and not about
    a named condition unless something is happening now ("why is throat swelling in HAE
    dangerous?" is information)."""
    intent = confident_safety(parse)
    if intent is None:
        return False
    if intent == "crisis" and safety.accident(text):
        return False  # "nearly cut my thumb off on a saw": an accident is never a crisis
    unlike = intent == "crisis" and likeness is not None and likeness < AGAINST
    worded = not unlike and safety.corroborated(intent, text, named)
    if not (worded or seconded(text, likeness, SECONDED)):
        return False
    if not worded and rules.rule_intent(text).intent in SMALLTALK:
        return False  # "thank you so much, this helped" is not seconded into a crisis
    if intent == "crisis":  # a dose question is not seconded into a crisis ("how many X for Y")
        return not safety.about_suicide(text) and (worded or not safety.asks_personal_advice(text))
    if safety.general_question(text) or safety.past_event(text):
        return False
    if not named:
        return True
    if likeness is not None and likeness < NAMED_AGAINST:
        return False  # "his sight is going now. How do other families manage school?"
    return safety.happening_now(text) or named_seconded(parse, likeness)


def named_seconded(parse: Parse, likeness: float | None) -> bool:
    """Rasa sure of an emergency in a message that names a condition, with no now-cue ("Rett
    girl held her breath but this time she's blue, she's limp"), and the second opinion clearly
    agreeing."""
    return parse.confidence >= NAMED_NLU and likeness is not None and likeness >= NAMED_SECONDED


def seconded(text: str, likeness: float | None, at: float) -> bool:
    """The embedding second opinion agrees, and the words are not a figure of speech."""
    return likeness is not None and likeness >= at and not safety.figure_of_speech(text)


def confident_safety(parse: Parse | None) -> str | None:
    """ "emergency" or "crisis" when Rasa says so confidently enough to be weighed at all."""
    if parse and parse.intent in SAFETY_INTENTS and parse.confidence >= SAFETY_NLU:
        return parse.intent
    return None


def choose_intent(text: str, parse: Parse | None, named: bool) -> tuple[str | None, float]:
    """Precise keyword rules first, then Rasa where it is confident.

    Measured on the eval sets: Rasa's classifier is the better judge where no rule fires, but
    it over-calls personal advice and safety on questions that name a condition (`named`).
    """
    ruled = rules.rule_intent(text)
    if ruled.intent:
        return ruled.intent, ruled.confidence
    if not parse or not parse.intent or parse.confidence < NLU_CONFIDENT:
        return None, 0.0
    if named and parse.intent in CONTENT_DOUBTS:
        return None, 0.0
    if parse.intent in RULES_DECIDE or parse.intent in SAFETY_INTENTS:
        return None, 0.0  # a safety intent here is one the router did not believe
    if parse.intent == "personal_medical_advice" and (
        parse.confidence < SAFETY_NLU or not safety.may_be_personal_advice(text)
    ):
        return None, 0.0  # measured: below 0.9 it mostly refuses general questions
    if not named and parse.intent.startswith("ask_") and not rules.in_domain(text):
        return None, 0.0  # a content intent for text with no rare-disease word: let retrieval judge
    return parse.intent, parse.confidence


def merge_entities(found: Found, parse: Parse | None, gaz: Gazetteer) -> Found:
    """Gazetteer matches plus Rasa's entities resolved to content ids.

    Rasa's `facet` entity is not used for routing: where no facet word fired it was wrong 17
    times in 22 on the eval sets; retrieval over the sections' example questions does better.
    A condition name Rasa tags that matches nothing counts as unknown only when it looks like
    one ("... syndrome", "-osis"): it had tagged "RDCRN" and "ERN".
    """
    merged = replace(
        found,
        conditions=list(found.conditions),
        treatments=list(found.treatments),
        countries=list(found.countries),
    )
    if parse is not None:
        _add_rasa_entities(merged, parse, gaz)
    if not merged.conditions:  # "spinraza vs zolgensma?" is about SMA
        merged.conditions = list(merged.medicines)
    if merged.conditions:
        merged.unknown_condition = None
    return merged


def _add_rasa_entities(merged: Found, parse: Parse, gaz: Gazetteer) -> None:
    for kind, bucket in (
        ("condition", merged.conditions),
        ("treatment", merged.treatments),
        ("country", merged.countries),
    ):
        for value in parse.entities.get(kind, []):
            # Beside a name already found, only an exact one: Rasa's "man syndrome" in "angel
            # man syndrome" is not Marfan syndrome.
            ident = gaz.resolve(kind, value, fuzzy=not bucket)
            if ident and ident not in bucket:
                bucket.append(ident)
            elif not ident and kind == "condition" and not merged.conditions:
                merged.unknown_condition = merged.unknown_condition or unknown_condition(
                    " ".join(normalize(value))
                )


def route(
    text: str,
    found: Found,
    parse: Parse | None,
    gaz: Gazetteer,
    state: dict[str, Any],
    likeness: float | None = None,
    spelled: str | None = None,
) -> Route:
    """`spelled` is the text respelt for the rules (bot/engine/spelling.py): the safety screens
    and the advice check read `text`, what was typed."""
    f = merge_entities(found, parse, gaz)
    base: dict[str, Any] = {
        "condition": f.first("conditions"),
        "treatment": f.first("treatments"),
        "country": f.first("countries"),
    }
    screened = safety.screen(text)
    if screened:
        return Route(screened, screened, 1.0, **base)
    named = bool(f.conditions or f.treatments or f.others or f.unknown_condition)
    if parse and parse.intent and believe_safety(parse, text, named, likeness):
        return Route(parse.intent, parse.intent, parse.confidence, **base)
    if parse is None and seconded(text, likeness, ALONE) and not safety.about_suicide(text):
        return Route("crisis", "crisis", 1.0, **base)  # Rasa down: the second opinion alone
    intent, conf = choose_intent(spelled or text, parse, named)
    if intent == "personal_medical_advice" or safety.asks_personal_advice(text):
        return Route("advice", "personal_medical_advice", max(conf, 0.8), **base)
    text = spelled or text  # from here on only the rules read it
    if intent in SMALLTALK:
        return Route("smalltalk", intent, conf, **base)
    if intent == "human_handoff":
        return Route("handoff", intent, conf, **base)
    if intent == "privacy":
        wants_deletion = any(
            w in text.lower() for w in ("delete", "forget", "erase", "remove", "wipe")
        )
        return Route("forget" if wants_deletion else "privacy", intent, conf, **base)
    if intent == "find_support_group":
        return Route("groups", intent, conf, **base)
    if intent == "ask_clinical_trials":
        phase = rules.trial_phase_section(text)
        if phase:
            return Route("search", intent, conf, items=["trials/phases"], sections=[phase], **base)
        trial_items = [x for x in f.others if x.startswith("trials/")]
        topics = [x for x in f.others if x.startswith("topics/") and x not in EVERYDAY_TOPICS]
        sections = rules.trial_sections(text)
        if topics and not trial_items and not sections:
            return Route("search", intent, conf, items=topics[:2], **base)
        return Route(
            "search",
            intent,
            conf,
            items=trial_items,
            kinds=[] if trial_items else ["trial-guide"],
            sections=sections,
            margin=TRIAL_MARGIN,
            **base,
        )
    return _content_route(text, f, intent, conf, state, base)


def _content_route(
    text: str,
    f: Found,
    intent: str | None,
    conf: float,
    state: dict[str, Any],
    base: dict[str, Any],
) -> Route:
    condition, treatment = base["condition"], base["treatment"]
    facets = rules.facets_of(text)
    # A named medicine: first where content names it ("how do we live with it" still counts).
    if f.medicines:
        facets = ["treatment", *(x for x in facets if x not in ("overview", "causes", "treatment"))]
    last = state.get("last_item", "")
    if (
        not condition
        and not treatment
        and not f.unknown_condition
        and not f.others
        and last.startswith("conditions/")
        and any(x != "overview" for x in facets)
        and len(text.split()) <= FOLLOW_UP_WORDS
    ):
        condition = last  # a follow-up such as "and how is it inherited?"
    if len(f.conditions) > 1 and not treatment:
        options = [f"{c}#{facets[0] if facets else 'overview'}" for c in f.conditions]
        return Route("clarify", intent, conf, sections=options, **base)
    if condition and treatment:
        # "risks of gene therapy for SMA?" is about the treatment type; "is there gene therapy
        # for SMA?" may be answered by either item.
        testing = treatment == GENETIC_TESTING
        general = GENERAL_TREATMENT | ({"how-it-works"} if testing else set())
        specific = [x for x in rules.treatment_facets_of(text) if x not in general]
        if rules.sounds_like_a_scam(text):  # "clinic abroad ... worth a try?"
            specific = ["be-careful"]
        elif not specific and rules.asks_who_it_helps(text):
            specific = ["who-it-can-help"]
        if specific:
            return Route(
                "search",
                intent or "ask_treatment_type",
                0.85,
                items=[treatment],
                sections=[f"{treatment}#{x}" for x in specific],
                **base,
            )
        wanted = [x for x in facets if x != "overview"] or ["diagnosis" if testing else "treatment"]
        if testing and "diagnosis" in wanted:
            wanted = ["diagnosis"]  # "gene" in "gene test" is not a question about causes
        return Route(
            "search",
            intent or "ask_condition",
            0.85,
            items=[condition, treatment],
            sections=[f"{condition}#{x}" for x in wanted],
            margin=BOTH_MARGIN,
            **base,
        )
    if condition:
        base = {**base, "condition": condition}
        sections = [f"{condition}#{x}" for x in facets]
        # Facet words choose the section, except a bare "what is": "what is TAND in TSC?" asks
        # about one part of the condition, so the overview wins only narrowly.
        return Route(
            "search",
            intent or "ask_condition",
            0.9 if len(sections) == 1 else 0.85,
            items=[condition],
            sections=sections,
            margin=_facet_margin(text, facets, f.named_tokens),
            **base,
        )
    if treatment:
        # The most specific facet only; scam cues anywhere in the message mean "be careful".
        facets = (
            ["be-careful"] if rules.sounds_like_a_scam(text) else rules.treatment_facets_of(text)
        )
        sections = [f"{treatment}#{x}" for x in facets[:1]]
        # "What is an AAV vector in gene therapy?" asks about a part: "what it is" wins narrowly.
        part = facets[:1] == ["what-it-is"] and not rules.bare(text, f.named_tokens)
        return Route(
            "search",
            intent or "ask_treatment_type",
            0.85,
            items=[treatment],
            sections=sections,
            margin=OVERVIEW_MARGIN if part else 0.0,
            **base,
        )
    if f.others and not f.unknown_condition:
        return Route("search", intent, max(conf, 0.8), items=f.others[:2], **base)
    if intent == "out_of_scope" or (intent is None and not rules.in_domain(text)):
        in_domain = bool(f.unknown_condition)
        return Route(
            "search", intent, conf, unknown=f.unknown_condition, in_domain=in_domain, **base
        )
    return Route("search", intent, conf, unknown=f.unknown_condition, **base)


def _facet_margin(text: str, facets: list[str], named_tokens: int) -> float:
    """How firmly a condition's facet words choose its section over the best-scoring one.

    "what is systemic sclerosis?" asks for the overview and nothing else; "what is TAND in TSC?"
    asks about a part of the condition, so there the overview wins only narrowly.
    """
    if facets != ["overview"]:
        return FACET_MARGIN
    return 0.0 if rules.bare(text, named_tokens) else OVERVIEW_MARGIN
