"""Deterministic safety screens that run before anything else, whatever NLU says.

Fixed phrases and patterns for urgent symptoms (emergency) and suicidal thoughts or self-harm
(crisis), and for requests for personal medical advice. False alarms cost a kind extra message;
misses cost far more, so the patterns lean towards catching.
"""

from __future__ import annotations

import re

_E = [
    r"(seiz|fit|convuls)\w*\b.{0,40}\b(\d+|five|ten|several|many)\s*(min|mins|minutes)",
    r"(seiz|fit|convuls)\w*\b.{0,30}\b(won'?t|wont|not|doesn'?t|isn'?t)\s+(stop|stopping|ending)",
    r"\b(still|keeps?|non ?stop)\s+(seizing|fitting|convulsing|having (a )?(seizure|fit)s?)",
    r"\b(not|stopped|isn'?t|isnt|wasn'?t|can'?t|cannot|cant|struggling to|trouble)\s+breath",
    r"\bgasping\b|\bchoking\b|\bturn(ed|ing)? (blue|purple|grey|gray)\b|\blips (are |look |went )?blue",
    r"\b(unconscious|unresponsive|not responding|won'?t wake|wont wake|can'?t wake|not waking)",
    r"\b(collapsed|passed out|fainted)\b.{0,40}\b(not|won'?t|can'?t|breath|wake)",
    r"\bthroat\b.{0,25}\b(swell|clos|tight)|\b(swell|swollen)\w*\b.{0,25}\b(throat|tongue|airway)",
    r"\b(anaphyla\w+)",
    r"\bbleed\w*\b.{0,30}\b(won'?t|wont|doesn'?t|not|can'?t)\s+(stop|stopping)|"
    r"\b(heavy|heavily|severe|lots of|so much|pouring)\s+(bleed|blood)|\bbleeding (heavily|badly)",
    r"\b(crushing|severe|bad)\s+chest pain|\bchest pain\b",
    r"\bface\b.{0,15}\b(droop|drooping)|\bslurr(ed|ing) (speech|words)|\bstroke\b.{0,20}\b(now|happening|signs)",
    r"\b(overdos\w*|took too many|swallowed (a bottle|all|the whole|too many))",
    r"\b(call(ed)? (an )?ambulance|this is an emergency|medical emergency|need an ambulance)",
    r"\b(911|999|112)\b",
    r"\b(hit|banged) (his|her|my|their) head\b.{0,40}\b(bleed|vomit|sleepy|drowsy|haemophilia|hemophilia)",
]
_C = [
    r"\bsuicid\w*",
    r"\bkill(ing)? (my ?self|me)\b",
    r"\b(end|ending|take|taking) (my|our) (own )?li(fe|ves)\b",
    r"\bend (it|it all|everything|things)\b",
    r"\b(want|wanna|wish|going) (to )?(die|be dead|not be here|disappear forever)",
    r"\bwish i (was|were) (dead|never born)",
    r"\bbetter off (dead|without me)",
    r"\b(no|not any|isn'?t any) (point|reason) (in )?(living|to live|going on|being alive|carrying on)",
    r"\bwhat'?s the point (of|in) (living|life|going on|being alive|carrying on)",
    r"\b(can'?t|cannot|cant) (go on|do this anymore|take (it|this) anymore|keep going)",
    r"\bself[- ]?harm\w*|\bcutting (my ?self|again)|\bhurt(ing)? my ?self",
    r"\b(don'?t|do not|dont) want to (live|be alive|wake up|be here)",
    r"\bnothing (left )?to live for\b|\bgive up on (life|living)\b",
    r"\bharm (my|the) (child|baby|son|daughter|kid)",
]
_A = [
    r"\b(dose|dosage|doses|dosing|how many (mg|milligrams|tablets|pills))\b",
    r"\bshould (i|we|he|she|they|my \w+) (stop|start|skip|double|halve|increase|reduce|lower|"
    r"raise|switch|change|come off|take|give|mix|combine|try|get|have|do|be worried|worry)\b",
    r"\b(can|could|may) (i|we|he|she|they|my \w+) (stop|skip|double|halve|increase|reduce|lower|"
    r"raise|switch|change|come off|mix|combine|drink)\b",
    r"\b(can|could|may) (i|we|he|she|they|my \w+) (take|give|have) (?!part)(\w+ ){0,3}"
    r"(with|and|while|alongside|if|when|during)\b",
    r"\bis it (ok|okay|safe|alright|fine|dangerous) (for (me|him|her|us|my \w+) )?to\b",
    r"\b(do|could|might|would) (i|we) (have|be|need)\b|\bam i (a carrier|affected|sick)\b",
    r"\b(does|could|might) my (\w+ ){0,2}(have|be)\b",
    r"\b(my|his|her|our) (\w+ )?(results?|levels?|scan|bloods?|blood test|report|mri|x-?ray|ecg|echo)"
    r"\b.{0,40}\b(mean|normal|high|low|bad|show|say)",
    r"\bwhat (should|do) (i|we) (do|take|give)\b",
    r"\b(diagnose|prescribe) (me|my)\b",
    r"\bhow (much|many) (should|can|do) (i|we|he|she) (take|give|have)\b",
]
EMERGENCY = [re.compile(p, re.IGNORECASE) for p in _E]
CRISIS = [re.compile(p, re.IGNORECASE) for p in _C]
ADVICE = [re.compile(p, re.IGNORECASE) for p in _A]


def _norm(text: str) -> str:
    return text.replace("’", "'").lower()


def screen(text: str) -> str | None:
    """'crisis', 'emergency' or None. Crisis wins: its reply also covers immediate danger."""
    norm = _norm(text)
    if any(p.search(norm) for p in CRISIS):
        return "crisis"
    if any(p.search(norm) for p in EMERGENCY):
        return "emergency"
    return None


def asks_personal_advice(text: str) -> bool:
    norm = _norm(text)
    return any(p.search(norm) for p in ADVICE)
