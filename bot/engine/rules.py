"""Keyword rules for intent and facet: the NLU when Rasa is unavailable, and a second opinion
where Rasa is unsure. Pure functions of the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.engine.entities import normalize

# Facets of condition items (their section ids), most specific first.
FACETS: list[tuple[str, str]] = [
    (
        "causes",
        r"\b(cause[sd]?|causing|inherit\w*|genetic(s)?|genes?|(could|can|will|would|might) "
        r"(he|she|they|my \w+|our \w+) (get|have|inherit) it|"
        r"pass(ed|ing)? (it |this )?(on|down)|runs? in (the )?famil\w+|carriers?|"
        r"hereditary|heritable|mutations?|dominant|recessive|x-linked|chances? (of|that) (\w+ ){0,3}"
        r"(pass\w*|inherit\w*|hav\w*|get\w*|carr\w*|next|another|baby|child|kids?)|"
        r"(next|other|our|my|future) (baby|babies|child|children|kids?) (will |could |might |would )?"
        r"(have|get|be)|how (did|has|could|can) (our|my|he|she|they|we) .{0,25}\b(get|got)|"
        r"(kids|children|baby) get it|get it from|(baby'?s|child'?s|kids'?|children'?s) chances?|chances? (for|"
        r"that)? ?((the|our|my|this) )?(baby|child|kids?|children)\b|(mum|mom|mother|dad|father)'?s side|(our|my|his|"
        r"her|their|the) side of the family|(come|came|coming) down (through|from)|passed (on |down )?"
        r"(in|through) (the )?famil\w+)\b",
    ),
    (
        "diagnosis",
        r"\b(diagnosis|diagnose|how (is|are|do you|do they|did they|can you) .{0,25}"
        r"diagnosed|tests?\b(?! came)|tested|testing|screen(ed|ing)? for|blood test|scan|"
        r"biopsy|heel prick|sweat test|confirm\w*|detect\w*|how (is|are|was|were) .{0,25}\b(found|picked up|spotted)|how (do|did|can|will|would) "
        r"(they|doctors|you|we) (know|tell|find|check)|score)\b",
    ),
    (
        "treatment",
        r"\b(treat\w*|cure[sd]?|curable|meds?|medic\w+|drugs?|therap\w+|manag\w+|"
        r"pills?|tablets?|infusions?|injections?|options|what helps|surgery|transplant|"
        r"shrink\w*|approved|new treatments?|rods?|keep (the )?\w+ from|what can (be done|they do|you do|we do) (about|for))\b",
    ),
    (
        "living",
        r"\b(life expectancy|how long (do|will|can|does)|live with|living with|daily|"
        r"day to day|everyday|meet up with|school|work|job|cope|coping|exercise|sport|diet|eat|food|"
        r"travel|holiday|fly|flying|pregnan\w+|outlook|prognosis|future|old age|"
        r"independen\w+|normal life|sleep|support at|plan ahead|what helps day|driv(e|ing)|"
        r"meet (other|each other)|face to face|in person|cross.infection|classroom|pe|how (ought|should|do|can) (one|"
        r"i|we|you) (to )?(hold|dress|bathe|bath|handle|carry|pick up|pick (him|her|them) up))\b",
    ),
    (
        "symptoms",
        r"\b(symptom\w*|signs?|what happens|feel|pain|look(s)? like|"
        r"problems|features|effects|tired|fatigue|is (that|this) (a )?(sign|symptom|normal|part of|"
        r"\w+ing)|could (this|it) be|show(s)? up|worse (later|by \w+|in the (evening|afternoon)|at night|as the day goes on)|what (does|can) it affect|affect\w* (besides|apart from|other than)|how (does|did) (\w+ ){0,3}start|how (does|do|did|"
        r"would|can) .{0,40}\bpresent|presentation|(does|will|can) (it|this|that) (actually |really )?do to|(was|is|were|are) (the |that |this "
        r"|my |his |her )?[\w' ]{0,25}(actually )?(part of it|part of this|the start of it))\b",
    ),
    (
        "overview",
        r"\b(what is|what's|whats|what are|tell me about|explain|overview|about|"
        r"meaning of|mean|means|what (it|that|this) is|what actually is|basic explanation|catching|contagious|nature "
        r"of)\b",
    ),
]
FACET_RES = [(facet, re.compile(pattern, re.IGNORECASE)) for facet, pattern in FACETS]

# Sections shared by every treatment item.
TREATMENT_FACETS: list[tuple[str, str]] = [
    (
        "be-careful",
        r"\b((?<!the )(?<!our )(?<!my )(?<!her )(?<!his )(?<!'s )(?<!at )clinics?|"
        r"abroad|online|legit|scam|buy|real thing|advert\w*|ads?|home (dna|genetic) (kits?|tests?)|dna kits?|"
        r"ancestry|23andme|"
        r"facebook|website|pay|paying|savings|too good|mexico|panama)\b",
    ),
    ("questions-to-ask-your-care-team", r"(?<!write to )(?<!writing to )\b(ask\w*|questions?)\b"),
    (
        "risks-and-limits",
        r"\b(risks?|risky|side effects?|downsides?|dangers?|dangerous|safe|"
        r"safety|limits?|problems?|worry|worried|go wrong|catch|(a )?second (time|dose)|wear(ing|s)? off|given "
        r"again|insurance|insurers?|used against|"
        r"(doesn'?t|does not|not|won'?t) (\w+ ){0,3}(work|help)\w* (for )?(everyone|everybody|all|every))\b",
    ),
    (
        "how-it-works",
        r"\b(how does|how do|how it works|how often|(?<!when it )(?<!if it )works?\b|happens during|step by step|"
        r"get into|process|steps? (involved|in)|(is|it|that|they|gets?|be) done|how (is|are) [\w ]{1,30}(given|delivered|administered))\b",
    ),
    (
        "who-it-can-help",
        r"\b(who (can|could|is it|qualif\w+)|which (\w+ )?(conditions|boys|kids|people|"
        r"children|diseases|illnesses)|is there .{0,20} for|available for|for (my|his|her))\b",
    ),
    (
        "benefits",
        r"\b(benefits?|help|helps|worth|good|cure|better|improve\w*|advantages?|pros|upsides?|what difference|"
        r"made (a|any) difference)\b",
    ),
    ("what-it-is", r"\b(what is|what's|whats|what are|explain|mean|means)\b"),
]
TREATMENT_FACET_RES = [(f, re.compile(p, re.IGNORECASE)) for f, p in TREATMENT_FACETS]

_INTENTS: list[tuple[str, str]] = [
    (
        "bot_challenge",
        r"\b((are|r) (you|u) (a |an )?(bot|robot|human|real|ai|person|machine)|"
        r"who (made|built|created|runs) you|what can you do|what are you|"
        r"what'?s your name|who are you|how are you|how'?s it going|(am i|are we) (speaking|talking|chatting) (to|with) (a |an )?"
        r"(bot|robot|machine|computer|automated))\b",
    ),
    (
        "human_handoff",
        r"\b(real|actual|live) (person|human|people)\b|\b(talk|speak|chat|write) (to|with) "
        r"(a |an |some)?(one|body|human|person|moderator|volunteer|someone|somebody)\b(?! (who|that) ?('s|has|is|have|had|gets?|"
        r"understands?|knows|lives?|went|goes|been)\b| (else )?(in the same|going through|like (me|us|him|her)))"
        r"|\bhuman please\b|\bconnect (me )?(with|to) (a |an )?(human|person|someone|somebody|real)\b|^\s*(human|agent|moderator)\s*$|\b(get|give|need|want) "
        r"(me )?(a |an )?(human|person|moderator)\b|\bmoderators?\b|\bsomeone (from|on) "
        r"(your|the) team\b|\bpass me (on )?to\b|\b(zebra|your) (staff|team)\b",
    ),
    (
        "privacy",
        r"\b(privacy|(kept|keep|stay|stays|is|are|be) (\w+ ){0,2}private|private (info\w*|data|details|"
        r"messages?|chats?|conversations?|things)|gdpr|personal data|my data|my info\w*|(my )?chat history|my (messages|chats)|delete (everything|it all)|(stored|saved|keep|kept|have|hold) about me|what (data|info\w*) (do )?you (have|hold|keep|store)|delete (my|all|every)|"
        r"(?<!i )(?<!always )(?<!often )(?<!usually )forget (me|my|everything)|(wipe|erase|delete|remove)[sd]? (it all|everything|all of it)|"
        r"(it|everything) (all )?(wiped|erased|deleted)|what do you (store|keep|save|know about me)|"
        r"data (protection|you (store|keep|hold))|who (else )?(can|could|is able to) (see|read)|(is )?anything (i|we) "
        r"(type|write|say) (here )?(saved|stored|kept|recorded)|(keep|store|save|record)[sd]? (my|our) (msgs|"
        r"messages|(\w+ )?(number|id)|chats?|conversations?|questions|name|details)|(is|are) (any of )?(it|this|that|"
        r"them) (stored|saved|kept|recorded)|(read|see) (this|our|my) (chat|conversation|messages)|"
        r"(see|read|sav(e|es|ed|ing)|stor(e|es|ed|ing)|keep(s|ing)?|kept|record(s|ed|ing)?|sell(s|ing)?) ("
        r"everything |all |what )(i|we) (ask|type|write|say|send)|(store|keep|save)[sd]? (my|our) "
        r"(\w+'?s )?(diagnosis|details|info\w*|data|name|questions) anywhere|(share|sell|pass|give)[sd]? (my|our) (\w+ )?("
        r"questions|data|messages|chats?|info\w*|details|conversations?) (with|to)|(anyone|anybody|someone|somebody) ("
        r"else )?(see|read) what (i|we)('ve| have)? (written|typed|said|wrote|asked)|personal info\w* (\w+ ){0,3}(retain|"
        r"keep|hold|store)s?\b|(retain|retains|retained) about me)\b",
    ),
    (
        "ask_clinical_trials",
        r"\b(trials?(?![ -]and[ -]error)|trails?|clinical stud\w+|research stud\w+|stud(y|ies)|"
        r"placebo|palcebo|fake (pill|drug|medicine)|sugar pill|dummy (pill|drug)|"
        r"enrol\w*|enroll\w*|sign (me )?up|volunteer for|compassionate use|"
        r"expanded access|early access|informed consent|phase [1-4i]+|ctis|"
        r"clinicaltrials|ctgov|double.blind\w*|randomi[sz]ed)\b|"
        r"\b(safe|safety)\b.{0,40}\b(once|after) (it'?s |it is |they'?re |it has |being )?(been )?approved\b",
    ),
    (
        "find_support_group",
        r"\b(support (group|network|organi[sz]ation|org)s?|charit(y|ies)|societ(y|ies)|"
        r"patient (group|organi[sz]ation|association)s?|foundation|associations?|"
        r"organi[sz]ations? (that|to|for|who|which|in|near)|umbrella (organi[sz]ations?|groups?|charit\w+|bod(y|ies))|"
        r"(meet|talk to|talk with|connect with|find|contact|looking for|look for) (other|more) (\w+ ){0,3}("
        r"parents|families|people|patients|mums|moms|mothers|fathers|dads|carers|teens|kids|children|"
        r"young people|grandparents|siblings|"
        r"adults)|(other|more) (parents|families|mums|moms|dads|carers) (of|with) (\w+ ){0,4}(i|we) (could|can) (chat|"
        r"talk) to|support (for|in|near)|groups? (in|near)|(an|any) organi[sz]ations?|"
        r"^\S+( \S+)? support( \w+)?(?=\W*$)|famil(y|ies) like (ours|us)|"
        r"(parents?|family|families|carers?) (groups?|networks?)|groups? for|communit(y|ies)|"
        r"meet others|forums?|peer support|(?<!in a )(?<!in the )(?<!in my )(?<!in our )(?<!on a )(?<!on the )"
        r"(?<!from a )(youth|teen|young people'?s?|parents?'?|carers?'?|mums?'?|dads?'?|local|online|"
        r"whatsapp|facebook) (groups?|group chats?)|group chats? for|groups? (that|which|who) supports?|(is there|there is|are "
        r"there) (a|any) groups?(?=\W*$)|find (some |any )?support(?! (at|in|from|with) (school|"
        r"work|college|uni))|who supports|(organi[sz]ations?|groups?|charit(y|ies)) (i|we|he|she|they) (can|could|might) join|"
        r"famil(y|ies)\b.{0,30}\b(we|i) (could|can) (connect|talk|chat|meet)|other (\w+ ){0,2}(families|parents|mums|"
        r"moms|dads|carers) to (talk|chat|speak) (to|with)|(are there|there are|any) (other|more) (families|parents|people|mums|moms|dads|carers)\b|^(\S+ ){1,3}(?<!blood )(groups?|charities)( \w+)?(?=\W*$)|(,|\.) (\w+ ){0,2}groups?(?=\W*$)|camps? (for|in) (young|kids|children|teens|families|"
        r"siblings|people)|"
        r"(talk|speak|chat) (to|with) (other |more |some )?(families|parents|mums|moms|dads|carers|"
        r"people) (who|like|going|in the same|with)|(any|a) (\w+ ){0,2}groups? (here|around here|near me|over "
        r"here)|^\W*(\S+ ){1,2}(?<!blood )(?<!age )groups?\W+(\w+\W+){0,2}(pls|please|plz)?\W*$)\b",
    ),
    (
        "feedback",
        r"\b(feedback|that (was|is) (helpful|useful|wrong|great)|thumbs up|report a "
        r"(mistake|bug|error)|this answer is wrong|suggestion for (you|the bot))\b",
    ),
    (
        "thanks",
        r"^\W*(dear \w+\W+)?(thanks?|thank you|thx|ty|cheers|much appreciated|salamat|shukriya|dhanyavaa?d|asante|"
        r"merci|gracias|danke|obrigad[oa])\b|^(\W*\w+){0,4}\W*"
        r"(thanks|thank you|cheers|thx|ty|tysm)\W*$|^\W*(ok|okay|k|lol|cool|great|nice|got it|"
        r"brilliant|awesome|perfect|legend)(\W+(ok|okay|thanks|then|cool|ty|thx))*\W*$|^\W*((fine|ok|okay|"
        r"right|alright)\W+)?(whatever\W+)?(thanks|thank you|cheers)\W+(i suppose|i guess|anyway|lah|mate|all the same)\W*$"
        r"|^[^?]{0,40}\b(you'?ve|you have|you'?re|you are|that was|this (was|has been)) (been )?(really |so |"
        r"very |super )?(helpful|a (big |great )?help)\W*$|^[^?]{0,20}\b(you'?re|you are) ((actually|really|so|quite|very) )*("
        r"nice|lovely|kind|sweet|fun|easy) to (talk|chat) (to|with)\b|^[^?]*\b(should|would) (like|wish) to thank you\b[^?]*$",
    ),
    (
        "goodbye",
        r"^\W*((ok|okay|right|thanks?|thank you|cheers|lah|la|then|mate)\W+){0,4}(bye|goodbye|good ?night|night night|"
        r"nite|see you|cya|"
        r"that'?s all)\b",
    ),
    (
        "greet",
        r"^\W*(hi+|hello|hey+|hiya|hola|namaste|salaam|bonjour|good (morning|afternoon|evening)|yo|howdy|greetings|g'?day|"
        r"howya|howzit|how'?s it going)"
        r"\b[\w\s!.,:;()']{0,16}$|^\W*👋\W*$|^\W*(hi+|hello|hey+|hiya|good (morning|afternoon|evening))\W+(i'?m |we'?re )?"
        r"(just )?(trying|testing|checking) (this|you|it) out\b[^?]{0,40}$",
    ),
]
INTENT_RES = [(intent, re.compile(pattern, re.IGNORECASE)) for intent, pattern in _INTENTS]

DOMAIN_RE = re.compile(
    r"\b(rare|disease|condition|syndrome|disorder|diagnos\w*|genetic\w*|gene|symptom\w*|"
    r"therap\w+|treatment|doctor|hospital|specialist|clinic|patient|carer|caregiver|child|son|"
    r"daughter|baby|kids?|medical|health|inherit\w*|screening|counsell?ing|registry|research)\b",
    re.IGNORECASE,
)
QUESTION_SPLIT_RE = re.compile(r"(?<=[.!?])\s+|\s+(?:but|so|and now)\s+")


@dataclass(frozen=True)
class RuleParse:
    intent: str | None
    confidence: float


def _question_part(text: str) -> str:
    """The part that asks: the last sentence with a question mark, else the last sentence."""
    parts = [p for p in QUESTION_SPLIT_RE.split(text) if p.strip()]
    asked = [p for p in parts if "?" in p]
    return (asked or parts or [text])[-1]


def _facets(text: str, table: list[tuple[str, re.Pattern[str]]], default: str) -> list[str]:
    asked = _question_part(text)
    for part in (asked, text):
        found = [f for f, pattern in table if f != default and pattern.search(part)]
        if found:
            return found
        if part is asked and table[-1][1].search(asked):
            return [default]  # "what is EB? my friend's newborn has it": the question decides
    return [default] if table[-1][1].search(text) else []


def facets_of(text: str) -> list[str]:
    """Condition facets the question's words point to; "overview" only when nothing else does."""
    return _facets(text, FACET_RES, "overview")


