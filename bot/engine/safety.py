"""Deterministic safety screens that run before anything else, whatever NLU says.

Fixed phrases and patterns for urgent symptoms (emergency) and suicidal thoughts or self-harm
(crisis), and for requests for personal medical advice. False alarms cost a kind extra message;
misses cost far more, so the patterns lean towards catching.
"""

from __future__ import annotations

import re

from bot.engine.safety_patterns import ADVICE, CRISIS, EMERGENCY

# Words without which a classifier's "emergency" or "crisis" is not believed: Rasa's DIET,
# trained on little data, has called "what's the weather tomorrow" a crisis.
_CORROBORATE = {
    "emergency": r"\b(breath\w*|blue(?! (inhaler|pump|badge))|grey|gray|dusky|pale|seiz\w*|fit(s|ting)?|jerk\w*|convuls\w*|"
    r"\w*bleed\w*|blood|unconscious|collaps\w*|faint\w*|dizzy|(?<!chronic )pain\w*|chest|swell\w*|swollen|"
    r"swallow\w*|fever|temp\w*|ambulance|emergency|chok\w*|vomit\w*|sick|throwing up|head|"
    r"stroke|wake|respond\w*|answer\w*|come round|floppy|limp|allerg\w*|attack|overdose|pills|"
    r"tablets|hurt\w*|fell|fall|arm|leg|speech|talk\w*|mouth|face|tongue|lips?|eyes?|sight|vision|"
    r"drowsy|sleepy|hives|wheez\w*|bleach|ate|eaten|drank|drunk|chewed|capsule|battery|batteries|"
    r"magnets?|poison\w*|confused|muddled|crooked|towels?|purple|rash|nappy|peed|awake|burn\w*|"
    r"scald\w*|shock|numb|bent|crack\w*|pulse|heart|clammy|sweat\w*|shaking|sats|oxygen|vent\w*|"
    r"alarm\w*|stiff|bit|bitten|bite)\b",
    "crisis": r"\b(die|dying|death|end (it|my life|things)|alive|hurt (my|him|her)self|(self.?)?harm\w* "
    r"(my|him|her|them)sel\w*|self.?harm\w*|harm\w* me|"
    r"cut(s|ting)?|blades?|razors?|knife|kill\w*|suicid\w*|burden|hopeless|worthless|"
    r"disappear|goodbyes?|overdose|kms|not (be )?here|without me|on purpose|deserve|unaliv\w*|funeral|"
    r"letters? (are|is) written|be here anymore|the means|sleep for (a long|ever)|finish\w* the job|"
    r"(to|would|will|just) (take|finish) me(?! (seriously|to|home|back|in|out|through|off|along|with))|"
    r"smash\w* my head|(want|wanna|need) it to be quick|when i'?m gone|kind of the point|at once\W+"
    r"asking for me|won'?t be around|won'?t be needing you|hear from me)\b",
}
# Words that fit a crisis but also everyday questions ("plan ahead", "before I go", "is it
# enough"): they back Rasa's "crisis" only in a message that is not a question about a condition.
WEAK_CRISIS = re.compile(
    r"\b(dead|give up|can'?t (go on|cope|take|keep|face|do)|sorry(?!,? (for|about) (all )?(the|my|these|this|so "
    r"many|asking|bothering|rambling)\b|\W+not your fault|\W+(if|to ask|to bother)\b)|bridge|jump\w*|(?<!training )(?<!birth )(?<!care )(?<!meal )(?<!diet )(?<!exercise )(?<!treatment )plan(?! ahead)|tonight|"
    r"pills|tablets|box|bleach|balcony|(the|a) train|sea|garage(?! (roof|door|sale))|engine|enough|over|done|ready|permanently|"
    r"for good|fade|peace|my will|affairs|around|quick|(the|no|any) point|letters|both of us|everything)\b",
    re.IGNORECASE,
)
CORROBORATE = {k: re.compile(v, re.IGNORECASE) for k, v in _CORROBORATE.items()}


# "She's having a seizure", "my son is choking": someone doing something as the message is written.
PROGRESSIVE = (
    r"(he'?s|she'?s|they'?re|i'?m|he is|she is|they are|(son|daughter|child|baby|kid|mum|mom|dad|"
    r"husband|wife|partner) is) (not |still |just )?(?!(no|some|any|every)?thing\b)(?!(writing|asking|"
    r"wondering|planning|hoping|preparing|revising|studying|reading|researching|learning|raising|caring|"
    r"recovering|healing|improving|doing (ok|okay|fine|well|good|great|better|alright)|"
    r"switching|changing|starting|moving|childproofing|laughing|joking|smiling|bringing|fostering|playing|running|practising|practicing)\b)\w+ing\b"
)

