"""Deterministic safety screens that run before anything else, whatever NLU says.

Fixed phrases and patterns for urgent symptoms (emergency) and suicidal thoughts or self-harm
(crisis), and for requests for personal medical advice. False alarms cost a kind extra message;
misses cost far more, so the patterns lean towards catching.
"""

from __future__ import annotations

import re

_E = [
    # breathing and airway
    r"\b(not|stopped|isn'?t|isnt|wasn'?t|can'?t|cannot|cant|barely|hardly|struggling to|trouble|"
    r"hard to|unable to|fighting to)\s+breath|\bdifficulty breathing\b|\bgasping\b|\bchoking\b",
    r"\b(turn(ed|ing)?|going|gone|went|looks?|is|are) (blue|purple|grey|gray)\b|\bblue lips\b",
    r"\bbreathing (is |has |sounds |seems |looks )?(getting |gone |become )?(very |really |so )?(weak|weaker|worse|shallow|"
    r"laboured|labored|noisy|fast|slow|strange|funny)",
    r"\bthroat\b.{0,25}\b(swell|clos|tight)|\b(swell|swollen)\w*\b.{0,25}\b(throat|tongue|airway)"
    r"|\b(lips|tongue|face|throat) (and \w+ )?(is |are )?(swelling|swollen)|\bcan'?t swallow\b",
    r"\b(anaphyla\w+)",
    # consciousness and seizures
    r"\b(unconscious|unresponsive|(not|isn'?t|isnt|stopped) (responding|answering)|won'?t wake|wont wake|"
    r"can'?t wake|not waking|collapsed|passed out|blacked out)",
    r"(seiz|fit|convuls)\w*\b.{0,40}\b(\d+|five|ten|several|many)\s*(min|mins|minutes)",
    r"(seiz|fit|convuls)\w*\b.{0,30}\b(won'?t|wont|not|doesn'?t|isn'?t)\s+(stop|stopping|ending)",
    r"\b(still|keeps?|non ?stop)\s+(seizing|fitting|convulsing|having (a )?(seizure|fit)s?)",
    # chest, stroke, sudden severe pain
    r"\b(chest|heart)\b.{0,25}\b(pain|hurts?|hurting|tight|pressure|crushing|ripping|tearing)"
    r"|\b(ripping|tearing|crushing) pain\b",
    r"\bface\b.{0,20}\b(droop\w*|dropped|fallen)|\bslurr(ed|ing)\b|\bstroke\b.{0,20}\b(now|happening|signs)"
    r"|\b(can'?t|cannot) (lift|move) (his|her|my|one) (arm|leg|side)",
    r"\b(sudden|worst|terrible|thunderclap)\b.{0,20}\bheadache",
    r"\bsudden(ly)?\b.{0,30}\b(severe|awful|terrible|agonising|agonizing|excruciating|worst|bad)\b"
    r".{0,10}\bpain|\b(going to|about to|gonna) (faint|pass out|collapse)",
    # injuries
    r"\b(bent|twisted|pointing) the wrong way|\bbone\b.{0,15}\b(sticking|poking) out|"
    r"\bscreaming in pain|\b(fell|fallen)\b.{0,40}\bcan't (move|stand|walk|get up)",
    # bleeding and head injury
    r"\bbleed\w*\b.{0,30}\b(won'?t|wont|doesn'?t|not|can'?t)\s+(stop|stopping)|"
    r"\b(heavy|heavily|severe|lots of|so much|pouring|loads of)\s+(bleed|blood)|\bbleeding (heavily|badly)"
    r"|\b(vomit\w*|throw\w* up|cough\w* up|spitting up|being sick)\b.{0,15}\bblood",
    r"\b(hit|banged|bumped|bashed|knocked|fell on) (his|her|my|their|the) head\b",
    # poisoning
    r"\b(overdos\w*|took too many|swallowed (a bottle|all|the whole|too many|a load|loads|some|lots|"
    r"a handful|my|his|her|their)\b.{0,20}\b(tablets|pills|medicine|meds|bleach))",
    # infection red flags in people at risk (sickle cell, complement inhibitors, no spleen)
    r"\b(stiff neck|rash that (won'?t|doesn'?t) fade|non-?blanching rash)",
    r"\b(high (fever|temp\w*)|(fever|temp\w*) of (3[89]|4\d|10[1-6]))\b",
    r"\basthma attack\b.{0,40}\b(not|isn'?t|won'?t) (help|work)",
    # someone saying so
    r"\b(call(ed)? (an )?ambulance|this is an emergency|medical emergency|need an ambulance)",
    r"\b(911|999|112)\b",
]
_C = [
    r"\bsuicid\w*",
    r"\bkill(ing)? (my|him|her|them|your)sel(f|ves)\b|\bkill me\b",
    r"\b(end|ending|take|taking) (my|our|her|his|their) (own )?li(fe|ves)\b",
    r"\b(end|ending|ended) (it|it all|everything|things)\b",
    r"\b(wants?|wanna|wish|wishes|wishing|going) (to )?(die|be dead|not be here|disappear)",
    r"\bwish i (was|were|could) (dead|never born|go to sleep and never|just disappear)",
    r"\b(never|not) wake up\b",
    r"\bbetter off (dead|without me|if i (died|was dead|was gone|wasn'?t here))",
    r"\b(no|not any|isn'?t any) (point|reason) (in )?(living|to live|going on|being alive|carrying on)",
    r"\bwhat('?s| is) the point (of|in) (living|life|going on|being alive|carrying on)",
    r"\b(i'm|i am|i feel like|feel like) (only |just |such |nothing but )?a burden\b",
    r"\b(can'?t|cannot|cant) (go on|do this anymore|take (it|this) anymore|keep going)",
    r"\bself[- ]?harm\w*|\b(cutting|burning|hurt(ing)?|harm(ing)?) (my|him|her|them)sel(f|ves)"
    r"|\b(cutting|burning) (again|my (arm|arms|skin|legs|wrists?))|\bhurt\w* .{0,15}on purpose"
    r"|\b(scratch|pick)\w* (until|till) (she|he|i|they) bleed",
    r"\b(don'?t|do not|dont) want to (live|be alive|wake up|be here)",
    r"\bnothing (left )?to live for\b|\bgive up on (life|living)\b",
    r"\b(taking|take|swallow) all (my|the|of my|his|her|of his|of her) (own )?(pills|tablets|meds)",
    r"\b(sav\w+|stockpil\w+|hoard\w*|collect\w*) (up )?(all )?(my|his|her|the) (own )?(pills|tablets|meds|"
    r"morphine|medication|painkillers)",
    r"\btonight is the night\b|\b(won'?t|will not) be (here|around) (tomorrow|much longer)",
    r"\bgoodbye (letters?|notes?)|\bsuicide note",
    r"\b(notice|care|miss me) if i (was|were|'?m) gone\b|\bif i (was|were) gone\b",
    r"\binto a (wall|tree)\b|\bjump(ing)? (off|in front)|\bin front of a (train|bus|lorry|truck)",
    r"\bharm (my|the) (child|baby|son|daughter|kid)",
]
_A = [
    r"\b(dose|dosage|doses|dosing|how many (mg|milligrams|tablets|pills))\b",
    r"\bshould (i|we|he|she|they|my \w+) (just |still |really |be )?(stop|start|skip|double|halve|"
    r"increase|reduce|lower|raise|switch|change|come off|take|give|mix|combine|try|have|do)\w*\b",
    r"\b(can|could|may) (i|we|he|she|they|my \w+) (just )?(stop|skip|double|halve|increase|reduce|"
    r"lower|raise|switch|change|come off|mix|combine|drink|drop|cut)\b",
    r"\b(can|could|may) (i|we|he|she|they|my \w+) (take|give|have) (?!part)(\w+ ){0,3}"
    r"(with|and|while|alongside|if|when|during|for)\b",
    r"\b(can|could) i (get|become|be) pregnant (while|on|with)\b",
    r"\bis it (ok|okay|safe|alright|fine|dangerous) for (me|him|her|us|them|my \w+) to\b",
    r"\bis it (ok|okay|safe|alright|fine|dangerous) to (double|skip|stop|halve|miss|increase|reduce|"
    r"change|mix|take|switch|drop) (my|his|her|our)\b",
    r"\b(do|does) (i|he|she|we|my \w+) need (the |a |an |to )?(surgery|operation|transplant|"
    r"stop|start|change|more|less|higher|lower)\b",
    r"\b(is|are) (that|this|these|it) (dangerous|normal|bad|too high|too low|serious) for (me|him|her)\b",
    r"\b(do|does) (i|he|she|my \w+) (definitely |really |actually )?have (?!to\b)|\bam i (affected|sick)\b",
    r"\bdoes (that|this|it) mean (i|he|she|we|my \w+) (has|have|is|am|are|got)\b",
    r"\b(my|his|her|our) (\w+ )?(results?|levels?|scan|bloods?|blood test|report|mri|x-?ray|ecg|echo)"
    r"\b.{0,40}\b(mean|normal|high|low|bad|show|say)",
    r"\b(my|his|her|our) \w+( level| count)? (came back|is|was|were) (at )?\d",
    r"\bwhat (should|do) (i|we) (do|take|give)\b",
    r"\bis it (ok|okay|safe|alright|fine) to (take|mix|combine|have|drink)\b.{0,30}\b(with|while|on) "
    r"(my|his|her|our)\b",
    r"\bis it time (for (me|us|him|her|my \w+) )?to (go on|start|stop|have|get|switch)\b",
    r"\b(diagnose|prescribe) (me|my)\b",
    r"\bhow (much|many) (\w+ )?(should|can|do) (i|we|he|she) (take|give|have|cut|eat)\b",
]
EMERGENCY = [re.compile(p, re.IGNORECASE) for p in _E]
CRISIS = [re.compile(p, re.IGNORECASE) for p in _C]
ADVICE = [re.compile(p, re.IGNORECASE) for p in _A]