def treatment_facets_of(text: str) -> list[str]:
    return _facets(text, TREATMENT_FACET_RES, "what-it-is")


def sounds_like_a_scam(text: str) -> bool:
    """Offers from clinics abroad, online shops and adverts: the "be careful" section's cues."""
    return bool(TREATMENT_FACET_RES[0][1].search(text))


# "Which conditions can ERT be used for? Is NPC one?" asks about the treatment's reach, even
# with a condition named beside it.
WIDE_SCOPE = re.compile(
    r"\b(which|what) (rare )?(conditions|diseases|illnesses)\b|"
    r"\bwho (can|could) (\w+ ){1,4}(help|benefit)|\bhelp people like\b",
    re.IGNORECASE,
)


def asks_who_it_helps(text: str) -> bool:
    return bool(WIDE_SCOPE.search(text))


# Words that ask for an overview without adding a subject of their own.
BARE_WORD = re.compile(
    r"what('?s)?|whats|is|are|was|its?|an?|the|about|tell|me|us|explain|please|pls|plz|"
    r"meaning|of|means?|does|do|actually|exactly|basically|simple|words|in"
)


def bare(text: str, named_tokens: int) -> bool:
    """Nothing asked but the name: "what is cystic fibrosis?", "tell me about SMA"."""
    return sum(not BARE_WORD.fullmatch(w) for w in normalize(text)) <= named_tokens