# Signs that a message describes something happening now, not a question about a condition:
# with these, Rasa's "emergency" is believed even when the message names a condition.
NOW = re.compile(
    r"\b((?<!\d )(?<!old )(?<!years )(?<!months )(?<!fine )(?<!home )(?<!better )(?<!okay )(?<!ok )(?<!time )"
    r"(?<!ago )(?<!place )(?<!diet )(?<!until )(?<!till )(?<!good )(?<!\()now(?! (wants?|says?|thinks?|suggests?|recommends?)\b)(?! at \d)"
    r"(?! (we|i) (want|need|would like|plan|are planning)\b)(?! (stable|ok|okay|fine|well|better|good)\b)"
    r"(?! (the )?(school|hospital|doctors?|gp|nurse|teacher|they) (wants?|says?|asks?|thinks?)\b)"
    r"(?! (i'?m|we'?re) (\w+ )?(childproofing|making|planning|preparing|looking|writing|reading|learning)\b)(?! (that )?(he|she|they)"
    r"('?s|'?re| is| are) (\d{1,2}|older|bigger|a teen\w*)( years?( old)?)?\b)|right now|suddenly|sudden|"
    r"(for (over |more than |the (last|past) )?|since )(an? |\d+ |few |one |two |half an? )(hour|hours|hrs|min|mins|minutes)"
    r"|(in|over) the (last|past) "
    r"(hour|half hour|few hours|few minutes|\d+ (min|mins|minutes|hours))|please|hurry|(but )?this time (he'?s|she'?s|"
    r"it'?s|they'?re|i'?m)|(today|tonight),? (he'?s |she'?s |i'?m |been )?(vomiting|bleeding|fitting|seizing|coughing|"
    r"throwing up)|"
    r"help\s*(!|$)|^\W*help\b(?!( me| us)? (to )?(write|make|draft|plan|prepare|put "
    r"together|understand|find|choose|word|create|design)\b)|just collapsed|just (got|started|developed|began) (a |an )?(\w+ )?(pain|ache|headache|rash|swelling|"
    r"bleed\w*|fever|numbness|weakness)|(please|pls|plz|someone) help|help (me|us|him|her),? (please|now|quick)|"
    r"(he'?s|she'?s|they'?re|i'?m|he is|she is|they are) (been|got)(?! ((completely|totally|absolutely|perfectly|"
    r"really|quite|all) )?(fine|well|ok|okay|good|great|"
    r"stable|better|healthy|alright)\b)|it'?s (getting|spreading|going|moving)|"
    rf"(?<!should i )(?<!should we )(?<!should he )(?<!should she )(has|have) (moved|spread|gone) (up )?(to|into)|(hasn'?t|has not) stopped|(has|have|got|running) (a )?(high "
    rf")?(temperature|temp|fever) of \d+|(spiked|spiking|hit|hitting|reached) 3[89](\.\d)?|(he'?s|she'?s|he is|she is|temp\w* is|it'?s) (now )?3[89](\.\d)?|(has|have|"
    rf"'s|just) started (shaking|shivering|fitting|seizing|vomiting|bleeding|jerking|twitching)|(he'?s|she'?s|i'?m|"
    rf"he is|she is|i am) in (agony|so much pain|terrible pain|a lot of pain)|(it'?s|it is) (still )?(swelling|"
    rf"bleeding|pouring|spurting|throbbing)|(really |very )?hard to (rouse|wake)|\d+ minutes (out|away)|"
    rf"(alarm|monitor|pump) keeps (going off|beeping|alarming)|even (sitting|lying|resting)( still| down)?|"
    rf"{PROGRESSIVE})\b",
    re.IGNORECASE,
)


# "He had a nosebleed for an hour" tells how long something lasted, "he's switching to apixaban
# now" a change of medicine, and "Please, my sister ..." is politeness: none is something going on.
NOT_NOW = re.compile(
    r"\bhad (a|an) [\w-]+ (\w+ )?for (over |more than |about )?(an? |\d+ |half an )(hours?|min\w*)\b|"
    r"\b(switching|changing|moving|switched|changed|moved) (over )?to [\w-]+( \w+)? now\b|\b(we|i|he|she|they) (carry|"
    r"carries|keep|keeps|have|has) (\w+ ){0,3}now\b|\bnow (he|she|they|i|we) ("
    r"gets?|takes?|uses?|needs?|carr(y|ies))\b|\bif (someone|somebody|a person|a child|you|your \w+|(my|our|his|"
    r"her) \w+( \w+)?)\b[^.?!]{0,60}"
    r"\bsudden\w*|\b(plan|letter|card|protocol|passport)( (say|include|have|cover|look like))? now\b|^\W*please\W+(?=(i want to ask|kindly|what|how|is|are|can|could|who|"
    r"where|when|why|my|our|sir|madam)\b)"
)


def happening_now(text: str) -> bool:
    return bool(NOW.search(NOT_NOW.sub(" ", _norm(text))))


def corroborated(intent: str, text: str, named: bool = False) -> bool:
    """Does the text carry a word that an emergency or crisis message would? Weak crisis words
    count only when no condition is named and the message is not a general question."""
    norm = crisis_words(_norm(text)) if intent == "crisis" else FIGURES.sub(" ", _norm(text))
    pattern = CORROBORATE.get(intent)
    if pattern and pattern.search(norm):
        return True
    weak = intent == "crisis" and bool(WEAK_CRISIS.search(norm))
    return weak and not named and not GENERAL.search(norm)


