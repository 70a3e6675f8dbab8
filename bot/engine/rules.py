"""Keyword rules for intent and facet: the NLU when Rasa is unavailable, and a second opinion
where Rasa is unsure. Pure functions of the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

FACETS: list[tuple[str, str]] = [
    ("causes", r"\b(cause[sd]?|causing|why (do|does|did)|inherit\w*|genetic(s)?|gene|genes|"
               r"passed (down|on)|pass (it )?(on|down)|runs? in (the )?famil\w+|carrier|hereditary|"
               r"mutation|dominant|recessive|x-linked|chance\w* of (my )?(kids|children|baby))\b"),
    ("diagnosis", r"\b(diagnos\w*|test(s|ed|ing)? for|how (do|did|can|will) (they|doctors|you) "
                  r"(know|tell|find|check|confirm)|confirm\w*|detect\w*|screen(ed|ing)? for|"
                  r"blood test|scan)\b"),
    ("treatment", r"\b(treat\w*|cure[sd]?|curable|meds|medic\w+|drugs?|therap\w+|manag\w+|"
                  r"options|help with|what helps|surgery|transplant)\b"),
    ("living", r"\b(life expectancy|how long (do|will|can)|live with|living with|daily|day to day|"
               r"everyday|school|work|job|cope|coping|exercise|sport|diet|eat|food|travel|"
               r"pregnan\w+|outlook|prognosis|future|old age|adult|independen\w+|normal life)\b"),
    ("symptoms", r"\b(symptom\w*|signs?|what happens|affect\w*|feel|pain|look(s)? like|"
                 r"problems|features|effects|tired|fatigue)\b"),
    ("overview", r"\b(what is|what's|whats|what are|tell me about|explain|overview|about|"
                 r"meaning of|mean)\b"),
]
FACET_RES = [(facet, re.compile(pattern, re.IGNORECASE)) for facet, pattern in FACETS]

_INTENTS: list[tuple[str, str]] = [
    ("human_handoff", r"\b(real|actual|live) (person|human|people)|\b(talk|speak|chat) (to|with) "
                      r"(a |an |some)?(one|body|human|person|moderator|volunteer|someone|somebody)\b"
                      r"|\bhuman please\b|^\s*(human|agent|moderator)\s*$"),
    ("privacy", r"\b(privacy|private|gdpr|personal data|my data|my info\w*|delete (my|all|every)|"
                r"forget (me|my|everything)|what do you (store|keep|save|know about me)|"
                r"data (protection|you (store|keep|hold)))\b"),
    ("find_support_group", r"\b(support (group|network|organi[sz]ation)s?|charit(y|ies)|"
                           r"patient (group|organi[sz]ation|association)s?|foundation|associations?|"
                           r"(other|more) (parents|families|people|patients|mums|moms|dads|carers)|"
                           r"famil(y|ies) like (ours|us)|groups? for|communit(y|ies)|meet others|"
                           r"forums?|peer support)\b"),
    ("ask_clinical_trials", r"\b(trials?|trails?|clinical stud\w+|research stud\w+|stud(y|ies)|"
                            r"placebo|enrol\w*|enroll\w*|sign (me )?up|volunteer for|compassionate "
                            r"use|expanded access|informed consent|phase [1-4i]+|ctis|"
                            r"clinicaltrials)\b"),
    ("feedback", r"\b(feedback|that (was|is) (helpful|useful|wrong|great)|thumbs up|report a "
                 r"(mistake|bug|error)|this answer is wrong|suggestion for (you|the bot))\b"),
    ("bot_challenge", r"\b(are you (a |an )?(bot|robot|human|real|ai|person|machine)|who (made|built|"
                      r"created) you|what can you do|what are you)\b"),
    ("thanks", r"^\W*(thanks?|thank you|thx|ty|cheers|much appreciated)\b"),
    ("goodbye", r"^\W*(bye|goodbye|good night|see you|cya|that'?s all|ok bye)\b"),
    ("greet", r"^\W*(hi+|hello|hey+|hiya|good (morning|afternoon|evening)|yo|howdy|greetings)\W*$"),
]
INTENT_RES = [(intent, re.compile(pattern, re.IGNORECASE)) for intent, pattern in _INTENTS]

DOMAIN_RE = re.compile(
    r"\b(rare|disease|condition|syndrome|disorder|diagnos\w*|genetic\w*|gene|symptom\w*|"
    r"therap\w+|treatment|doctor|hospital|specialist|clinic|patient|carer|caregiver|child|son|"
    r"daughter|baby|medical|health|inherit\w*|screening|counsell?ing|registry|research)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class RuleParse:
    intent: str | None
    confidence: float


def facets_of(text: str) -> list[str]:
    """Every facet a question's words point to; "overview" only when nothing else does."""
    found = [facet for facet, pattern in FACET_RES if facet != "overview" and pattern.search(text)]
    if not found and FACET_RES[-1][1].search(text):
        found = ["overview"]
    return found


def rule_intent(text: str) -> RuleParse:
    for intent, pattern in INTENT_RES:
        if pattern.search(text):
            return RuleParse(intent, 0.9)
    return RuleParse(None, 0.0)


def in_domain(text: str) -> bool:
    return bool(DOMAIN_RE.search(text))