PHASE = re.compile(
    r"\bphase\s*(1|2|3|4|i{1,3}|iv|one|two|three|four)\b"
    r"(?!\s*([/,&+-]|\d|and\b|or\b|vs\b|to\b))",
    re.IGNORECASE,
)
PHASE_NUMBER = {
    "i": "1",
    "ii": "2",
    "iii": "3",
    "iv": "4",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
}
PHASE_SECTION = {"1": "phase-1", "2": "phase-2", "3": "phase-3", "4": "phase-4-and-after-approval"}


def trial_phase_section(text: str) -> str | None:
    """ "What does phase 3 mean?" → that phase's section; none for "phase 1/2" or two phases."""
    found = {PHASE_NUMBER.get(m.group(1).lower(), m.group(1)) for m in PHASE.finditer(text)}
    if len(found) != 1 or re.search(r"\bphases\b", text, re.IGNORECASE):
        return None
    return f"trials/phases#{PHASE_SECTION[found.pop()]}"


# Sections of the trial guides that a few words point to, preferred within a margin.
TRIAL_SECTIONS = [
    (
        "trials/phases#phase-4-and-after-approval",
        r"\b(safe|safety)\b.{0,40}\b(once|after) (it'?s |it is |they'?re |it has |being )?(been )?approved\b",
    ),
    (
        "trials/eligibility#if-you-are-not-eligible",
        r"\b(turned down|rejected|not eligible|ineligible|(wasn'?t|isn'?t|aren'?t|weren'?t) eligible|"
        r"(didn'?t|doesn'?t|don'?t|does not|did not|won'?t) qualify|too (old|young) for|knocked back|turned away|"
        r"(a|one|two|\d+) (years?|months?) too (old|young))\b",
    ),
    (
        "trials/informed-consent#the-information-sheet",
        r"\b(info(rmation)? (sheet|leaflet|pack)|participant (information )?(sheet|leaflet)|study leaflet)\b",
    ),
    (
        "trials/finding-trials#national-registries",
        r"\b(websites?|sites?|databases?|registers?)\b.{0,20}\b(for|to) (search|find|look)\w*\b.{0,20}\btrials?\b",
    ),
    (
        "trials/finding-trials#tips-for-searching",
        r"\btips\b.{0,30}\bsearch|\bsearch\w*\b.{0,60}\b(confusing|overwhelming|any tips)|\bnct\b|\bnarrow\b",
    ),
    # and from blind15 (after its first run)
    (
        "trials/eligibility#common-criteria",
        r"\bcommon (\w+ ){0,3}(criteria|reasons)\b|\bwho can (join|take part|enrol)\b(?!.{0,30}\b(my|our)\b)",
    ),
    (
        "trials/informed-consent#consent-is-ongoing",
        r"\b(sign(ed)? (it )?once|one.off form|just a form)\b",
    ),
    (
        "trials/finding-trials#eu-and-who-registries",
        r"\b(websites?|sites?|lists?|registr(y|ies)|databases?)\b.{0,60}\b(all over the world|worldwide|around "
        r"the world|other countries|not (only|just) (america|the usa?))\b",
    ),
    (
        "trials/phases#why-trials-have-phases",
        r"\bphase\s*(1|i)\s*/\s*(2|ii)\b|\bphase\s*(2|ii)\s*/\s*(3|iii)\b|\bone phase at a time\b",
    ),
    (
        "trials/costs-and-travel#what-a-trial-usually-pays-for",
        r"\b((do|does|will|would) (i|we|he|she|you|they) (have|need) to pay|who pays|pay for (the )?(drug|"
        r"medicine|treatment|tests|scans))\b",
    ),
    ("trials/how-to-join#screening", r"\bscreening (visit|appointment|tests?)\b"),
    # and from blind25 (after its first run)
    (
        "trials/costs-and-travel#health-insurance-and-other-costs",
        r"\b(insurance|insurer|insurers|health plan|medicaid|medicare)\b.{0,40}\b(billed|bill|charged|pay|cover\w*)\b|"
        r"\b(billed|bill|charge)\b.{0,20}\b(insurance|insurer|health plan)\b",
    ),
    (
        "trials/eligibility#why-trials-have-rules",
        r"\bwhy (do |would |should )?(clinical )?(trials?|stud(y|ies)|research(ers)?) (\w+ ){0,2}(have|impose|set|"
        r"need|use|exclude)\b.{0,30}\b(rules|restrictions|criteria|limits|age limits|people)\b",
    ),
    (
        "trials/placebo#your-chance-of-getting-the-placebo",
        r"\b(odds|chances?|likely|likelihood)\b.{0,40}\b(placebo|dummy|fake|sugar pill)",
    ),
    (
        "trials/expanded-access#how-to-ask",
        r"\b(compassionate use|expanded access|early access)\b.{0,80}\bhow (do|can|would|should) (we|i|you) "
        r"(actually )?(ask|apply|request|get)\b|\bhow (do|can|would|should) (we|i|you) (actually )?(ask|apply) "
        r"for (compassionate use|expanded access|early access)\b|\bemail the (drug )?(company|manufacturer)\b|\bgo "
        r"about (requesting|asking for|applying for)\b|\bwho ("
        r"requests|applies|asks|makes the request)\b|\b(apply|write|ask) (to )?(the )?(drug |pharma\w* )?(company|"
        r"manufacturer)\b",
    ),
    ("trials/expanded-access#who-can-get-it", r"\bwho (qualifies|can get it|is eligible)\b"),
    # and from blind11 (after its first run)
    (
        "trials/your-rights#leaving-a-trial",
        r"\b(quit|leave|leaving|drop out of|pull out of|withdraw from) (the |a |this |her |his |my )?"
        r"(trial|study)\b|\b(wants?|wanted) to (stop|quit|leave|pull out|drop out)\b|\bquit halfway\b",
    ),
    (
        "trials/placebo#randomisation-and-blinding",
        r"\b(randomi[sz]\w*|(double|single).blind\w*|blinding)\b",
    ),
    (
        "trials/informed-consent#consent-for-children",
        r"\b(child|children|kids?|son|daughter|grandson|granddaughter|teen\w*|minor|(little )?(sister|brother))"
        r"\b.{0,60}\b((have|has|"
        r"get|gets) (a|any) say|sign the|assent|agree to it)\b",
    ),
    (
        "trials/your-rights#ethics-committees",
        r"\b(ethics|guinea pigs?|who (checks|approves|makes sure)\b.{0,40}\b(safe|fair|ethical|trials?|stud(y|"
        r"ies)|begin|start)|properly supervised)\b",
    ),
]
TRIAL_SECTION_RES = [(s, re.compile(p, re.IGNORECASE)) for s, p in TRIAL_SECTIONS]