# The usual contractions spelled one way, then the usual misspellings of the words the screens
# need (never real words).
CONTRACTIONS = [
    (re.compile(pattern), replacement)
    for pattern, replacement in [
        (r"\bcan ?not\b|\bcant\b", "can't"),
        (r"\bwont\b", "won't"),
        (r"\bdont\b", "don't"),
        (r"\bisnt\b", "isn't"),
        (r"\bdoesnt\b", "doesn't"),
        (r"\b(im|i am)\b", "i'm"),
        (r"\bhes\b", "he's"),
        (r"\bshes\b", "she's"),
        (r"\btheyre\b", "they're"),
        (r"\bthro(te|t|ut|aght)\b", "throat"),
        (r"\b(siez|seiz|seez|sies)(ure|ur|sure)(s?)\b", r"seizure\3"),
        (r"\bsiezing\b", "seizing"),
        (r"\bun(concious|consious|conscous|consience)\b", "unconscious"),
        (r"\bambu(lence|lanse)\b", "ambulance"),
        (r"\bat(ack|tak|ak)(s?)\b", r"attack\2"),
        (r"\bswel(ing|lling)\b", "swelling"),
        (r"\bswol(en|lon)\b", "swollen"),
        (r"\bble(ading|ding|eading)\b", "bleeding"),
        (r"\b(sucid|suicid|suisid|suicd)(al|le|el)\b", "suicidal"),
        (r"\b(sucide|suiside|suiced|sucicide)\b", "suicide"),
        (r"\bkil (my|him|her)sel(f|ves)\b", r"kill \1sel\2"),
        # A dropped g ("breathin real fast", "thinkin about endin things"), for the verbs the
        # screens read.
        (
            r"\b(end|think|breath|bleed|go|do|feel|gett|try|tak|hav|say|suck|work|runn|check|com|fix|"
            r"seiz|shak|chok|throw|kill|dy|cutt|hurt|plann|turn|burn|hang|scream|cry|talk|los|swell|"
            r"fall|pass|wak|mak|keep|bring|sleep|drink|eat|start|stopp|pound|look|stay|wait)in'?(?=\W|$)",
            r"\1ing",
        ),
    ]
]


US = re.compile(r"\bthe US\b")
# Emoji that stand for what the screens read ("💊💊💊 tonight. bye").
EMOJI = {
    "💊": "pills",
    "🔪": "knife",
    "🩸": "blood",
    "🪢": "rope",
    "⚰": "coffin",
    "🪦": "grave",
    "🚑": "ambulance",
}
EMOJI_RE = re.compile("|".join(EMOJI))


def _norm(text: str) -> str:
    """Lower case, straight apostrophes, the usual contractions and misspellings spelled one way."""
    text = US.sub("the USA", text.replace("’", "'")).lower()  # the country, not "us"
    text = EMOJI_RE.sub(lambda m: f" {EMOJI[m.group(0)]} ", text)
    for pattern, replacement in CONTRACTIONS:
        text = pattern.sub(replacement, text)
    return text


# "Why is throat swelling in HAE so dangerous?" asks for information: general questions with
# nobody in them and nothing happening now are not emergencies.
PEOPLE = (
    r"i|i'm|me|my|we|our|us|he|he's|him|his|she|she's|her|baby|son|daughter|child|kid|husband|wife|"
    r"mum|mom|dad"
)
# Someone else at the scene: "is this an emergency? a man collapsed in the street".
# ("Someone with MND" is anyone: a general question.)
BYSTANDERS = (
    r"(someone|somebody|a man|a woman|a boy|a girl|grandma|grandad|granny|grandpa|nan|nana|friend|"
    r"brother|sister|uncle|aunt|auntie|toddler|grandson|granddaughter|nephew|niece|cousin|neighbou?r)"
    r"(?! (with|who has)\b)"
)
GENERAL = re.compile(
    rf"^\s*(why|what|how|is|are|does|do|can|when|which|trying to understand)\b(?!'t)(?!.*\b({PEOPLE}|{BYSTANDERS}|they're|them)\b)",
    re.IGNORECASE,
)


PERSON = re.compile(rf"\b({PEOPLE}|partner)\b", re.IGNORECASE)
# "What should I ask the doctor?", "will my brothers get it too?": not requests for advice.
NOT_ADVICE = re.compile(
    r"\b(what|anything|which questions?) (\w+ ){0,3}(ask|raise)\b|\b(will|could|would|might) (my|our) "
    r"(\w+ ){1,2}(have|get|inherit|carry) it\b",
    re.IGNORECASE,
)


def may_be_personal_advice(text: str) -> bool:
    """Could a classifier's "personal advice" be right? Someone must be in it, and "what should
    I ask the doctor" is a question about the conversation, never a request for advice."""
    norm = _norm(text)
    return bool(PERSON.search(norm)) and not NOT_ADVICE.search(norm)


# "Can you overdose on melatonin?" asks about medicines in general.
OVERDOSE_QUESTION = (
    r"can (you|someone|a person|kids|children) overdose|counts as an overdose|how do (people|you|"
    r"patients|kids|children) (\w+ )?overdose|antidote (for|to) (a |an )?(\w+ )?overdose|what('?s| is) an? \W?\w+\W? "
    r"overdose|(can'?t|cannot|can you) overdose on"
)