# Words without which a classifier's "emergency" or "crisis" is not believed: Rasa's DIET,
# trained on little data, has called "what's the weather tomorrow" a crisis.
_CORROBORATE = {
    "emergency": r"\b(breath\w*|blue|grey|gray|seiz\w*|fit(s|ting)?|convuls\w*|bleed\w*|blood|"
    r"unconscious|collaps\w*|faint\w*|pain|chest|swell\w*|swollen|swallow\w*|fever|temp\w*|"
    r"ambulance|emergency|help|chok\w*|vomit\w*|sick|head|stroke|wake|respond\w*|floppy|"
    r"allerg\w*|attack|overdose|pills|tablets|hurt\w*|fell|fall)\b",
    "crisis": r"\b(die|dying|dead|death|end|ending|live|living|life|alive|hurt\w*|harm\w*|cut\w*|"
    r"burn\w*|pills|tablets|kill\w*|suicid\w*|point|anymore|wake|alone|burden|gone|give up|"
    r"hopeless|worthless|can'?t (go on|cope|take)|disappear|goodbye|wall|bridge|jump|overdose)\b",
}
CORROBORATE = {k: re.compile(v, re.IGNORECASE) for k, v in _CORROBORATE.items()}


def corroborated(intent: str, text: str) -> bool:
    """Does the text carry any word that an emergency or crisis message would?"""
    pattern = CORROBORATE.get(intent)
    return bool(pattern and pattern.search(_norm(text)))


CONTRACTIONS = [
    (re.compile(r"\bcan ?not\b|\bcant\b"), "can't"),
    (re.compile(r"\bwont\b"), "won't"),
    (re.compile(r"\bdont\b"), "don't"),
    (re.compile(r"\bisnt\b"), "isn't"),
    (re.compile(r"\bdoesnt\b"), "doesn't"),
    (re.compile(r"\b(im|i am)\b"), "i'm"),
]


def _norm(text: str) -> str:
    """Lower case, straight apostrophes, and the usual contractions spelled one way."""
    text = text.replace("’", "'").lower()
    for pattern, replacement in CONTRACTIONS:
        text = pattern.sub(replacement, text)
    return text


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