def trial_sections(text: str) -> list[str]:
    return [section for section, pattern in TRIAL_SECTION_RES if pattern.search(text)]


# "Who sees my data if I join a registry?" is about the registry, not about Zebra's own records.
OTHER_RECORDS = re.compile(r"\b(regist(e?r|ry|ries|ery)|trials?|stud(y|ies))\b", re.IGNORECASE)


# "Someone in a parenting forum claimed ...", "found you through a forum link": where something
# was read, not a group asked for.
GROUP_CONTEXT = re.compile(
    r"\b((in|on|from|through|via|round|around) (a|an|the|our|my|one|some|this|that|his|her|their) "
    r"([\w']+ ){0,2}(forums?|groups?|group chats?)|(a|an|the|one|some|this|that) ([\w']+ ){0,2}forums?"
    r" (said|says|say|claimed|claims|posts?|posted|mentioned|threads?|links?)|((the|our|my|that|this|some) )?"
    r"([\w']+ ){0,2}(forums?|groups?|group chats?) (is |are |was |were |has |have |keeps? )?(full|saying|says|say|"
    r"posting|going on|at war|arguing|divided|split))\b",
    re.IGNORECASE,
)

# "Why can't my son meet other kids with CF?" asks why (the risk of germs), not for a group.
CANNOT_MEET = re.compile(
    r"\b(can'?t|cant|can ?not|shouldn'?t|mustn'?t|not allowed to) (?!wait)(\w+ ){0,3}meet\b[^.?!]*",
    re.IGNORECASE,
)


# "Good morning. I do hope you are keeping well.": a longer greeting with no question and nothing
# about health in it (checked with in_domain, after every other rule).
LONG_GREETING = re.compile(
    r"^\W*(hi+|hello|hey+|hiya|good (morning|afternoon|evening)|greetings)\b(?!.*\b(i have|i'?ve got|"
    r"i'?m|my|our|we|about|know|tell)\b)[^?]{0,70}$",
    re.IGNORECASE,
)


def rule_intent(text: str) -> RuleParse:
    for intent, pattern in INTENT_RES:
        if intent == "privacy" and OTHER_RECORDS.search(text):
            continue
        read = text
        if intent == "find_support_group":
            read = CANNOT_MEET.sub(" ", GROUP_CONTEXT.sub(" ", text))
        if pattern.search(read):
            return RuleParse(intent, 0.9)
    if LONG_GREETING.search(text) and not in_domain(text):
        return RuleParse("greet", 0.9)
    return RuleParse(None, 0.0)


def in_domain(text: str) -> bool:
    return bool(DOMAIN_RE.search(text))