# Someone said to be all right now: "she's keeping her fluids down fine", "now he is ok".
SETTLED = (
    r"(he|she|i|they|we|and)('s| is|'m| am|'re| are) (ok|okay|fine|well|better|stable|good) (now|today)|now (\w+ ){0,3}"
    r"(he|she|i)('s| is|'m| am) (ok|okay|fine|well|better)|feel\w* (totally |completely |absolutely )?(fine|ok|"
    r"okay|normal) (now|today)|(is|'s|are|'re|and|now) playing (normally|normal|fine|happily)|('s|is) eating "
    r"and (playing|drinking)|('s|is|are|'re) "
    r"keeping (\w+ ){0,5}down (fine|ok|okay)|been (completely |totally |absolutely |perfectly )?(fine|well|ok|okay|"
    r"normal) (ever )?since|checked and (said|says) (it'?s|he'?s|she'?s) (just |all )?(fine|ok|okay|normal|the cold)|,? now (ok|okay|fine|well|better|stable)"
    r"\b|not in (any )?danger|(?<!was )(?<!were )right as rain|seizure.free since|(been|is|'s) (totally |completely "
    r")?(herself|himself|themselves|myself) (ever )?since|doing (great|brilliantly|really well|so well)|(is|'s|"
    r"are|'re) thriving|eating,? drinking,? and playing|('s|is) (feeding|eating|drinking) (fine|well|normally)|stopped (after|within|in) (\d+|a few|five|ten|two) (min\w*|"
    r"seconds)|(eases|settles|passes|goes away) (off )?(after|with|within)|(temp\w*|he'?s|she'?s|it'?s|i'?m)( is| was)? "
    r"(36(\.\d)?|37\.[0-4])\b(?! (and|but) (rising|climbing|going up))"
)
# ... unless the writer doubts it: "I don't think she's breathing normally".
DOUBT = re.compile(
    r"\b((don'?t|do not|can'?t|cannot) (think|tell|say)|not sure|no longer|any ?more)\b"
)
# Past events, plans, questions and stories are told, not happening: "he choked on a grape once",
# "how do I make a seizure plan", "what does 'ventricular' mean", "in the film she collapses".
PAST = (
    r"(?<!nobody )(?<!no one )ever|(?<!at )once(?![- ]a[- ](week|day|month))|last (year|month|week|spring|summer|autumn|winter|"
    r"christmas|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(years?|months?|weeks?) ago|"
    r"(totally|all|completely) fine now|discharged|(?<!at )home now|(was|were|got|been) (checked|seen|assessed|looked at)( over)? (at|"
    r"in|by) (a&e|the er|er|hospital|the hospital|urgent care|a doctor|the gp|the doctor)|clear scan|sent home|can (he|she|i|they|we) go back to|as a (baby|"
    r"toddler|newborn|child|kid|teen)|as (babies|toddlers|kids|children|newborns)|last (ramadan|eid|diwali|holidays?)|when (he|she|i|they) (was|were) (\d+|one|two|three|four|five|six|a "
    r"baby|a toddler|little|younger|small)|at birth|now and (fine|well|ok|okay|healthy)|\b(the )?(gp|doctor|consultant|nurse|paediatrician|cardiologist|neurologist|specialist) (saw|checked|examined) (her|him|them|me|us)|(controlled|"
    r"seizure.free|under control|stable) for (\d+|a few|several|many) (years?|months?)|in (january|february|"
    r"march|april|june|july|august|september|october|november|december|(19|20)\d\d)|(spring|summer|autumn|fall|winter) ("
    r"of )?(19|20)\d\d|(longest|worst|biggest|first|last) (seizure|fit|bleed|attack|crisis|episode) (was|lasted)|warmed up (straight away|"
    r"quickly|again)"
)
PLANS = (
    r"in case|if (it|this|that) (ever )?happen\w*|plan for|(want|like|need) to be (prepared|ready)|(want|wanna|need) to "
    r"(prepare|write it down)|what should (i|we) tell (the|my|our|his|her) \w+ to do|(seizure|care|emergency|action|rescue) plan|poster|"
    r"leaflet|(guide|tips) (to|for|on|about)|(write|writing|draft\w*) a (post|poster|guide|article|handout|blog)|childproof\w*|safer|prevent\w*|first aid (poster|course|class|"
    r"training|kit|leaflet|booklet)s?|(learn|teach|know|do a) first aid|set up|resources|hazards?|before "
    r"(we|you|i) (should )?(call|ring|phone)|when (to|should (we|i|you)) (call|ring|phone)|letter for (a&e|"
    r"the hospital|school|the er)|chok\w* risk|risk of chok\w*|to stop\b.{0,25}\bchok\w*|(emergency|alert|"
    r"medical) (care |treatment |health |steroid )?(card|letter|protocol|bag|kit|pack)s?|hospital passport|"
    r"(through|past) (airport )?security|hand luggage|how (do|can) (i|we|you) avoid|(seizure|symptom|"
    r"headache|pain) (diary|log|tracker|app)|(said|says|told( me| us| them)?|advised|advice is) to (call|ring|"
    r"phone|dial)|(flag|note|alert|marker) on (our|my|the|his|her|their) (address|records?|file|system|notes)|"
    r"every time (he|she|they|i|my \w+) (has|gets|goes)|(hasn'?t|has not|haven'?t) had (one|a seizure|a fit|an "
    r"attack)( at home)? yet|(information|info|fact) sheet|next (term|time|year|school year)|about to (take on|"
    r"start|look after|care for)|will be (looking after|caring for|teaching|minding)|(told|asked) (us|me) to "
    r"have a plan|never had a long one|(fire|medical|first aid) drill|drill at work|scenario( card)?|"
    r"playing a casualty|role.?play|risk assessment|(choking|seizure|first aid|emergency|head injury|bleeds?) (policy|procedure|protocol)|what (signs|"
    r"symptoms) (would|should|might) (mean|make)|teaching (session|resource|slides)|planning ahead|just planning|at what (point|"
    r"temperature|temp) (should|do|would) (i|we) (call|ring|phone)|(list|poster|sheet) of (red flags|warning signs|signs)|brief (the|his|her|"
    r"our) (teachers?|staff|school|nursery)|what should happen if|if (\w+ ){1,4}ever\b|just curious|back-?up (options?|power|plans?|generators?|supply)|(should|would|will) make (me|us|you) call|what (do|should|would) (you|"
    r"i|we|parents) do (when|if)"
)
SCHOOL_WORK = r"(medical school|school|uni|university|college) (project|assignment|dissertation)"
# "Overdose question for a pharmacology assignment": asked for coursework. Only a question: told
# beside something happening ("for my biology project... also he's been weird today"), it is not
# a rehearsal.
COURSEWORK = (
    r"(question|questions|asking) for (a|an|my|our|the) ([\w-]+ ){0,2}(project|assignment|dissertation|essay|"
    r"coursework|homework|module)"
)
QUESTIONS = (
    rf"(more|how) common|{OVERDOSE_QUESTION}|(can|does|do|will|would) (zebra|the bot|this bot|you) (call|"
    r"ring|phone|contact)|what (does|do) \W?[\w ]{1,30}\W? (mean|stand for)|something called|^\W*if (a|an|"
    r"someone|somebody|your|you)\b|what (happens|would happen) if|how (do|does|should) (you|one) "
    r"(properly )?(use|give|inject|store)|(paramedic|nursing|medical|pharmacy|physio|med) students?|revising "
    r"for|exam revision|(used|said|mentioned|wrote) (the|that|this) (phrase|word|term|expression)|exam "
    r"question|(nursing|medical|first aid) module|for my own (learning|knowledge|interest)|usual protocol|what "
    r"would it look like if|just wondering|serious enough to (go in|call|ring|go to)|how (do|can|would) (i|we|you) ("
    r"tell|know) (if|when|whether)|where the line is|(something|anything) to worry about|"
    rf"{SCHOOL_WORK}|{COURSEWORK}"
)
STORIES = (
    r"on tv|tv (show|drama|series|programme)|film|movie|novel|book|story|\bdrama\b|(in|on) the news|news "
    r"(story|report|article)|journalist|reporter|writing (an article|a piece|a story) (about|on)|documentary|podcast|quot\w+ (the|a|an|this) (news|article|headline)"
)
SETTLED_RE = re.compile(rf"\b({SETTLED})\b")
PLANNING = re.compile(rf"\b({PAST}|{PLANS}|{QUESTIONS}|{STORIES})\b", re.IGNORECASE)


AT_THIS_MOMENT = r"right now|just now|at the moment|at present|currently"
STILL_NOW = re.compile(rf"\b({AT_THIS_MOMENT}|still|please|hurry)\b|help\s*(!|$)", re.IGNORECASE)


def past_event(text: str) -> bool:
    """ "He choked on a sweet last year and now he's scared to eat": told, not happening."""
    norm = _norm(text)
    told = bool(PLANNING.search(norm) or settled(norm))
    return told and not STILL_NOW.search(NOT_NOW.sub(" ", norm))


# Something going on as the message is written, whatever else it tells ("it's still pouring").
ONGOING = re.compile(
    rf"\b((?<!well )(?<!fine )(?<!ok )(?<!okay )(?<!stable )(?<!better )(?<!\d )({AT_THIS_MOMENT})|still (\w+ing|not|hasn'?t|won'?t|isn'?t)|not a drill|actually happening|(while|as) i (type|write) this|i (feel|am feeling|'m feeling) (weird|strange|funny|odd|faint|dizzy|drowsy|confused))\b"
)


# A drill, an exam question or a role play describes an emergency that is not happening.
REHEARSAL = re.compile(
    rf"\b(drill|scenario|exam question|mock|role.?play|playing a casualty|first aid module|{SCHOOL_WORK}|(list|"
    r"poster|sheet) of (red flags|warning signs))\b"
)


def general_question(text: str) -> bool:
    """A question with nobody in it, or a told past or plan, with nothing happening now (or with
    someone said to be all right now): information, not an emergency."""
    norm = _norm(text)
    if ONGOING.search(norm):
        return False
    told = bool(GENERAL.search(norm) or PLANNING.search(norm))
    return (told and (not happening_now(norm) or bool(REHEARSAL.search(norm)))) or settled(norm)


def settled(norm: str) -> bool:
    """Someone said to be all right now, and nothing still going on."""
    return bool(SETTLED_RE.search(norm)) and not DOUBT.search(norm) and not ONGOING.search(norm)


# Figures of speech: "my mum will kill me if I forget", "I'm going to die of embarrassment".
FIGURES = re.compile(
    r"\b(will|would|'?ll|going to|gonna) kill me if\b|\b(says?|said)\W{1,3}i (want to|wanna) die\W{1,3}(every time|"
    r"whenever|when)\b|\b(die|dying|died)\W{1,4}(of|from) (embarrassment|"
    r"boredom|shame|laughter|laughing|cringe)\b|\bbored to death\b|\bdead on my feet\b|\ba (real |total )?killer (on|for)\b|\bthe day (i'?m|i am) (not "
    r"around|gone|no longer here)\b|\bdying to (know|see|try|hear|meet|get"
    r"|find out|do|go|have|watch|come)\b|\b(is|are) killing (me|him|her|us|them)\b|\bthought (we|i|they)( were| was)? (all )?(going to|gonna) die\b|\b(i'?d|i would) (literally )?die for (a|an|some|working|decent|"
    r"\w+)\b|\b(this|the|these|my) (\w+ )?(heat|weather|cold|wait|traffic|queue|paperwork|forms?|admin)\b.{0,40}\b("
    r"will|(is|are) (going|fixing|about) to|gonna) kill me\b|\b(want to|wanna|gonna|going to) die( sia| lah| lor)?\W{0,3}("
    r"😂|🤣|\blol\b|\blmao\b|\bhaha\w*)|"
    r"\b(going to|gonna|will|'?ll|could) (kill|murder|strangle) (my|him|her)\b|"
    r"\bgoodbye (letter|card|message|speech) (to|for) (our|my|the|his|her) ([\w']+ ){0,2}(consultant|doctor|nurse|"
    r"teacher|colleague|boss|gp|neighbour|team)\b|\b(not (going to|gonna) be around|won'?t be around|won'?t be here) ("
    r"next|this|for the|on) \w+\b.{0,40}\b(holiday|away|visiting|trip|travel\w*|abroad)\b|\bdie (at home|in (a |the )?(hospital|hospice)|peacefully)\b|\bat the end of my rope\b|\b(screams?|"
    r"yells?|shouts?|cries|says|saying)\W{1,3}i'?m (gonna|going to) die\b|\b(she|he|i|they|you)('?ll| will| would|"
    r"'?d) \W?(literally )?die\W? if\b|\b(told|tells|says?|said)\b.{0,30}\bdie young\b|\b(not|isn'?t|hasn'?t "
    r"been|never) (talking|talked|said|saying|mentioned) (anything )?about (hurting|harming|killing) (him|her|"
    r"them|my)sel(f|ves)\b|\bnot (going to|gonna) do anything (silly|stupid)\b|\b(going to|will|gonna) die (one day|someday|some day|eventually)\b|\b("
    r"literally|actually) wanted to die when\b|\b(asks?|asked|asking) (me )?(if|whether) (he|she|they|i)('?s|'?m|"
    r" is| am| are)? (going to|gonna|will|would) die\b|\b(i'?ll|i will|we'?ll) be dead (before|by the time)\b|\bheart "
    r"stopped when i (saw|read|got|opened)\b|\bmy (own )?funeral\b(?=.*\b(terminal|palliative|end of life|"
    r"hospice|life.limiting)\b)|\b(dying|die|died)\b.{0,30}\b(in (the |a )?game|games?|levels?|boss)\b|\b("
    r"games?|gaming|souls.?like)\b.{0,40}\b(dying|die|died)\b|\b(wants?|wanna|wanted) to die\W{0,3} (bc|because|"
    r"cos|cuz) (she|he|i|they) (tripped|fell over|spilled|said|sent|forgot|waved)\b|\b(says?|saying|said)\W{1,3}"
    r"when i'?m gone\b.{0,60}\b(will|house|stuff|things|fine)\b|\b(physio|physiotherapist|exercises|trainer|"
    r"coach|gym|teacher|boss|job) (is|are) (literally )?trying to kill me\b|\b(saying|says) (he|she) feels like "
    r"(he|she)('s| is) (going to|gonna) die\b|\bif (the |this |that |my )?[\w ]{1,30}"
    r" (doesn'?t|don'?t) kill me\b|\b(in )?(the|my|a) (novel|story|script|book|play|film)\b.{0,80}\b(goodbye letters?|stockpil\w+)\b"
    r"|\bmy (own )?body (is )?(trying to|wants to) kill me\b|\b(there was a time|(years?|months?) (ago|back)|a "
    r"few years back|when i was (younger|a teen\w*|\d+|first diagnosed)|in (19|20)\d\d|after (my|his|her|our|the) "
    r"([\w']+ ){0,2}diagnosis)\b.{0,40}\b(wanted to die|"
    r"(thought (about|of)|felt like) (ending it( all)?|ending my life|suicide|killing myself))\b.{0,120}\b(better (place )?now|(so )?"
    r"much better|good place|(therapy|counsel\w*) helped|got help|recovered|(i'?m|i am) (okay|ok|fine|well) now|doing (okay|ok|"
    r"well|fine)|(i|we) (now )?live well|living well)\b|\b(said|says)\W{1,3}(i'?m|i am) (going to|gonna) kill myself\b[^.!?]{0,80}(😂|🤣|\blol\b|\blmao\b|\bhaha\w*)|"
    r"\b(felt|feels|seemed) like (my|our|his|her|their) (only|last) (chance|hope)\b|"
    r"\b(writing|write|wrote|written|making|made) (my|a) will\b.{0,80}\b(solicitor|lawyer|while i'?m well|letter of "
    r"wishes)\b|\b(phd|research|thesis|study|analys\w+|analyz\w+)\b.{0,80}\b("
    r"people|posts?|users|patients)\b.{0,40}\bsay\W{1,3}i (want|wanna) to die\W|\bwon'?t be here (for|on) (the|my|his|her|our) (\w+ ){0,2}(clinic|appointment|meeting|visit|session|class|"
    r"group|call)\b|\bkms\b(?=[^.!?]{0,60}(\b(lmao|lol|jk)\b|😂|🤣))|\bkms (every time|whenever)\b|\bthe \W?(unalive|kms|kys)\W? "
    r"(thing|trend|word|meme)\b|\bgoing to die (in|of|at|during|before|after) (this|the|that|my|his|her) (exam|test|"
    r"meeting|queue|class|lesson|heat|interview|presentation|revision)\b|\b(i'?ll|i will|we'?ll|i'?m going to|he'?ll|she'?ll|they'?ll|he will|she will) be ("
    r"in (my|his|her|their) grave|six feet under|long gone|pushing up daisies) (before|by the time)\b|\blikely to die within\b"
)


def figure_of_speech(text: str) -> bool:
    return bool(FIGURES.search(_norm(text)))


# Accidents are never crises, though their words can sound like one ("cut his leg open",
# "fixing the car with the engine running"): emergencies or not, by the rest of the message.
ACCIDENTS = re.compile(
    r"\b(nearly |almost )?cut (my|his|her|their) (finger|thumb|hand|toe|foot|leg)s? (off|open)\b|\b(working|"
    r"fixing|repairing|tinkering) (on )?(the|his|her|my|our|a) (car|truck|van|bike|motorbike|mower|engine|"
    r"tractor)\b.{0,60}\bengine running\b"
)


def accident(text: str) -> bool:
    return bool(ACCIDENTS.search(_norm(text)))


# "Does it mean he's dying soon?" asks about an illness's course, never about suicide.
PROGNOSIS = re.compile(
    r"\b(does|will|would|is) (it|that|this) mean (he|she|they|i|dad|mum)('?s| is| are| am| will| would)? (be )?("
    r"dying|going to die|die)\b|\b(he|she|they|dad|mum|grandad|grandma)('s| is| are) dying (of|from|soon)\b"
)


def crisis_words(norm: str) -> str:
    """The normalised text without figures of speech, accidents and an illness's course: what
    crisis patterns read."""
    return PROGNOSIS.sub(" ", ACCIDENTS.sub(" ", FIGURES.sub(" ", norm)))


# "I've never fainted": what never happened is not happening.
NEVER = re.compile(
    r"\b(i'?ve|he'?s|she'?s|they'?ve|we'?ve|i|he|she|they) (has |have )?never (had (a |an |any )?\w+|fainted|"
    r"collapsed|passed out|been (admitted|hospitali[sz]ed|unconscious))\b"
)


# "Are there suicide prevention resources for families?" asks for information about suicide.
SUICIDE_INFO = re.compile(
    r"\b(suicide|self[- ]?harm) (prevention|rates?|statistics|awareness|research|training|education|lessons?|"
    r"sessions?|workshops?|risk (\w+ ){0,2}(in|among|for))\b|"
    r"\b(talk|speak|explain)\w* (to (\w+ ){1,3})?about (suicide|self[- ]?harm)\b|\b(studies|research|rates?|"
    r"statistics) (on|of|about|into) (why |how |whether )?(suicid\w*|self[- ]?harm)\b|\b(does|do|will|would|can|what|how|if)\b[^.?!]{0,50}\b(zebra|the bot|this bot|chatbots?|this chat)\b"
    rf"|\b({OVERDOSE_QUESTION})\b|\bold (self[- ]?harm )?scars\b|\b(cause|causes|causing|side effects?|"
    r"warnings?|linked to|risk of) (of |for |about )?(suicid\w*|self[- ]?harm)|\bsuicide\W? (disease|headache|illness|condition)\b|\b("
    r"series|show|film|movie|book|documentary|programme|program|article|video|episode)s? (about|on) ("
    r"suicide|self[- ]?harm)\b|\b(asks?|asked|asking) (me )?(if|whether|about)\b.{0,30}\b(suicid\w*|self[- ]?harm)|"
    r"\b(suicid\w*|self[- ]?harm\w*)\b.{0,40}\bside effects?\b|\bdied (by|from|of) suicide\b|\bsafe "
    r"(language|messaging)\b|\b(character|novel|story|script|screenplay)\b.{0,40}\b(suicid\w*|self[- ]?harm"
    r"\w*)|\bwarning signs\b.{0,40}\b(suicid\w*|self[- ]?harm\w*)|\b(suicid\w*|self[- ]?harm)\b.{0,25}\bwarnings?\b"
    r"|\b(how (should|do|can|would) (i|we|you|one) (best )?(respond|react|reply|handle|deal with)|how to "
    r"(respond|react|reply|handle)|what (to|should i|do i|can i|should we) say|resources?)\b.{0,40}\b(patients?|clients?|"
    r"students?|pupils?|someone|a person|posts?|members?)\b.{0,40}\b(suicid\w*|self[- ]?harm|(thoughts of )?"
    r"(ending|taking) (their|his|her) (own )?li(fe|ves))|\bpolicy\b.{0,40}\b(suicid\w*|self[- ]?harm)|\b("
    r"assisted (dying|suicide)|euthanasia|right to die)\b.{0,40}\b(laws?|legal\w*|bill|debate|project|essay|"
    r"countries|legislation)\b|\b(essay|dissertation|thesis|assignment|coursework|project|presentation|"
    r"literature|paper)\b.{0,40}\b(suicid\w*|self[- ]?harm)|\bi used to (self[- ]?"
    r"harm|cut)\b.{0,120}\bhaven'?t (since|for|in)\b|\bi used to (self[- ]?harm|cut)( myself)? (as a|when i was|"
    r"at (school|uni))|\b(safeguarding|training|writing (\w+ ){0,3}(about|on))\b.{0,100}\b(suicid\w*|self[- ]?"
    r"harm)|\b(years?|months?) ago i (overdosed|took an overdose|attempted)\b.{0,80}\b(well|better|recovered|peer"
    r" support\w*)\b|\b(my|an|a|her|his) (overdose|suicide) attempt (in (19|20)\d\d|\d+ years? ago)\b.{0,80}\b(stable|well|better|"
    r"fine|recovered|good help)\b|\bsafety plan\b|\b(scared|worried|afraid) (he|she|they)('d| would) hurt (him|her|them)sel(f|ves)\b.{0,80}\b("
    r"doing well|better) now\b"
    r"|\b((years?|months?) (ago|back)|a few years back|last (year|month|spring|summer|autumn|winter)|when i was ("
    r"younger|a teen\w*|at school|\d+))\b.{0,30}\b(felt|was|were|been|wanted to|tried to|had)\b.{0,100}\b(better ("
    r"place )?now|(so )?much better|doing (well|better|good|so much better)|recovered|(in )?a good place|therapy "
    r"helped|clean (for )?\d+ (months|years))\b|\b(screening|assessment) (tools?|questionnaires?|scales?|"
    r"measures?)\b.{0,30}\bsuicid|\bused to (self[- ]?harm|cut|burn|hurt) ((my|him|her|them)sel\w*)?\b.{0,80}\b(clean|"
    r"haven'?t|hasn'?t|stopped|doing (really |so )?well)\b|\b(tried|attempted) to (take|end) (his|her|their|my) (own )?life\b.{0,40}\b(in (19|20)\d\d|years? "
    r"ago)\b.{0,80}\b(well|better|fine|recovered)\b|\b(watched|film|movie|book|novel|series|show)\b.{0,60}\b(assisted (dying|suicide)|"
    r"euthanasia)\b|\b(suicid\w*|self[- ]?harm\w*)\b.{0,80}\b(for|in) (my|our|a) (essay|dissertation|thesis|"
    r"assignment|coursework|project|module)\b|\bif i (told|tell) you (that )?i('?m| am| was| were)? (suicidal|wanted to "
    r"die|want to die)\b.{0,80}\b(i'?m not|just curious|genuinely curious|hypothetically)\b|\b(more|less) likely to ("
    r"self[- ]?harm|attempt suicide|die by suicide)\b|\bwhen i was (self[- ]?harming|cutting)\b.{0,120}\b(okay|ok|fine|"
    r"well|better) now\b"
    # and from safety21 (after its first run)
    r"|\b(used to|history of|in the past)\b.{0,20}\b(self[- ]?harm\w*|cut\w*|overdos\w*|suicid\w*)\b.{0,120}\b((\d+|a "
    r"few|several|many|two|three|six) (months|years) (without|free|clean)|doing (really |so )?well( now)?|(okay|ok|"
    r"fine|well|better) now)\b|\b(film|movie|memoir|book|"
    r"novel|documentary|series|show|play|episode|character)\b.{0,60}\b((suicid\w*|self[- ]?harm\w*)|(end|ends|"
    r"take|takes|ending|taking) (his|her|their) (own )?li(fe|ves))\b"
)


SUBJECT = re.compile(
    r"\bsuicid\w*|\bself[- ]?harm\w*|\bunaliv\w*( (my|him|her|them)sel(f|ves))?|\b(cut|cutting|burn|burning) (my|him|her|them)sel(f|ves)\b(?! again)|\b(end|take|ending|taking) (their|his|her|my) (own )?li(fe|ves)|\bhurt (him|her|"
    r"them)sel(f|ves)\b"
)


def about_suicide(text: str) -> bool:
    """A question about suicide or self-harm, or about what Zebra does with it: information."""
    return bool(SUICIDE_INFO.search(_norm(text)))


# Someone just found unresponsive needs an ambulance first, whatever led to it.
FOUND_UNRESPONSIVE = re.compile(
    r"\b(just )?found\b.{0,40}\b(collapsed|unconscious|unresponsive|not breathing|won'?t wake|can'?t wake)"
)


def screen(text: str) -> str | None:
    """'crisis', 'emergency' or None. Crisis wins (its reply also covers immediate danger), except
    when someone has just been found unresponsive."""
    norm = _norm(text)
    plain = crisis_words(norm)
    crisis = [p for p in CRISIS if p.search(plain)]
    if crisis and about_suicide(norm):  # crisis only for words beyond naming the subject
        crisis = [p for p in crisis if p.search(SUBJECT.sub(" ", plain))]
    if crisis:
        return "emergency" if FOUND_UNRESPONSIVE.search(norm) else "crisis"
    if general_question(norm):
        return None
    if any(p.search(NEVER.sub(" ", norm)) for p in EMERGENCY):
        return "emergency"
    return None


# "When my levels run high I get foggy. Is that a known thing with PKU?" asks about the condition.
KNOWN_THING = re.compile(
    r"\bis (that|this|it) a (known|common|normal|recogni[sz]ed) (thing|symptom|part)\b"
)


def asks_personal_advice(text: str) -> bool:
    norm = _norm(text)
    return any(p.search(norm) for p in ADVICE) and not KNOWN_THING.search(norm)
