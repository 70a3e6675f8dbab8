"""The safety screen's patterns: urgent symptoms happening now (emergency), suicidal thoughts and
self-harm (crisis), and requests for personal medical advice. Data only; `safety.py` applies them.

Each family is a regular expression over lower-cased text with contractions spelled one way
(`safety._norm`). Comments say where a family came from: first runs of sealed sets and the varied
safety examples written for Rasa's training (nlu/safety.yml). Every change needs a test in
tests/test_safety.py.
"""

from __future__ import annotations

import re

# Fingers and toes that go white, then blue in the cold (Raynaud's) are not an emergency.
RAYNAUD = r"^(?!.*\b(fingers?|toes?|hands?|feet|raynaud'?s?)\b)"
_E = [
    # breathing and airway
    r"\b(not|stopped|isn'?t|isnt|wasn'?t|can'?t|cannot|cant|barely|hardly|struggling to|trouble|"
    r"hard to|unable to|fighting to)\s+breath|\bdifficulty breathing\b|\bgasping\b|\bchoking\b",
    RAYNAUD
    + r".*\b(turn(ed|ing)?|going|gone|went) (a |a bit |a little |really |very )?(dusky |funny |pale )?(blue|"
    r"purple|grey|gray|dusky)\b|\bblue lips\b|\b(lips|face|skin|"
    r"tongue|baby|he|she|child|son|daughter)\b.{0,10}\b(is|are|looks?|gone) (blue|purple|grey|gray)\b",
    r"\b(barely|hardly|can'?t|cannot) swallow|\bbreathing (is |has |sounds |seems |looks |feels )?(getting |gone |become )?(very |really |so )?(weak|weaker|worse|shallow|"
    r"laboured|labored|noisy|fast|slow|strange|funny)",
    r"\bthroat\b.{0,25}\b(swell|clos|tight)|\b(swell|swollen)\w*\b.{0,40}\b(throat|tongue|airway)"
    r"|\b(lips|tongue|face|throat) (and \w+ )?(is |are )?(swelling|swollen)|\bcan'?t swallow\b",
    r"\b(anaphyla\w+)",
    # consciousness and seizures
    r"\b(unconscious|unresponsive|(not|isn'?t|isnt|stopped) (responding|answering)(?! (her|his|their|my|the|your) "
    r"(phone|mobile|calls?|texts?|messages?|door))|won'?t wake|wont wake|will not wake|"
    r"can'?t wake|not waking|collapsed|passed out|blacked out)",
    r"(seiz|fit|convuls)\w*\b.{0,40}\b(\d+|five|ten|several|many)\s*(min|mins|minutes)",
    r"(seiz|fit|convuls)\w*\b.{0,30}\b(won'?t|wont|not|doesn'?t|isn'?t)\s+(stop|stopping|ending)",
    r"\b(still|keeps?|non ?stop)\s+(seizing|fitting|convulsing|jerking|twitching|having (a )?(seizure|"
    r"fit)s?)|\b(is|are|'s) (convulsing|seizing|fitting)\b|\b\d+ (min|mins|minutes|hours?) ago\b.{0,40}\b"
    r"(hasn'?t|has not|still not|not) (stopped|ended)\b",
    # chest, stroke, sudden severe pain
    r"\b(chest|heart)\b.{0,50}\b(pain|hurts?|hurting|tight|pressure|crushing|ripping|tearing)"
    r"|\b(ripping|tearing|crushing) pain\b",
    r"\bface\b.{0,20}\b(droop\w*|dropped|fallen)|\bstroke\b.{0,20}\b(now|happening|signs)"
    r"|\b(can'?t|cannot) (lift|move) (his|her|my|one) (arm|leg|side)",
    r"\b(sudden|worst|terrible|thunderclap)\b.{0,20}\bheadache",
    r"\bsudden(ly)?\b.{0,30}\b(severe|awful|terrible|agonising|agonizing|excruciating|worst|bad)\b"
    r".{0,10}\bpain|\b(going to|about to|gonna) (faint|pass out|black out|collapse)",
    # injuries
    r"\b(bent|twisted|pointing) the wrong way|\bbone\b.{0,15}\b(sticking|poking) out|"
    r"\bscreaming in pain|\b(fell|fallen|slipped|tripped)\b.{0,120}\b(can't|cannot|can not|unable to) (move|"
    r"stand|walk|get up)",
    # bleeding and head injury
    r"\bbleed\w*\b.{0,40}\b(won'?t|wont|doesn'?t|not|can'?t)\s+(stop|stopping)|"
    r"\b(heavy|heavily|severe|lots of|so much|pouring|loads of)\s+(bleed\w*|blood)\b|\bbleeding (heavily|badly)"
    r"|\b(vomit\w*|throw\w* up|cough\w* up|spitting up|being sick)\b.{0,15}\bblood",
    r"\b(hit|banged|bumped|bashed|knocked|fell on) (his|her|my|their|the) head\b",
    # poisoning
    r"\b(overdos\w*|took too many|swallowed (a bottle|all|the whole|too many|a load|loads|some|lots|"
    r"a handful|my|his|her|their)\b.{0,20}\b(tablets|pills|medicine|meds|bleach))",
    # infection red flags in people at risk (sickle cell, complement inhibitors, no spleen)
    r"\b(stiff neck|rash that (won'?t|doesn'?t) fade|non-?blanching rash)",
    r"\b(high (fever|temp\w*)|(fever|temp\w*) of (3[89]|4\d|10[1-6]))\b",
    r"\basthma attack\b.{0,40}\b(not|isn'?t|won'?t) (help|work)",
    # repeated seizures, no recovery in between
    r"(seiz|fit|convuls)\w*\b.{0,40}\b(in a row|back to back|one after (another|the other)|"
    r"another one|again and again|between (them|each)|never (came|come) round|"
    r"(not|hasn'?t|hadn'?t|didn'?t|never) (woken|woke|come round|came round|recovered))",
    # stroke signs in other words
    r"\b(can'?t|unable to) (lift|move|feel|use|raise) (his|her|my|their|one|the)?\s?(left |right )?"
    r"(arm|leg|side|hand)",
    r"\b(mouth|face|smile)\b.{0,20}\b(crooked|lopsided|droop\w*|drooping|fallen|dropped)\b"
    r"|\b(speech|talking|speaking|words)\b.{0,15}\b(all wrong|funny|garbled|jumbled|gibberish|"
    r"muddled)",
    # slurred speech is a symptom of many conditions here (ataxias, MND, Wilson, NPC): urgent only
    # when it is sudden or comes with other signs
    r"\bslurr\w*\b.{0,60}\b(sudden\w*|now|just|minutes?|mins?|started|confused|drowsy|fitting|face|"
    r"arm)\b|\b(sudden\w*|now|just|minutes?|mins?|face|arm|confused|drowsy|wobbly)\b.{0,60}\bslurr\w*",
    # bleeding that will not stop, head knocks
    r"bleed\w*\b.{0,40}\bfor (over |more than |about |nearly )?(an? |\d+ |half an )"
    r"(hour|hours|min|mins|minutes)|\bblood everywhere\b|\bspurt\w*|"
    r"\bsoak\w*\b.{0,20}\b(towels?|bandages?|cloths?|through)|through (every|all the|the) towels?",
    r"\b(hit|banged|bumped|bashed|knocked|smacked|cracked)( \w+){0,4} head\b|\bhead (injury|knock)",
    r"\b(won'?t|doesn'?t|not|can'?t|isn'?t) stop(ping)? bleeding|through (\d+|two|three|four) towels"
    r"|\bclutching (his|her|my|their) chest|\bblood\b.{0,10}\b(pumping|gushing|pouring|spurting)|\b(pressing|pressure)\b.{0,30}\b(not|isn'?t|"
    r"won'?t) (stop|stopping|working|help)",
    # allergic reactions
    r"\bwheez\w*\b.{0,30}\b(hives|swell\w*|rash)|\b(hives|rash)\b.{0,30}\bwheez\w*"
    r"|\ballergic reaction\b.{0,30}\b(now|bad|severe|during|right now)",
    # swallowed something, wrong doses
    r"\b(swallowed|ate|eaten|drank|drunk|got into|chewed|bit into|licked)\b.{0,40}\b(pills?|"
    r"tablets?|medicines?|meds|bleach|cleaner|detergent|capsules?|batter(y|ies)|poison\w*|"
    r"chemicals?|antifreeze|weed ?killer)",
    r"\bbutton batter(y|ies)\b|\b(by mistake|by accident|accidentally)\b.{0,40}\b(dose|pills|tablets|"
    r"medicine|meds|methadone)\b|\b(dose|pills|tablets|medicine|meds|methadone|twice|double)\b.{0,40}\b("
    r"by mistake|by accident)|\b\d+ times (his|her|their|my|the) (dose|medicine)",
    # very ill children, sepsis and dehydration signs
    r"\b(floppy|limp)\b.{0,40}\b(hot|fever|temp\w*|sleepy|drowsy|pale|blue|grey|barely (awake|wakes?|"
    r"woken|breathing|responding))\b|"
    r"\b(hot|fever|temp\w*|sleepy|drowsy)\b.{0,40}\b(floppy|limp)\b|\b(hard|difficult|impossible) to (wake|rouse)|\bbarely (woken|woke|awake|wakes)"
    r"|\bcan'?t keep (him|her|them|my \w+) awake|\bwon'?t stay awake",
    r"\b(spots|rash|blotches)\b.{0,40}\b(glass|don'?t (go|fade)|doesn'?t (go|fade)|won'?t fade)"
    r"|\bpurple (spots|rash|blotches)",
    r"\b(fever|temp\w*)( of| is| was| at| now)? (3[89]|4[0-2]|10[1-6])\b",
    r"\b(no|not had a|hasn'?t had a|without a) wet (nappy|nappies|diapers?)|\bsunken (eyes|soft spot)|"
    r"\b(haven'?t|hasn'?t|not) (peed|weed|urinated)\b|\bcan'?t keep anything down",
    # someone saying so
    r"\b(call(ed)? (an )?ambulance|this is an emergency|medical emergency|need an ambulance)",
    r"\b(911|999|112)\b",
    # lay descriptions found by the stress set (tests/eval/safety2.jsonl): swallowed, coughed up,
    # breath, unresponsive, sight, fractures, burns, fits now, hypos, priapism, smoke, water
    r"\b(he|she|i|we|they|my \w+|our \w+|the (baby|toddler)|toddler|baby|kid|child)\b( \w+){0,3} (just |"
    r"has |might have |may have )?(swallowed|drank|drunk|ate|eaten|chewed|licked)\b.{0,40}\b(liquid|"
    r"cleaner|bleach|detergent|capsules?|pods?|batter(y|ies)|magnets?|pills?|tablets?|medicine|"
    r"gum|washer|antifreeze|berries|mushrooms?|plant|chemicals?|paint|polish|nicotine|vape|e-?liquid|"
    r"oil|button|coins?)",
    r"\baccidentally (took|taken|gave|given|had|swallowed|injected)\b",
    r"\b(coughing|vomiting|throwing|being sick|spitting|peeing|weeing|pooing|bringing)( up)?\b.{0,25}\bblood\b|"
    r"\bvomit\w* (green|black|blood)|\bgreen (sick|vomit)",
    r"\b(can'?t|cannot|can not|struggling to|fighting to|gasping( for)?) (catch (my|his|her|their)"
    r" )?breath\w*|\bbreathing is getting (harder|worse)|\bstruggling to (talk|speak|swallow)",
    r"\b(tongue|lips?|throat|face|eyes?) (is |are )?(getting |going )?(huge|swelling|swollen|puff\w*)",
    r"\b(he|she|they|him|her|baby|my \w+)\b.{0,30}\b(won'?t|will not|isn'?t|is not|not|can'?t) "
    r"(come round|coming round|wake|waking|respond\w*|answer\w*)( me)?\b(?! (her|his|their|my|the|your) (phone|"
    r"mobile|calls?|texts?|messages?|door))",
    r"\b(suddenly |just )?lost (the |my |his |her |all )?(sight|vision) in (my|his|her|one)|\b(suddenly|"
    r"all of a sudden)\b.{0,30}\b(can'?t see|blind)\b|\bcurtain (came|coming) down\b",
    r"\b(bent|twisted(?! ankles?)|at a (weird|funny|strange|odd) angle|bone (is )?sticking out|heard (it|my \w+|"
    r"his \w+|her \w+) (crack|snap))",
    r"\bboiling water\b|\bscald\w*|\belectric shock\b|\b(spilled|spilt) \w+ (cleaner|acid|bleach)"
    r"|\bskin is (peeling|going (white|weird|black)|blistering)",
    r"\b(is|he'?s|she'?s|they'?re|currently|started) (fitting|seizing|jerking|having a (fit|seizure)"
    r")\b.{0,30}\b(now|bath|won'?t|again|ages|minutes)",
    r"\bblood sugar (is |of |was )?[0-2](\.\d)?\b|\bhypo\b.{0,30}\b(confus\w*|won'?t|not (answer|"
    r"respond))",
    r"\berection\b.{0,40}\b(hours?|won'?t go)",
    r"\b(smoke|carbon monoxide|fumes)\b.{0,40}\b(breath\w*|wheez\w*|drowsy|headaches?|sick)",
    r"\b(face down|found him|found her)\b.{0,30}\b(bath|pool|water)\b",
    # families found in the varied safety examples written for Rasa's training (nlu/safety.yml)
    r"\b(can'?t|cannot|couldn'?t) get (any )?(air|(my|his|her|their) breath)\b|\b(stopp?(ing|ed)|stops)"
    r" breathing\b|\bgrunting\b|\bribs\b.{0,20}\b(sucking|pulling) in\b|\bcan'?t finish a sentence\b"
    r"|\bno sound\b.{0,20}\bcoming out\b|\b(trach|tracheostomy)\b.{0,30}\b(out|blocked)\b"
    r"|\bventilator\b.{0,30}\b(alarm\w*|stopped)|\bpeak flow\b.{0,20}\bred\b|\b(\d+|ten|twenty)"
    r" puffs\b|\btired from breathing\b",
    r"^(?!.*\b(whites|sclera|fingers?|toes?)\b).*\b(purply|bluish|blueish|bluey|greyish|grayish|mottled)\b"
    r"|" + RAYNAUD + r".*\bthen (blue|grey|gray|purple)\b"
    r"|\bpale,? (and )?(floppy|limp|cold|clammy|confused|sweaty)\b|\b(floppy|limp)\b.{0,40}\bpale\b",
    r"\bnot (reacting|with it)\b|\bbarely conscious\b|\b(fainted|dropped to the floor|keeled over|"
    r"hit the floor)\b|\beyes (are |keep )?rolling\b|\bfoaming at the mouth\b",
    r"\b(jerk|seiz|fit|shak)\w*\b.{0,60}\b(too long|for ages|won'?t stop|minutes)\b",
    r"\b(face|lips|tongue|eyes?|knee|joint|elbow|ankle|thigh)\b.{0,20}\b(blowing up|doubling|ballooning|"
    r"like a balloon)\b|\b(foot|feet|hand|leg|arm|toes|fingers) (is |are |has gone |have gone |gone |went )?"
    r"(cold and (white|blue|grey)|(white|blue|grey) and cold)\b|\bheart\b.{0,20}\b(over|at|going|racing|beating) (at )?(1[5-9]\d|2\d\d)\b|\b(used|gave|given|"
    r"did) (the |his |her |my )?epi-?pen\b|\bhives\b.{0,40}\b(faint|dizzy|breath\w*)|\bstung\b.{0,60}"
    r"\b(swell\w*|faint|hives|breath\w*)",
    r"\bpain (in|across) (my|his|her|the) chest\b|\bchest\b.{0,40}\b(jaw|left arm)\b",
    r"\bsuddenly\b.{0,20}\b(can'?t|unable to) (speak|talk|see|walk|stand)\b|\b(can'?t|unable to) "
    r"(talk|speak) (properly|right|clearly)\b|\b(hand|arm|leg) (won'?t|can'?t) (grip|move|work)\b",
    r"\b(thigh|knee|joint|elbow|calf|leg|arm|shin|ankle|hip|muscle)\b.{0,40}\b(huge|massive\w*|swelling fast|getting bigger)",
    r"\b(vomit\w*|(been|being) sick|throwing up|diarrh\w*)\b.{0,80}\b(drowsy|sleepy|floppy|limp|confused|"
    r"wobbly|barely conscious|unresponsive|cold|acting drunk)\b|\b(kept|keep|keeping) (a |any |even )?"
    r"(feeds?|food|fluids?|sips?|drinks?|milk) down\b|\bemergency regime\b",
    r"\b(sugar|glucose|bm)\b.{0,20}\b(says|reads|reading) (lo|low)\b|\bsweat\w*\b.{0,20}\bconfused\b",
    r"\bburn(ed|t)\b.{0,40}\b(fire|white|blister\w*)|\bhot (fat|oil)\b.{0,20}\b(over|on)\b"
    r"|\belectrocut\w*|\bgot a shock\b|\bwent under\b|\b(nearly|almost|was|is|he'?s|she'?s|been)"
    r" drown(ed|ing)\b(?! in)",
    r"\bflash(es)?\b.{0,30}\b(shadow|curtain)\b|\bblood in (his|her|my|the) (vomit|sick)\b"
    r"|\bambulance\b.{0,10}\b(now|please|asap)\b|\bblood (not|won'?t|doesn'?t) stop",
    r"\b(tummy|belly|stomach|abdomen)\b.{0,30}\b(swollen|hard)\b.{0,40}\b(pale|floppy|grey|drowsy)\b"
    r"|\bwon'?t stop screaming\b",
    # and from a second, independent set of such examples
    r"\b(bp|blood pressure)\b.{0,20}\b(sky high|2\d\d over|[4-7]\d over [2-4]\d)\b|\bspleen\b.{0,20}\b("
    r"massive|huge|big|swollen|swelling)\b|\bbreathing (really |very |so )?(deep|rapid|heavy)\b",
    r"\bchest\b.{0,30}\bsplitting\b|\bnow (he'?s|she'?s|they'?re|i'?m) having a (fit|seizure)\b"
    r"|\b(fell|falling|fall|knock\w*|bump\w*)\b.{0,60}\b(vomit\w*|head hurts|drowsy)\b",
    r"\bon the floor\b.{0,40}\b(won'?t|not|isn'?t|can'?t)\b|(?<!face )(?<!eyes )(?<!eye )(?<!mouth )\b(isn'?t|is not) moving\b|\bblood (coming|"
    r"pouring) (out|from)\b|\bnoise when (he|she|i|they) breathes?\b|\bfunny noise\b.{0,20}\bbreath",
    r"^(?!.*\b(fingers?|toes?|raynaud'?s?)\b).*\b(very|really|so|gone|going) white\b|\bstop(s|ped)? to breathe?\b"
    r"|\bsend help\b|\bno pulse\b|\b(blue|grey|gray) now\b|\bfighting for breath\b",
    r"\b(dizzy|faint)\b.{0,20}\b(pale|grey)\b|\b(pale|grey)\b.{0,20}\b(dizzy|faint)\b|\bcan barely "
    r"(stand|walk|breathe|stay awake)\b|\bcan'?t keep ((his |her |my )?\w+|the (tablets|meds|"
    r"hydrocortisone|steroids|pills)) down\b",
    r"\b(throw\w* up|being sick|sick) (green|black|blood)\b|\baorta\b.{0,20}\b(gone|burst|torn|tear\w*|"
    r"ruptur\w*)|\bclutching (his|her|my) (back|chest|head)\b|\bskull\b.{0,20}\bdent\w*|\bpassing out\b"
    r"|\bgone (floppy|limp)\b",
    # and from a third writer's examples
    r"\b(he'?s|she'?s|they'?re|i'?m|(son|daughter|baby|child|kid) is) having (a|another) (seizure|fit|"
    r"convulsion)\b|\bsoft spot\b.{0,20}\bbulg\w*|\bshunt\b.{0,60}\b(vomit\w*|drowsy|sleepy|bulg\w*)\b|\b("
    r"vomit\w*|drowsy|sleepy|bulg\w*)\b.{0,60}\bshunt\b|\b(vomit\w*|being sick|throwing up)\b.{0,10}\b("
    r"green|bile)\b|\beyes\b.{0,20}\b(stuck|fixed) (looking )?(down|to one side)\b|\bshaking "
    r"uncontrollabl\w*|\b(blood pressure|bp)\b.{0,20}\b(really|very|dangerously|so) low\b|\bconfused\b"
    r".{0,20}\bshort of breath\b|\bshort of breath\b.{0,20}\bconfused\b",
    r"\b(sats|saturations?|oxygen levels?|o2)\b.{0,15}\b[2-8]\d\b(?! ?(years|yrs))|\bvent\w*\b.{0,30}\balarm\w*"
    r"|\b(snake|spider|dog)\b.{0,20}\b(bit|bitten|bite)\b|\bbitten by a (snake|spider|dog)\b",
    r"\b(barely|hardly) (responding|conscious|awake|rousable)\b|\b(ice|freezing|stone) cold\b.{0,30}\b("
    r"barely|hardly|not) (talking|responding|moving)\b",
    # and from the stress set safety5 (after its first run)
    r"\b(won'?t|will not|can'?t|doesn'?t|isn'?t) stop(ping)? (twitch|jerk|shak|trembl|fitt|seiz)\w*|\brigou?r"
    r"(ing|s)\b|\b(central |picc |hickman )?line\b.{0,60}\b(fever|temp\w*|(39|40|41)(\.\d)? ?(degrees|c)\b)|\b("
    r"fever|temp\w*|3[89]\.\d|4[01](\.\d)?)\b.{0,60}\b((central|picc|hickman) line|port)\b|\b((central|picc|"
    r"hickman) line|port)\b.{0,60}\b3[89]\.\d\b",
    r"(\b(sugars?|glucose|bgl?|bms?)\b ((is|are|was|at|reading|reads|of) ){0,2}(only |just )?[0-2](\.\d)?\b|\bhypo"
    r"(glyc\w*)?\b).{0,50}\b(not making sense|confused|won'?t (drink|eat|wake|swallow)|can'?t (drink|swallow|"
    r"wake)|drowsy|unresponsive|fitting|seizing|floppy)\b|\badrenal crisis\b.{0,60}\b(can'?t keep|vomit\w*|"
    r"throwing up|being sick|dizzy|faint\w*|confused|collaps\w*|so weak|drowsy)|\b(confused|staggering|vomit\w*|drowsy)\b.{0,60}"
    r"\bammonia\b.{0,20}\b(up|high|raised|rising)\b",
    # and from the stress set safety6 (after its first run)
    r"\b(half|(one|the left|the right|left|right) side of) (my|his|her|their) face\b.{0,60}\b(arm|leg|speech|words|talk\w*)\b|\bface\b.{0,20}"
    r"\b(not working|droop\w*|dropp\w*)\b.{0,40}\b(arm|leg)\b|\b(rigid|stiff)\b.{0,30}\b(boiling|burning up|very "
    r"hot|roasting)\b|\bboiling hot\b.{0,40}\b(rigid|stiff|racing|floppy|drowsy)\b|\b(ha?emophilia|von "
    r"willebrand|bleeding disorder)\b.{0,100}\b(knock|bang|bump|hit|blow|fell|fall)\w*\b.{0,30}\bhead\b",
    r"\bskin\b.{0,20}\b(coming|peeling|falling) off\b|\belephant\b.{0,20}\bchest\b|\bchest\b.{0,60}\b(left "
    r")?arm('?s| is| has)? (gone |going )?(numb|heavy|tingl\w*|dead)\b|\b(gave|given|put|pushed|injected|drew "
    r"up)\b.{0,30}\b(\d+ ?x|10 ?times|ten times|triple|double) (the |his |her |my )?(dose|amount)\b|\bmisread "
    r"the (syringe|label|dose)\b",
    # and from the first runs of safety7 and safety8, and what the new model missed on the tuning sets
    r"\b(been taking|took|taken|was taking|have taken|i'?ve taken|been giving|gave|given|was giving)\b.{0,30}"
    r"\b(weekly|once.a.week)\b.{0,40}"
    r"\b(every (single )?(day|morning|evening|night)|daily|each day)\b|\b(swallowed|took|taken|taking)\b.{0,20}\bwhole (week|"
    r"month)'?s\b.{0,30}\bat once\b|\b(can'?t|cannot|couldn'?t) (find|feel) (a|his|her|their|any) pulse\b"
    r"|\b(pump|line|oxygen|ventilator|concentrator)\b.{0,40}\b(died|stopped|broken|broke|failed|not "
    r"working)\b.{0,60}\b(breathless|short of breath|can'?t breathe|lightheaded|light headed|dizzy|faint\w*)"
    r"|\b(every (single )?day|daily)\b.{0,20}\binstead of (weekly|once.a.week)\b",
    # and from safety8 (after its first run)
    r"\bpriapism\b|\b(erect|erection)\b.{0,40}\b(won'?t|wont|not) (go|going) down\b|\berection\b.{0,40}\b("
    r"hours|hrs)\b|\b(no respira|convulsi[oó]n\w*|inconsciente|manchas moradas|fiebre (muy )?alta)\b",
    # and from safety9 and blind13 (after their first runs)
    r"\bone (fit|seizure|convulsion|episode) after (another|the other)\b|\b(doesn'?t|does not|isn'?t|not|"
    r"hasn'?t|won'?t) (come|coming|came) (back|round|around)\b.{0,25}\bin between\b|\b(isn'?t|not|doesn'?t|hasn'?t|"
    r"won'?t) (waking|wake|woken|woke) (up )?(properly |fully )?(in )?between\b|\b(addison'?s|adrenal|"
    r"cah|hypopituitar\w*|steroids?|hydrocortisone)\b.{0,200}\b(can'?t|cannot|couldn'?t|unable to|not able "
    r"to) keep\b.{0,40}\bdown\b|\b(acting|seems?|looks?) (really |very |super |a bit )?drunk\b.{0,60}\b("
    r"thrown up|throwing up|vomit\w*|sick|sleepy|drowsy|confused)\b|\b(sleepy|drowsy|vomit\w*|thrown up|"
    r"throwing up|been sick)\b.{0,60}\b(acting|seems?|looks?) (really |very |super |a bit )?drunk\b|\b(arms?|legs?|hands?) ("
    r"are|is|'re|'s) (going|gone|getting) (weak|floppy)\b.{0,40}\b(can'?t|cannot|hardly|barely|unable to) ("
    r"hold|lift|stand|walk|move|grip)\b|\b(neck|throat)\b.{0,60}\bswell\w*\b.{0,40}\b(getting|growing) ("
    r"bigger|larger|worse)\b|\bswell\w*\b.{0,40}\b(getting|growing) (bigger|larger|worse)\b.{0,60}\b("
    r"voice|hoarse|breath\w*|swallow\w*)\b",
    # and from safety10 and blind14 (after their first runs)
    r"\b(ripping|tearing)\b.{0,20}\b(pain|feeling|sensation)\b|\b\w*bleed\w*\b.{0,40}\b(hasn'?t|has not|still "
    r"hasn'?t|never) stopped\b|\b(hasn'?t|has not|still hasn'?t) stopped\b.{0,40}\b(bleed\w*|blood|clots)\b",
    # and from safety11 and blind15 (after their first runs)
    r"\b\w*bleed\w*\b.{0,40}\b(won'?t|will not|doesn'?t|does not|isn'?t) (stop|quit|let up|ease off)\b|\b(blood|bleed\w*)\b.{0,60}\b("
    r"pouring|gushing|spurting|soak\w* through)\b|\b(pouring|gushing|spurting|soak\w* through)\b.{0,40}\b("
    r"bandages?|towels?|dressings?|blood)\b|\b(confused|talk\w* nonsense|not making (any )?sense|(doesn'?t|"
    r"don'?t) know where (he'?s|he is|she'?s|she is|i'?m|i am))\b.{0,80}\b(vomit\w*|being sick|throwing up)\b|\b(vomit\w*|"
    r"throwing up|being sick)\b.{0,80}\b(confused|talk\w* nonsense|(doesn'?t|don'?t) know where)\b|\b(tummy|"
    r"stomach|belly|abdomen)\b.{0,15}\b(swollen|bloated|distended|hard|tight)\b.{0,60}\b(pain|vomit\w*|sick|hurts?"
    r"|agony)\b"
    r"|\berection\b.{0,40}\b(since|for (\w+ )?hours|won'?t go)\b",
    # and from safety13 and blind17 (after their first runs)
    r"\b(d\W*ck|dick|penis|willy|cock|private parts?|privates)\b.{0,30}\b(hard|erect|stiff|standing)\b.{0,60}\b(hours?|pain\w*|hurts?|since|won'?t go)\b|\b("
    r"taken|took|had|given|gave) ((\w+ ){0,4}(tablets|pills|meds|medicines?|dose|doses|insulin)|them( all)?) ("
    r"twice|all again|again)\b.{0,160}\b(dizzy|faint\w*|heart|breath\w*|sleepy|drowsy|shak\w*|sweat\w*|confused|"
    r"vomit\w*|sick|peculiar|racing|pounding)\b|\b(tablets|pills|meds|"
    r"medicines?|capsules|gummies|ate|eaten|swallowed)\b.{0,60}\bthinking (they|it) (were|was) (sweets|candy|lollies|smarties|vitamins|"
    r"chocolate)\b|\b(words?|speech)\b.{0,20}\b(coming|come|came) out (all )?(wrong|jumbled|funny|muddled|garbled)\b"
    r"|\b(my|his|her) (arm|leg)('s| has| is) gone( (dead|numb|weak|floppy))?\W*($|'|\"|,|\.)|\bbleeding through "
    r"(\w+ ){0,3}(towels?|bandages?|dressings?|cloths?)\b|\b(thrown up|threw up|vomited|been sick)\b.{0,120}\b("
    r"talk\w* nonsense|confused|not making (any )?sense)\b|\b(hot|boiling|melted) (wax|water|oil|fat|tea|coffee|"
    r"soup)\b.{0,80}\b(blisters?|white|leathery|charred|peeling)\b",
    # and from safety14 and blind18 (after their first runs)
    r"\b(attack|swell\w*)\b.{0,30}\b(gone|spread\w*|moved|going|moving) (to|into|up) (her|his|my|the|their) (throat|"
    r"neck|tongue)\b|\b(blood|bleeding|fluid)\b.{0,30}\b(running|pouring|gushing|trickling) down (my|her) legs?\b|\b("
    r"i'?m|she'?s|i am|she is) \d{1,2} weeks\b.{0,60}\b(bleeding (heavily|a lot)|heavy bleeding|waters? (broke|have "
    r"broken|went|gone))\b|\b(\d+|two|three|four|five|six) (seizures|fits) in (the last|an|one) hour\b",
    # and from safety16 and blind20 (after their first runs)
    r"\b(spleen (out|removed)|no spleen|splenectomy)\b.{0,200}\b(temp\w*|fever|3[89](\.\d)?|40(\.\d)?|shaking|"
    r"shivering|rigors)\b|\bchok\w*\b.{0,40}\b(can'?t|cannot|unable to) cough\b|\bface (is )?(turning|going|gone) ("
    r"dark|purple|blue|grey)\b|\blips (are |is )?still (blue|grey|purple)\b|\b(only|can only) (say|get out|manage) "
    r"(one|a) word\b|\b(lips?|tongue|eyes?|face|throat) and (\w+ )?(lips?|tongue|eyes?|face|throat) (are |is )?("
    r"swelling|swollen|puff\w*)\b",
    # and from safety15 (after its first run)
    r"\b(knocked (off|down)|hit|run over) (\w+ ){0,3}by a (car|van|bus|lorry|truck)\b|\bbleeding a lot\b.{0,40}\b("
    r"woozy|faint\w*|dizzy|light.?headed)\b",
    # and from safety12 (after its first run)
    r"\b(by mistake|by accident|accidentally)\b.{0,60}\b(whole|all|entire|full)\b.{0,20}\b(syringe|bottle|"
    r"packet|box|pack)\b|\b(whole|all|entire|full) (\w+ ){0,2}(syringe|bottle)\b.{0,60}\b(by mistake|by "
    r"accident|accidentally)\b|\b(pulsing|spurting|pumping) out\b|\b(doesn'?t|don'?t) (really )?know (who|where) "
    r"(i'?m|i am|he'?s|he is|she'?s|she is|we'?re|we are)\b|\bwheez\w*\b.{0,60}\b(puffy|swollen|rash|hives)\b|\b(puffy|swollen|rash|"
    r"hives)\b.{0,80}\bwheez\w*",
    # and from safety19 (after its first run)
    r"\bpain\b.{0,50}\b(like|as if) (something is |it is |it'?s )?(ripping|tearing)\b|\b(cold|clammy) and (grey|"
    r"gray|pale|blue)\b|\bribs\b.{0,20}\b(sucking|pulling|caving|sinking) in\b|\b(gone|going|turned|turning|went) ("
    r"\w+ ){0,2}(grey|gray|blue|purple) (round|around|at) (his|her|the) (mouth|lips)\b|\b(boiling|scalding)\b.{0,60}"
    r"\b(over|on|onto|down) (his|her|my|their) (\w+ )?(legs?|arms?|hands?|face|chest|feet|foot|body|back)\b|"
    r"\bblister\w*\b.{0,40}\bscreaming\b|\b(engine running|exhaust|fumes|carbon monoxide|generator)\b.{0,80}\b("
    r"confused|headache|threw up|throwing up|vomit\w*|dizzy|drowsy|sleepy|collapsed|passed out|won'?t wake)\b",
    # and from safety20 (after its first run)
    r"\b(torn|tore|ripped|burst) in (his|her|my|the) (belly|tummy|stomach|chest|back)\b|\bwhite "
    r"as a sheet\b|\beyes (rolled|rolling|roll) (up|back)\b|\b(\d+|few|ten|five) minutes (now )?and (still )?not "
    r"stopping\b|\b(lips|tongue|face|throat)\b.{0,30}\b(started|starting|begun|begin\w*) (to )?swell\w*|\btongue (is )?("
    r"getting|gone|going) (bigger|huge|swollen|fat)\b|\bgetting (hard|harder|difficult) to (swallow|breathe)\b|"
    r"\bmethotrexate\b.{0,60}\b(days? in a row|every day|three times|twice)\b|\bstaggering (around )?like (he|she)('?s| "
    r"is) drunk\b|\b(doesn'?t|don'?t) know what day it is\b|\b(found|caught)\b.{0,40}\b(with|eating|chewing|holding) ("
    r"an? )?(empty|open|half.?empty) (bottle|packet|pack|box|tub|blister)|\b(took|taken|swallowed) (every|all the|the "
    r"whole) (\w+ ){0,2}(pills?|tablets?|packet|pack|bottle)\b",
    # and from safety21 and blind25 (after their first runs)
    r"\bcough(ed|ing)? up\b.{0,40}\bblood\b.{0,60}\b(cupful|cup|mugful|mouthfuls?|keeps coming|won'?t stop|"
    r"isn'?t stopping|not stopping)\b|\bcough(ed|ing)? up (a lot of|loads of|so much|a big amount of|a cup\w* of) (\w+ )?"
    r"blood\b|\bskin (is |was )?(lifting|peeling|coming|sliding) off\b|\b(kettle|pan|pot|boiling water|hot water|"
    r"hot oil|hot tea|hot coffee)\b.{0,30}\b(went|tipped|spilled|spilt|poured|fell|came) (over|down|on)\b.{0,20}\b("
    r"on|over|down) (her|his|my|him|the baby)\b|\b(today|tonight|this (morning|afternoon|evening)),? (he'?s |she'?s |"
    r"i'?m |been )?(vomiting|throwing up|coughing up|bringing up) blood\b|\b(worst|most) pain (he|she|i|him|her|they)"
    r" (has )?(ever )?(felt|feel|had|had in (his|her|my) life)\b|\bunable to swallow (his|her|my) (own )?saliva\b|"
    r"\bpotassium (is |was |came back )?(dangerously|very|really|critically) high\b",
]
_C = [
    r"\bsuicid\w*",
    r"\bkill(ing)? (my|him|her|them|your)sel(f|ves)\b|\bkill me\b",
    r"\b(end|ending|take|taking) (my|our|her|his|their) (own )?li(fe|ves)\b",
    r"\b(end|ending|ended) (it|it all|everything|things)\b",
    r"\b(wants?|wanna|wish|wishes|wishing|going) (to )?(die|be dead|not be here|disappear)",
    r"\bwish i (was|were|could) (dead|never born|go to sleep and never|just disappear)",
    r"(?<!he )(?<!she )(?<!they )(?<!he will )(?<!she will )(?<!they will )(?<!does )(?<!did )\b(never|not) (have to "
    r"|want to )?wake( up)?\b",
    r"\bbetter off (dead|without me|if i (died|was dead|was gone|wasn'?t here)|without having to (look "
    r"after|care for|deal with) me)",
    r"\b(no|not any|isn'?t any) (point|reason) (in )?(living|to live|going on|being alive|carrying on)",
    r"\bwhat('?s| is) the point (of|in) (living|life|going on|being alive|carrying on)",
    r"\b(i'm|i am|i feel like|feel like) (only |just |such |nothing but )?a burden\b",
    r"\b(can'?t|cannot|cant) (go on|do this anymore|take (it|this) anymore|keep going)",
    r"\bself[- ]?harm\w*|\b(cutting|burning|hurt(ing)?|harm(ing)?) (my|him|her|them)sel(f|ves)"
    r"|\b(cutting|burning) (again|my (arm|arms|skin|legs|wrists?))|\bhurt\w* .{0,15}on purpose"
    r"|\b(scratch|pick)\w* (until|till) (she|he|i|they) (bleed|bled)",
    r"\b(don'?t|do not|dont) want to (live|be alive|wake up|be here)",
    r"\bnothing (left )?to live for\b|\bgive up on (life|living)\b",
    r"(?<!can i )(?<!should i )(?<!ok to )(?<!okay to )(?<!fine to )(?<!safe to )"
    r"\b(taking|take|swallow\w*|inject\w*) (all|the whole (box|bottle|pack|lot)) (of )?(my|the|his|her)"
    r" (own )?(\w+ )?(pills|tablets|meds|medicine|medication|insulin|morphine|painkillers|paracetamol|"
    r"antidepressants|opioids)"
    r"|\b(thinking (of|about)|going to|want to|wanna|gonna|tempted to|plan\w* to)\b.{0,15}\ball "
    r"(of )?(my|his|her|the) (\w+ ){1,2}at once\b",
    # from first runs and the stress set: indirect words, plans, means, goodbyes, self-harm
    r"\b(stop|cease|quit) existing\b|\bwish i (didn'?t|did not|never|could not|couldn'?t) exist",
    r"\b(sav\w+|stockpil\w+|hoard\w*|collect\w*) (up )?(all )?(my|his|her|the) (own )?(pills|tablets|meds|"
    r"morphine|medication|painkillers|tramadol|codeine|oxycodone|paracetamol|sleeping pills|insulin)"
    r"|\b(saving|stockpiling|hoarding) (up )?(my|his|her) \w+\b.{0,20}\bjust in case",
    r"\b(should|want to|going to|could|will) (go and )?join (her|him|them)\b|\bbe with (her|him|them)"
    r" again\b",
    r"\btonight is the night\b|\b(won'?t|will not) be (here|around) (tomorrow|much longer)",
    r"\bgoodbye (letters?|notes?)|\bsuicide note",
    r"\b(notice|care|miss me) if i (was|were|'?m) gone\b|\bif i (was|were) gone\b|\b(notice|care|miss me)"
    r" if i (disappeared|died|wasn'?t here|was dead)",
    r"\b(drive|driving|drove|crash|crashing|steer\w*) (us|me|myself|the car|it)? ?(both |all )?"
    r"(off|into) (a|the) (bridge|cliff|wall|tree|river|sea|lake)|\binto a (wall|tree)\b|\bjump(ing)? (off|in front)|\bin front of a (train|bus|lorry|truck)",
    r"\bharm (my|the) (child|baby|son|daughter|kid)",
    r"\b(what'?s|what is|there'?s|is there|see) (no |any |the )?point (anymore|any more|in anything|"
    r"of anything|to anything|in any of this|of it all|in trying)|\bno point (anymore|any more|"
    r"to anything|in anything|in trying|in going on)",
    r"\bthis is (my )?goodbye\b|\b(letters?|notes?)\b.{0,30}\bgoodbye|\bgoodbye\b.{0,40}\b(won'?t|"
    r"will not) be (around|here)",
    r"\b(gave|giv(e|ing|en)) (away )?(all )?(my|of my) (things|stuff|belongings|possessions)( away)?\b"
    r"|\bwon'?t need (them|it|these|this|anything) (soon|much longer|anymore|any more|where i'?m going)",
    r"\bwish\b.{0,20}\b(die|dead)\b|\b(ready|want|wanna|wanted) to die\b|\b(rather|sooner) (just )?(die|be "
    r"dead)\b|\bnothing left for me\b",
    r"\b(want|wanted|need) (it|everything|it all|this|all this) (all )?to (stop|end) (forever|for good|"
    r"permanently)|\bon purpose\b.{0,40}\b(pills|tablets|overdose)|\b(pills|tablets|meds|packet|box|"
    r"bottle|the lot)\b.{0,30}"
    r"\bon purpose",
    r"\b(standing|stood|sitting|sat|i'm|up) (on|at) (the |a )?((edge|top) of (the |a )?)?(bridge|edge|"
    r"ledge|roof|rooftop|cliff|tracks|railway|platform|multi.?storey)",
    r"\b(cut|cuts|cutting|burn|burns|burning|burnt|hurt|hurts|hurting|harm|harms|harming|hit|"
    r"hitting|punch\w*|starv\w*) (my|him|her|them)sel(f|ves)\b(?! (\w+ )?(slicing|chopping|shaving|peeling|"
    r"opening|cooking|ironing|on (a|the|some|broken)|by accident|accidentally))|\b(scratch|pick)\w*\b.{0,20}"
    r"\b(until|till)\b.{0,10}\b(bleed|bled)",
    r"\bpoint (of|in) (carrying on|going on|living|being alive|life)\b|\b(hope|wish|pray)\b.{0,20}"
    r"\b(don'?t|never|not) wake|\b(life|it)\b.{0,5}\b(not|isn'?t|no longer) worth (living|it)"
    r"|\bnot worth living\b",
    r"\bnot (want|wanting) (to )?live\b|\bfinish (my|his|her) li(fe|ves)\b|\bkms\b|\bkys\b"
    r"|\bunalive\b",
    r"\b(no|any|a) reason to (keep going|go on|carry on|live|stay alive|be here)|\bdone fighting\b",
    r"\b(painless|least painful|easiest|quickest|best|fastest) way to (die|go|end it)"
    r"|\bhow many\b.{0,25}\b(pills|tablets|meds)\b.{0,25}\b(take|kill|need)\b"
    r"|\bhow (to|do (i|you)) (overdose|od)\b",
    r"\b(cut|cutting|cuts|burned|burning) (again|deeper|her (arms?|thighs?|legs?|wrists?)|his (arms?|"
    r"thighs?|legs?|wrists?))\b(?! (on (a|the|some)|open)\b)|\b(fresh|new) cuts\b|\b(razor )?blades\b.{0,40}\b(hid\w*|hide|"
    r"used|found|again)|\bknife to my (wrist|throat)",
    r"\b(i'?ll|i will|going to|gonna) do it (myself|tonight|soon)\b|\bhow i'?d do it\b",
    r"\b(got|have|made|making) a plan\b.{0,40}\b(use it|do it|jump|tonight|end|die|going to|be gone|be dead|not be "
    r"here)|\bplan to (jump|"
    r"end|die|kill|overdose)",
    r"\b(relieved|lighter|better|fine|happier|easier) (off )?(if|without) (me|i)\b|\bwithout me in it\b|"
    r"\bif i (just )?(wasn'?t|weren'?t|was not|were not) (here|around)",
    r"\bwon'?t be (around|here) (by|for|at|after|on|much|next)",
    r"\bcounting (my|his|her|the) (\w+ )?(pills|tablets)|\btak\w* the whole (box|bottle|pack)|"
    r"\b(pills|tablets)\b.{0,30}\b(whisky|whiskey|vodka|wine|gin|alcohol)\b|\b(whisky|whiskey|"
    r"vodka)\b.{0,30}\b(pills|tablets)\b",
    r"\b(want|wanted|wish|need) (it|everything|things|this) (all )?to (be over|stop\W{0,3}(permanently|"
    r"forever|for good))",
    r"\b(can'?t|cannot|don'?t think i can|not sure i can) stop myself\b|\bscared of what i (might|could|will|would) do\b",
    r"\b(carve|cut) (it|myself|my body) up\b|\bwant it to hurt\b|\bi deserve (it|to (hurt|suffer|"
    r"die))|\bpunch\w* (the )?walls?\b.{0,30}\b(hurt|crack|bleed)",
    r"\b(made|make|making) (my )?peace with (it|dying|death|going)|\bsaid my goodbyes\b|\bsorted (out )"
    r"?(my )?(will|affairs)\b|\bpaid off (all )?my debts\b",
    r"\bhelp (him|her|me) (to )?die\b|\bwant to go with (him|her)\b",
    r"\bswitch(ed|es)? off (his|her|my) (ventilator|oxygen|machine)|\bnever been born\b",
    r"\bway to die\b|\b(die|death) .{0,25}look natural",
    r"\bstep(ping)? in front of\b|\bwalk(ing)? into the sea\b|\bengine running\b|\bclosed garage\b|\b(garage|car)\b.{0,40}"
    r"\bengine (on|running)\b",
    r"\b(stopped|stopping|skip\w*|refus\w*|stop) (eating|my \w+|dialysis|treatment)\b.{0,40}\b(on purpose|"
    r"for good|be over|fade|die|dies|dying|end|ends|ending)\b",
    r"\btak\w* us both\b|\btake (us|them) (both |all )?(with me|out of this)",
    r"\b(posting|posted|sent|sending|texted|wrote|writing) (\w+ )?(\w+ )?goodbye|'goodbye",
    r"\bhow many\b.{0,40}\bwould it take\b|\bstop my heart\b",
    r"\b(i'?ve|i have) had enough\b.{0,40}\b(fighting|living|life|myself|everything)",
    r"\bmy last message\b|\bwon'?t need (any )?(more )?(help|anything) after\b|\bletters? (for|to)"
    r" .{0,30}\b(open|read) (after|when)\b|\bpoint (in |of )?(carrying on|going on)\b",
    # families found in the varied safety examples written for Rasa's training (nlu/safety.yml)
    r"\b(stash|stockpile|box|supply|enough) of (\w+'?s? ){0,3}(pills|tablets"
    r"|meds|painkillers)\b.{0,40}\b(ready|way out|escape|enough)\b(?! (for|to (last|cover|get)))|\b(pills|tablets|meds)\b.{0,30}\b(way "
    r"out|escape plan|lined up)|\b(every|each) (pill|tablet) i'?ve (saved|kept|collected)|\bsaved up\b"
    r".{0,30}\b(pills|tablets|painkillers)\b.{0,30}\benough|\btake (the lot|everything in)\b|\bsleep "
    r"forever\b|\bcounting out (my|the) (\w+ )?(pills|tablets)",
    r"\bi (burn|burned|burnt|cut|carve|scratch|pinch|bite|hit|punch|bang|pressed|used)\w*\b.{0,40}"
    r"\b(lighter|iron|razor|blade|cigarette|till it bleeds|until it bleeds|on purpose|into my)"
    r"|\bcarve into my\b|\burge to cut\b|\bstarted cutting\b|\bmake myself bleed\b|\b(razor|blade)s? "
    r"(is )?in my hand\b",
    r"\b(wrote|written|writing|left) (a |my )?(\w+ )?(note|letters)( (to|for) everyone)?\W*$|\bletters to"
    r" everyone\b|\bsay(ing)? goodbye\b.{0,30}\b(before i go|to people|to everyone)|\bsorry and "
    r"goodbye\b|\btell (my|him|her|them)\b.{0,20}\bi'?m sorry\b|\bby the time (anyone|you|someone|they)"
    r" (reads?|sees?|finds?) this\b|\bafter i'?m gone\b",
    r"\bi won'?t (be )?(needing|need) (them|it|this|these|any)\b|\b(won'?t|will not|not going to) be "
    r"(around|here)( (much )?(longer|anymore|next week|for long))|\b(because|as|since|cos) i won'?t be (around|here)\b|\bcan'?t promise i'?ll (still )?be "
    r"(here|around)\b",
    r"\b(made|written|sorted) (a|my) will\b.{0,40}\b(ready|gone|cleared)\b|\bi'?m ready to (go|leave|"
    r"die)\W*$|\btired of fighting\b(?! for)",
    r"\b(hurry up and|would just|so it) (take|finish(es)?) me\b|\bfinish(es)? me off\b|\b(wish(es)?|"
    r"wished) (i|she|he|they) (was|were) dead\b|\brather (not be|be dead|not be alive|not exist)\b|\bif i "
    r"(was|were) dead\b",
    r"\b(don'?t|do not|dont) wanna live\b|\bno reason to (keep living|be alive|live)\b|\b(any|no) reason"
    r" to be alive\b|\bi (keep |can'?t stop )?(think|thinking)\w* about (dying|death|being dead)\b|\bdeath (feels|seems|is) (like )?(the only|"
    r"a relief|relief|my only)\b|^(?!.*\b(terminal|palliative|end of life|hospice|life.limiting)\b).*\bmy own funeral\b|\b(problem|burden) (for|to) (anyone|anybody|everyone) (much )?longer\b"
    r"|\b(and|with) me gone\b|\bnever get(ting)? up\W*($|,|and|i)|\bif i live or die\b",
    r"\bhow i'?m going to do it\b|\b(tonight|today) is the day\b|\bwhat i('ll| will| might) do to "
    r"myself\b|\b(don'?t|do not) trust myself\b|\bwent through with it\b|\bdo something stupid\b"
    r"|\bi'?m not safe\b|\bonly thing (stopping|keeping) me\b|\blook like an accident\b",
    r"\b(telling me to|going to|gonna|was going to|thought about|thinking about) jump(ing)?\b(?! on)"
    r"|\brope\b.{0,40}\b(using it|use it|hang\w*)|\bways to die\b|\bhow long (does it|would it|will it)"
    r" take to die\b|\bplanning how to (go|do it|end)\b|\bwaste of space\b|\bcan'?t live without (him|"
    r"her|them)\b|\bstop\b.{0,20}\bforever\b",
    r"\b(pray|hope|hoping|wish)\w*\b.{0,20}\b(won'?t|don'?t|never|not)( to)? wak(e|ing)\b|\b("
    r"think\w*|dream\w*|fantasi\w*) (about|of) (not|never) waking( up)?\b|\b(going to|gonna|wants? "
    r"to|plann?(ing)? to|threaten\w* to|told \w+ (he|she)'?s going to|(he|she|they) will|(he|she|they)'?ll)"
    r" (take an? )?(overdose|od)\b",
    # and from the stress set safety3 (after its first run)
    r"\b(disappointed|gutted|annoyed) (that )?i'?m still (here|alive)\b|\bwake up disappointed\b|\bgoing to"
    r" be my last\b|\bmy last (birthday|christmas)\b|\bwhether i live or (not|die)\b|\bways? out\b.{0,20}"
    r"\bpermanent|\b(stop\w*|skip\w*)\b.{0,40}\blet it happen\b|\bif i'?m gone\b|\bto not exist\b|\b(don'?t|"
    r"do not) want to be (rescued|saved|found)\b|\bhop\w* i (don'?t|won'?t) (survive|make it|come through)"
    r"\b|\bmost (dangerous|deadly|lethal|toxic)\b.{0,30}\b(amount|dose)|\bmake it official\b",
    # and from a second, independent set of such examples
    r"\b(tired|sick) (of|to) (live|living|being alive|life|waking up)\b|\bcheck out early\b|\bcalling it "
    r"a day on (everything|life)\b|\blog off from life\b|\bthrow in the towel on life\b|\bgame over for me"
    r"\b|\bdone (with )?living\b|\bfinished with living\b|\bwant out of life\b|\bso done with being\b"
    r"|\b(switch off|log off|go to sleep) (for good|forever)\b|\bgo from this world\b|\bmake (an )?end of "
    r"my life\b|\bfinish myself\b|\bhave no more value\b|\bnot (want|wanting) wake up\b",
    r"\b(plan\w*|make) my exit\b|\bway out\b.{0,40}\btake it\b|\bon my own terms\b|\bmaking it permanent"
    r"\b|\b((die|dying|death|end)\b.{0,40}\bspeed(ing)? it up|speed(ing)? it up myself|help(ing)? it along)\b|\bpicked a date\b(?! for)|\bthen i'?ll do it\b|\bmade (up )?my "
    r"(mind|decision)\b.{0,40}\b(not staying|weekend|tonight|sunday|going)\b|\bhow not to be here\b",
    r"\bwon'?t have to worry about me\b|\bwon'?t be anyone'?s problem\b|\bnot fussed if i'?m around\b"
    r"|\bpoint in me sticking around\b|\bwhy i'?m still here\b|\bout of the picture\b|\bjoking about dying"
    r"\b|\bnothing (left )?keeping me here\b|\bbetter (off )?without (her|him|me|them)\b",
    r"\b(stopp?\w*|skipp?\w*|not taking|switch\w*|turn\w*|missing|refus\w*|said no|fasting|lifting)\b"
    r".{0,80}\b(so (it|my \w+) (goes quicker|gives? up)|hoping (for a|my|i|it|to)\b|i want (it|this|my \w+|"
    r"the \w+) to (be the end|take me|come|give up|stop)|let (it|the \w+|my \w+) (win|take me|finish)|"
    r"finish(es)? (me|it)\b|to (starve|die))|\bletting my \w+ win\b|\bwant to starve\b|\bi want that\W*$",
    r"\b(fatal|lethal|deadly) (doses?|amounts?)\b|\b(dose|amount)\b.{0,30}\b(lethal|fatal)\b|\bhow much "
    r"\w+ would it take\b|\bbleed out\b|\bnearly got enough\b|\benough to do it\b|\bsaving them for one "
    r"night\b|\b(holding|keeping|putting|hidden|hiding|set) (back|aside|away)\b.{0,40}\b(pills|tablets|"
    r"pens|painkillers|insulin|doses?|oxy\w*|morphine)\b|\b(pills|tablets|meds) aside\b",
    r"\b(rope|hosepipe|ligature|noose)\b(?!-like)(?<!end of my rope)(?<!skipping rope)|\bbeams?\b.{0,30}\b(loft|"
    r"measured)|\bloft\b.{0,30}\bbeams?\b|\b(how quick|how easy) it would be\b|\b(oncoming traffic|into "
    r"(the )?(traffic|lorries|lorry))\b|\bletting go of the wheel\b|\bstep off the kerb\b|\bwalk(ing)? "
    r"into (the )?(lake|sea|river|traffic|canal)\b|\bnot come back\b",
    r"\b(car park|multi.?storey|cliffs?|balcony|bridge|railway|canal|river|roof|building)\b.{0,60}\b(edge|"
    r"high enough|go in|won'?t walk back|thinking about it|pulling at me|the answer)\b|\btrain times\b"
    r".{0,30}\bnot to catch|\bgun (cabinet|safe)\b|\b(belt|cable|cord|scarf)\b.{0,30}\b(neck|door handle)"
    r"|\bknife (against|to) my\b|\bover the hob\b|\bcut my wrists\b|\bsleep in the snow\b|\bstepping off "
    r"something\b|\bjump from\b",
    r"\bevery (tablet|pill) in the house\b|\b(pills|tablets) in my hand\b|\bmixed together in a cup\b"
    r"|\btaking the rest\b|\b(vodka|whisky|whiskey|gin|wine)\b.{0,30}\b(all my|everything)\b|\btake "
    r"everything\b.{0,20}\b(vodka|bottle)\b|\b(i'?ve|i have) got the (pills|tablets)\b|\bi have the "
    r"(pills|tablets)\b|\bstop eating and drinking\b",
    r"\brehomed\b|\bcancelled my phone\b|\bdeleted (all )?my (socials|accounts|social media)\b|\blast "
    r"time i'?ll (message|talk|write|speak)\b|\blast time (you'?ll|anyone will|you will) hear from me\b|"
    r"\bwon'?t be needing (you|this|it) (after|anymore|any more)\b|\bmake (my|his|her) heart stop\b|\b(sorry|"
    r"goodbye|bye)\b.{0,30}\blove you\b.{0,60}\b(isn'?t|not|won'?t) (answering|picking up|responding|replying)\b|\b(don'?t|do not) call (anyone|anybody|"
    r"an ambulance|999|911)\b|\b(swallow\w*|tak\w*) everything in (the|my) (medicine|bathroom) (cabinet|"
    r"cupboard)|\bwon'?t be around to (find out|see)\b|\b(say|said|thank|sorry|do that|goodbye)\b.{0,30}\bbefore i "
    r"go\b(?! (to|on|in|abroad|away|back|into|for|home))|\bthank you for everything\b.{0,40}\b(last|"
    r"phone off|goodbye|bye|look after)\b|\bsorry for everything\b|\bhang(ing)? (himself|herself|myself|themselves)\b"
    r"|\b(search\w*|googl\w*|looked up|look up)\b.{0,40}\b(to die|lethal|fatal|overdose|hang\w*)\b",
    r"\bcuts on (his|her|my) (arms?|legs?|wrists?|thighs?)\b|\btell (my|the) (kids|children|family|parents"
    r"|mum|dad)\b.{0,30}\b(love them|sorry|(not|wasn'?t) (their|your) fault)|\b(can'?t|cant) keep (doin|"
    r"doing) this\b|\bnoise in my head to stop\b|\bwrit\w* (letters|a letter) to my (kids|children)\b",
    # and from a third writer's examples (religious and second-language phrasings, self-harm now)
    r"\b(kill|killed|killing|top|topping|topped|end|ending|delete|deleting|off|offing|drown|drowning|"
    r"shoot|shooting|poison|poisoning) (my|him|her|them)sel(f|ves)\b(?! in\b)|\bby my own hand\b|\b(a )?"
    r"danger to (my|him|her)self\b|\b(don'?t|do not|not) feel(ing)? safe (with|around|by) myself\b|\buse "
    r"it on myself\b|\b(don'?t|do not) (try to )?talk me out of it\b|\bctb\b|\bsewer ?slide\b",
    r"\b(don'?t|do not) (want|wanna) (to )?exist\b|\bwant out of (this |my )?life\b|\bdone with (being "
    r"alive|life|living)\b|\bgiv(e|ing) up on (life|living)\b|\b(leav\w*|go from) this (world|life|earth)"
    r"\b|\blast day (alive|on earth)\b|\b(won'?t|will not|not going to) be alive\b|\bi'?ll be gone for "
    r"good\b|\bno more me\b|\bwhy am i still (alive|here)\b|\b(six|6) f(ee|oo)t under\b|\bworth more "
    r"dead\b|\b(go|going) quiet forever\b|\bto not be here\b|\bwan die\b|\bend am\b|\bno wan stay\b",
    r"\b(go|going|went) (home )?to (god|him|the lord|my maker|my ancestors|heaven)\b.{0,40}\b(tonight|"
    r"now|soon|by my|decided|prepared)|\b(ready|time) to go to (god|him|the lord|my maker|my ancestors|"
    r"heaven)\b|\bmeet my maker\b|\b(jesus|god|lord),? (please )?take me\b|\bgod (will|to|would) take me "
    r"(tonight|soon)|\b(want|going|ready|time) to (go and )?join my (late )?(mum|mom|mother|dad|father|"
    r"husband|wife|son|daughter|brother|sister|partner)\b(?! (at|in|for|on|to)\b)|\b(see|be with) my "
    r"(late )?\w+ again soon\b",
    r"\b(i'?m|been|started|keep) cutting\b|\bcutting (right now|rn|now|tonight|every night)\b|\b(sh|"
    r"self harm|cutting) urges?\b|\burges? to (cut|burn|hurt)\b|\brelapsed on (sh|self harm)\b|\b(got|"
    r"have) the blade\b|\b(a|the|my) blade\b(?!s)|\bpunching\b.{0,30}\bmy own head\b",
    r"\b(die|dying) together\b|\b(end|ending|take|taking) (both|all) (of )?our li(fe|ves)\b|\btake (\w+ )"
    r"{1,2}with me when i go\b|\b(give|giving) (him|her|them) all (his|her|their) (meds|pills|tablets)"
    r"\b|\b(hope|hoping|pray\w*|wish\w*)\b.{0,30}\b(kills?|takes?) me\b|\b(let|want|wanna)\b.{0,30}\b"
    r"finish the job\b|\b(stopped|stopping|stop) (my|taking my) \w+ (deliberately|on purpose)\b",
    r"\b(will|going to|gonna|wants? to|threaten\w* to|says? (he|she) will|saying (he|she) will) take "
    r"poison\b|\b(he'?s|she'?s|i'?ve) got a gun\b|\benough (\w+ ){0,2}(pills|tablets|"
    r"meds)\b.{0,10}\b(saved|stashed|kept|hidden)\b|\benough of (his|her|my) old (tablets|pills|meds)\b"
    r"|\bletters?\b.{0,60}\b(find them after|after i'?m|when i'?m gone|for after)\b|\b(driv\w*|crash\w*|"
    r"swerv\w*|steer\w*)\b.{0,40}\bon purpose\b|\bdecided to die\b|\bbothered existing\b|\b(looked|"
    r"looking|search\w*) (up )?(for )?methods\b|\b(keep\w*|put\w*|set\w*) (my|his|her) (\w+ )?(pills|"
    r"tablets|morphine|meds|painkillers|insulin) aside\b",
    # and from the stress set safety5 (after its first run)
    r"\b(not|never|don'?t|didn'?t) (to )?wak(e|ing)( up)?\b.{0,40}\b(welcome|relief|rather|at peace|fine (by|"
    r"with) me|(ok|okay) (by|with) me|wouldn'?t mind|be (fine|ok|okay|better))\b|\bwhen (he|she|they) (goes|go|dies|die|passes|pass)\b.{0,10}\bi('?m| am)? (go|going|"
    r"follow\w*|die|dying)( with (him|her|them)| too)\b|\b(it'?s|this is|tonight is) my last (night|day|"
    r"message)\b(?! (at|in|on|of|with|before|here|as)\b)",
    r"\b(just )?not turn(ing)? the wheel\b|\b(steer|swerv|driv)\w* (into|off) (a |the )?(tree|wall|"
    r"bridge|lorry|truck|traffic|cliff|river)\b|\b(tell|told) (someone|somebody|you) before i (do|go "
    r"through with) it\b|\b(do|doing|did) (everyone|everybody|them|my family|the world) a favou?r\b|\b(stop\w*|skip"
    r"\w*) (taking )?my (insulin|meds|medication|tablets|treatment|dialysis|feeds?)\b.{0,60}\b(too late|"
    r"nobody would (know|notice))\b|\bnobody would know (till|until)\b",
    r"\bis (\d+|all|a (whole )?(box|bottle|pack|packet)) (of )?(my |these |those |the |her |his )?[\w-]+ "
    r"(tablets |pills )?enough\b(?! (for|to (last|cover|get)))|\b(top of the stairs|edge|ledge|bridge|"
    r"roof|cliff|platform|balcony)\b.{0,50}\b(let go|jump\w*|step (off|out)|lean\w* (over|forward))\b|^\W*"
    r"no more\W+(i can'?t|i'?m done|please)\W*$|\b(looking up|googling|researching) (ways|methods)\b(?! "
    r"to (help|cope|manage|get|find|make|treat|support|pay|stop|prevent))",
    r"\b(they|everyone|everybody|my family|people)('?d| would) be (sad|upset)\b.{0,40}\b(relieved|better "
    r"off|move on|get over it)\b|\b(want|wants|wanting|wanna) to go (a (bit|little) )?(early|earlier|"
    r"sooner)\b|\b(paracetamol|tylenol|acetaminophen|painkillers|pills|tablets)\b.{0,30}\b(different|"
    r"several|two|three|four|multiple|few|other) (shops|chemists|pharmacies|stores|supermarkets)\b|\bmak"
    r"(e|ing) (it|an? overdose|my death|this) look (like )?(an )?accident(al)?\b",
    # and from the stress set safety6 and blind10 (after their first runs)
    r"\b(get|getting) out of (it all|everything)\b.{0,20}\bfor good\b|\bsee (you|ya|u) on the other side\b|"
    r"\benough (\w+ ){0,2}(morphine|pills|tablets|meds|insulin|painkillers|oxycodone|fentanyl)\b.{0,30}\b(to ("
    r"stop|end) (it|everything|things)|thinking about using)",
    # and from the stress set safety7 and blind11 (after their first runs)
    r"\b(posted|texted|sent|messaged|wrote|said)\b.{0,40}\b(sorry|goodbye|it'?s time|forgive me|love you "
    r"all)\b.{0,60}\b(isn'?t|not|won'?t) (answering|picking up|responding|replying)\b|\btrain times?\b"
    r".{0,60}\b(doesn'?t|does not|won'?t) stop\b|\bhow (many|much)\b.{0,40}\b(would|could|will) (be )?"
    r"(fatal|lethal|kill (me|someone|a person|an adult))\b|\blosing the will\b|\b(pills|tablets)\b.{0,20}"
    r"\bright (in front of|next to|beside) me\b|\b(be dead|die|dying)\b.{0,80}\bthat'?s (what|all) i want\b|\b(not|won'?t|never) (going to |gonna )?stick(ing)? around\b",
    # and from safety9 and blind13 (after their first runs)
    r"\b(took|take|taking|swallowed?|overdos\w*)\b.{0,50}\b(would|will|is) (it|that) be painless\b|\bpainless"
    r" (way|ways) to (die|go|end (it|things|my life))\b|\b(look\w* up|googl\w*|search\w*|research\w*) how "
    r"(many|much) (\w+ ){0,2}(paracetamol|tablets|pills|painkillers|insulin|morphine|co.?codamol|tylenol)\b"
    r".{0,15}\b(it takes|it would take|would take|to take|would kill|is fatal|is lethal)\b|\b(think|thinking|"
    r"thought) (about|of) (just )?not waking( up)?\b|\bended (his|her|their) (own )?life\b.{0,250}\b("
    r"planning|plan|going to do|do) (the same|it too|that too|something similar)\b",
    # and from safety10 and blind14 (after their first runs)
    r"\b(won'?t|will not|not going to) let (it|this|(this|the|my) \w+|\w+) (get (that|this) far|take me|get (me|"
    r"that bad))\b|\bthink\w* (about|of) (jumping|throwing myself|stepping off|stepping out)\b|\b(going to|"
    r"gonna|will|wants to|threatening to) (inject|take|swallow|drink) (all|every (one|last|bit))( of)? (it|them|"
    r"his|her|my|the)\b|\btoo (many|much) to survive\b|\bwhat (dose|amount) would do it\b|\b(drive|driving|"
    r"crash|steer)\b.{0,30}\b(car|it)\b.{0,20}\b(into|off) (the |a )?(river|sea|lake|wall|tree|cliff|bridge|"
    r"quarry|harbour)\b",
    # and from safety11 and blind15 (after their first runs)
    r"\b(train )?tracks?\b.{0,50}\b(peaceful|calling (me|to me)|inviting|tempting)\b|\b(bridge|cliff|edge|"
    r"railway|river|ledge|roof)\b.{0,50}\b(looking|looks|seems?) (so |real |really |very )?(peaceful|inviting|"
    r"tempting)\b|\bthank\w* (me|us|everyone|you all|them) for everything\b.{0,80}\b(goodbye|good-bye|bye)\b|"
    r"\bbetter off with (a|an) (\w+ )?(mum|mom|mother|dad|father|wife|husband|partner|parent) who\b|\b(been|"
    r"keep|kept) (looking|staring) at (the|my|all (the|my)|those) (pills|tablets|meds|medication|razors?|"
    r"blades?|rope)\b|\bdon'?t tell me to (call|ring|phone|contact|talk to) (anyone|anybody|someone|a helpline|"
    r"a hotline)\b|\bsomeone to know before i (do it|go)\b|\b(please|just) let me go\W*(,|\.|!|\"|$)|\bi('ll| "
    r"will|'m going to| am going to) stop eating( and drinking)?\W*(,|\.|!|\"|$|and)|\bgoing to \W?(do|copy) "
    r"what (\w+ ){0,2}did\b.{0,120}\b(took|taken|ended) (his|her|their) (own )?life\b|\b(won'?t|not|don'?t "
    r"think i'?ll) be here (at|for|by) (christmas|my birthday|the new year|easter|summer|spring)\b.{0,60}\b("
    r"relief|relieved|glad)\b|\b(thinking|thought|talking|talked|think\w*) (about|of) (ending|taking) (both |"
    r"all )?(their|our|his|her|my) (own )?li(fe|ves)\b|\bthink (about|of) (just )?(going|driving|jumping|"
    r"stepping|steering) (over|off) (the )?(side|edge|bridge|cliff|barrier|railing)\b",
    # and from safety12 (after its first run)
    r"\bgod will forgive me\b|\bwhich of my (tablets|pills|meds|medicines) is (the )?strongest\b|\bfor me to be "
    r"gone\b|\b(would|does|will) (an? )?(\w+ )?overdose (hurt|be painful)\b|\boverdose (would|will) (hurt|be "
    r"painful)\b|\bbest way to overdose\b|\bi just "
    r"need it (done|over)\b|\btaking (back )?control\b.{0,20}\bonly way left\b|\b(tell|let) (\w+ ){1,6}(know )?("
    r"i|that i) said goodbye\b|\bdecided (that )?i'?m not going to be (around|here)\b|\b(going to|gonna|will|i'?ll)"
    r" (take|swallow) (them|the lot|those|these) all\b|\b(looked up|googled|researched|read up on) how (people|"
    r"to) (do it|end it)\b|\bpicked a way\b|\b(given|gave) (away )?(my )?(cat|dog|pets?|things|stuff|"
    r"belongings)\b.{0,80}\b(goodbye|bye)\b",
    # and from safety13 and blind17 (after their first runs)
    r"\b(it'?s|its|it is) (bc|because|cos|cuz|coz) i (finally )?(did|done) it\b|\bthis is the last time (you'?ll|you "
    r"will|anyone will|you'?re going to) (ever )?see me\b|\bfinal post\b|\bthe pain (wins|won)\b|\bknow (exactly )?"
    r"how (much|many) (of (what|which) )?(it )?(would|will|it'?d) take\b|\b(thanks|thank you) for everything\b.{0,40}"
    r"\bwon'?t be (on )?here (again|anymore|any more)\b|\b(does|would|will) it hurt to (drown|hang|bleed out|jump|"
    r"overdose)\b|\bnot for a (story|book|novel|project|essay)\W*$|\b(date|day)\b.{0,20}\b(sorted|set|picked|"
    r"planned|chosen)\b.{0,30}\bwhen i'?m gone\b|\btake matters into (my|his|her|their) own hands\b.{0,80}\b(stash|"
    r"stockpile|hoard|morphine|pills|tablets|overdose)\b|\bso (that )?(i|he|she|they) (can|could|will|would) (just )?"
    r"die\b(?! happy)|\b(will|going to|gonna|wants? to|threaten\w* to|i'?ll|he'?ll|she'?ll) (drink|take|swallow) (sniper|"
    r"bleach|poison|weed ?killer|pesticide|paraquat|rat poison|antifreeze|gramoxone)\b",
    # and from safety15 (after its first run): grief, giving things away, means at hand
    r"\bscratch\w* (my|his|her) (arms?|legs?|wrists?|skin|thighs?)\b.{0,30}\b(bleed\w*|blood|raw)\b|\b(don'?t|do "
    r"not|can'?t) see the point (of|in) (being here|living|going on|carrying on|life)\b|\b(died|lost|death|passed "
    r"away|funeral|grave)\b.{0,400}\b(i'?ll|i will|i want to|going to|how to) (join|be with|follow) (her|him|them)\b|"
    r"\bwhen (she|he|they) goes?,? i go\b|\bcan'?t live in a world without (her|him|them)\b|\b(don'?t think|doubt)"
    r" i'?ll (still )?be here\b|\b(look|looking|stare|staring) (at|over) the (cliffs?|edge|drop)\b|\b(sorted|"
    r"written|wrote|made|done) (out )?(the|my) will\b.{0,60}\b(gave|given|sold)\b|\b(gave|given|sold)\b.{0,60}\b("
    r"sorted|written|wrote|made) (the|my) will\b|\b(won'?t|don'?t think i'?ll) be bothering with (the|my) (tablets|"
    r"pills|meds|treatment)\b|\b(ordered|bought|got hold of) (something|some stuff)\b.{0,40}\b(do it|end it|"
    r"finish it)\b|\b(shot ?gun|gun|rifle|pistol)\b.{0,80}\b(sat with it|sitting with it|for now|put it back|for tonight\b(?!.{0,40}\b(fox|foxes|rabbits?|possums?|dogs?|pests?|vermin|deer|pigs?)\b))\b|\bthinking (of|"
    r"about) taking (all|the lot|them all|all of them)\b|\blooking forward to (not waking|never waking|dying|being"
    r" dead|not being here)\b|\bnot waiting around\b.{0,40}\b(got|have) a plan\b|\b(written|wrote) my letters\b|"
    r"\bgave (away )?(my|all my) [\w ]{1,40} to (my|his|her) [\w ]{1,20}\b.{0,60}\b(asked why|wasn'?t the truth)\b",
    # and from safety16 and blind20 (after their first runs)
    r"\balt\W?f4 (my )?life\b|\bbetter (if |that )?i'?m gone\b|\bthinking about how\W*$|\byou were a good "
    r"friend\b|\bthanks for everything\b.{0,60}\b(phone'?s off|phone is off|not answering|isn'?t answering)\b|"
    r"\bstockpil\w+ (my|his|her) \w+\b.{0,60}\b(nearly|almost) ready\b|\b(cliffs?|bridge|edge|tracks|roof)\b.{0,80}"
    r"\bworking up (the )?(courage|nerve)\b|\bwon'?t end up like\b.{0,80}\b(pills|tablets|keep|kept|ready)\b|\b("
    r"look|looking|stare|staring) at the (bridge|tracks|river)\b.{0,60}\b(think|thinking|wonder)\w*|"
    r"\bcan'?t see (a|any) way out\b",
    # and from safety14 (after its first run)
    r"\b(do|doing) something (worse |bad |stupid )?to myself\b|\bbanging my (own )?head (on|against)\b|\b(told|tell) ("
    r"everyone|everybody|them all|all of them) (that )?i love them\b|\bi'?ve made (my )?peace\W*(\.|$)|\b(chosen|"
    r"picked|found) the (place|spot)\b.{0,80}\b(do it|so (he|she|i) can)\b|\bwaiting for (us|everyone|them|the "
    r"house) to (go|leave|be empty)\b.{0,30}\bdo it\b|\bbath\b.{0,40}\b(razors?|blades?)\b|\bi'?ve (set|picked|chosen) "
    r"(a|the) (date|day)\b(?! (for|with))|\b(planning|plan) to take (them|it|those|these|the lot) all\b|\bstockpil\w+ "
    r"(my|his|her) \w+\b.{0,40}\b(might not|won'?t|doesn'?t|wouldn'?t) matter\b|\bbetter off if (i|she|he|they) ("
    r"was|were|wasn'?t|weren'?t) (gone|here|around|dead)\b|\b(don'?t|do not) (think i )?want to be around\b|\b("
    r"thinking|thought) about how (to|i'?d|i would) do it\b",
    # and from safety17 and blind21 (after their first runs)
    r"\b(gave|giving|given) (away|out)\b.{0,80}\b(won'?t|will not|wouldn'?t|doesn'?t|don'?t) (need|be needing) ("
    r"them|it|any of)|\bno (further |more )?use for (anything|any of it|it all)\b|(^|\bi'?m |\bi am )not (gonna|"
    r"going to) be (a)?round (for )?(much|very much) longer\b.{0,60}\b(got|have) it (all )?(sorted|planned|worked "
    r"out)\b|\b(i'?m|i am|i'?ll|i will) not (be )?(waking|wake) up (after|tomorrow|again)\b|\bdecided\b.{0,25}\bnot ("
    r"to )?(wake|waking) up\b|\b(switzerland|dignitas|assisted (dying|suicide)|euthanasia)\b.{0,200}\b(do|doing) it ("
    r"myself|on my own)\b|\b(thinking (about|of)|considering) doing it (myself|on my own)\W{0,3}(soon|tonight)\b",
    # and from safety18 (after its first run)
    r"\bthink\w* (about|of) (overdosing|taking an overdose|od'?ing)\b|\b(frightened|scared|afraid) of (myself|what i "
    r"might do)\b|\b(i think|worried|scared|afraid)\b.{0,30}\b(he|she|they|my \w+)('s| is| are)? going to do "
    r"something\W*(\.|$|,)|\b(been a pleasure)\b.{0,80}\bdeleted\b|\bdeleted\b.{0,80}\bbeen a pleasure\b",
    # and from safety19 (after its first run)
    r"\blove you\b.{0,60}\b(take care of|look after|feed) (the|my|our) (dogs?|cats?|kids|children|pets?|boys|girls)\b|"
    r"\b(keep|keeps|kept|keeping|saving|hoarding|collecting) (all )?(her|his|my) (\w+ )?(pills|tablets|meds|medicines?)\b"
    r".{0,60}\b(will|gonna|going to|'?ll) (eat|take|swallow) (them )?all\b|\benough (\w+ ){0,2}(pills|tablets|meds|"
    r"insulin|morphine|painkillers)\b.{0,10}\bto do it\b|\bkeep (opening|going (out )?(on)?to|looking (down )?over) ("
    r"the )?(balcony|window|ledge|edge)\b|\bif (tomorrow|by (tomorrow|morning)|in the morning)\b.{0,30}\b(don'?t|do "
    r"not|doesn'?t|never) (reply|answer|respond)\b.{0,30}\b(gone|dead)\b|\b(both of us|the two of us) (go |die )?"
    r"together\b.{0,40}\bno more (suffering|pain)\b|\b(don'?t|do not|not) (plan|planning|intend|intending) (on|to) ("
    r"coming|come|going|go) (home|back)\b",
    # and from safety20 (after its first run)
    r"\b(don'?t|do not|not) (plan|planning|intend|intending) (on|to) (be|being) (around|here|alive)\b|\bbetter for ("
    r"everyone|everybody|all of (us|them)|the family)\b.{0,20}\bif i\b|\b(drink|take|swallow|eat) (the |some )?(rat "
    r"poison|poison|pesticide|weedkiller|bleach)\b|\b(pesticide|rat poison|weedkiller|poison)\b.{0,40}\bunder (his|her|"
    r"my) (bed|pillow|mattress)\b|\b(photo|picture|pic) of (a lot of|lots of|all (her|his|my)|a pile of|loads of) ("
    r"pills|tablets)\b|\b(doesn'?t|don'?t|does not|do not) want to be a (problem|burden|bother) (for|to) (us|anyone|"
    r"everyone|you|them|me)\b|\bremember (that )?i lov(ed|e) you\b|\b(all|every one of) (her|his|my) (\w+ )?patches "
    r"(on )?at once\b",
    # and from safety21 (after its first run): emoji, finishing things, an attempt and a threat
    r"\b(pills|tablets)\b.{0,30}\btonight\b\W{1,5}(bye|goodbye|night all|love you)\b|\b(knife|blades?|razors?)\b\W{0,5}"
    r"(again|once more) (tonight|today|now)\b|\b(time|ready) (for me to|i|to) finish(ed)? (things|it( all)?|everything)"
    r"\b|\bfinish(ed)? (things|it all|everything) (myself|off)\b|\b(tried|attempted) to (strangle|hang|suffocate|"
    r"smother|drown|stab|poison) (him|her|my|them)sel(f|ves)\b|\b(do|try) it again\b.{0,15}\b(properly|for real|"
    r"and get it right)\b",
    # and from `zebra replay` in folds (each set left out of the second opinion's examples)
    r"\bplanning on not being (around|here|alive)\b|\bplan(ning)? (on|to) not (be|being) (around|here|alive)\b|\b("
    r"know|knows|worked out|looked up) (exactly )?how much (\w+ ){0,3}(would|will|it takes to) do it\b|\bwhen (she|he|"
    r"they) goes?,? i'?ll go (too|with (her|him|them))\b|\btold (them|everyone|people|my \w+) (that )?i'?m (moving|"
    r"going) away\b.{0,10}\bi'?m not (moving|going)\b|\bno point\b.{0,60}\bwon'?t be (here|around)\b",
]
_A = [
    r"\b(dose|dosage|doses|dosing|how many (mg|milligrams|tablets|pills))\b|\bhow (many|much) (paracetamol|"
    r"acetaminophen|tylenol|ibuprofen|calpol|nurofen|aspirin|painkillers?|capsules|puffs|drops)\b(?! (\w+ )?(is|are|"
    r"would|could|can|will|does it|to) )|\bhow (much|many) (i|we|he|she) (should )?(take|give)\b",
    r"(?<!questions )(?<!question )(?<!planning )\bshould (i|we|he|she|they|my \w+) (just |still |really |be )?"
    r"(stop|start|skip|double|halve|"
    r"increase|reduce|lower|raise|switch|change|come off|continue|keep taking|take|give|mix|combine|try|have|do)\w*\b(?! (if|when|in case)\b)(?! (hot |"
    r"warm )?(baths?|showers?|swimming|sports?|school|work|driving|flying|travel\w*|at home)\b)(?! to (help|support)\b)",
    r"(?<!how )\b(can|could|may) (i|we|he|she|they|my \w+) (just )?(stop(?! working)|skip|double|halve|increase|reduce|"
    r"lower|raise|switch|swap|change|come off|mix|combine|drink|drop(?! out)|cut)\b",
    r"\b(can|could|may|should) (i|we|he|she|they|my \w+) (take|give|have) (an? )?(extra|another|double|"
    r"half)\b",
    r"(?<!how )(?<!why )\b(can|could|may) (i|we|he|she|they|my \w+) (take|give|have) (?!part|a (yarn|chat|word|talk))(\w+ ){0,6}"
    r"(with|and|while|alongside|if|when|during|for)\b",
    r"\b(can|could) i (get|become|be) pregnant (while|on|with)\b",
    r"\b(ibuprofen|paracetamol|aspirin|calpol|nurofen|naproxen|codeine|tramadol|antihistamines?) (ok|okay|safe|"
    r"alright|fine) (with|for|in|on)\b|\bis it (ok|okay|safe|alright|fine) to give (her|him|them) (one|some|a "
    r"little|a bit)\b",
    r"\b(says|said|reckons|thinks|told (me|us))\b.{0,40}\b\d[\d.,]*\b.{0,25}\b(is|was|are) (fine|ok|okay|normal|"
    r"good|safe)\b.{0,15}\bis (it|that|he|she)\W*$",
    r"\bis it (ok|okay|safe|alright|fine|dangerous) for (me|him|her|us|them|my \w+) to\b|^\W*(is it )?(ok|okay|"
    r"safe|alright|fine) to (skip|miss|stop|drop|pause|double|halve) (my|his|her|their)\b",
    r"\bis it (ok|okay|safe|alright|fine) if (i|we|he|she|my \w+) (stop|skip|miss|take|double|change|"
    r"come off|drop)",
    r"\bhow (much|many) (mg |ml |units |tablets |pills |capsules |doses? )?(of )?[a-z]+ (should|can|do|does)"
    r" (i|we|he|she|my \w+|a \w+( \w+)?) (take|get|have|be given)\b",
    r"\bis it (ok|okay|safe|alright|fine|dangerous) to (double|skip|stop|halve|miss|increase|reduce|"
    r"change|mix|take|switch|drop) (my|his|her|our)\b",
    r"\b(do|does) (i|he|she|we|my \w+) need (the |a |an |to )?(be on|take|start|surgery|operation|transplant|"
    r"stop|start|change|more|less|higher|lower)\b",
    r"\b(is|are) (that|this|these|it) (dangerous|normal|bad|too high|too low|serious) for (me|him|her|us|"
    r"my \w+)\b",
    r"(?<!why )\b(do|does) (i|he|she|my \w+) (definitely |really |actually )?have (?!to\b)|\bam i (affected|sick)\b",
    r"\bdoes (that|this|it)( \w+)? mean (i|he|she|we|my \w+) (has|have|is|am|are|got)\b(?! (definitely |"
    r"probably |also )?(a )?carrier)",
    r"\b(my|his|her|our) (\w+ )?(results?|levels?|scan|bloods?|blood test|report|mri|x-?ray|ecg|echo)"
    r"\b.{0,40}\b(mean|normal|high|low|bad|show|say)",
    r"\b(my|his|her|our) (\w+('s)? )?(\w+ ){0,2}(levels?|counts?|results?|readings?|score|ck|cpk|phe|hb|"
    r"hbf|ldh|alt|ast|egfr|creatinine|haemoglobin|hemoglobin|ferritin|copper|iron|platelets|wbc|inr|"
    r"bilirubin|glucose|sats|oxygen|blood pressure|bp|sugar) ((has |have )?c[oa]me back|is|was|were|are|"
    r"says|said|reads|read|shows|showed)"
    r" (at |only |about )?\d",
    r"\bis (that|this|it|his|her|my) (\w+ )?(level |result )?(too high|too low)\b",
    r"\b(my|his|her|our|(son|daughter|baby|child|husband|wife|mum|mom|dad)'?s) (\w+ ){1,3}(was|is|were|came back( at| as)?) \d+(\.\d+)?\b(?! ?(years?|months?|"
    r"weeks?|days?|yo|y/o|kg|lbs?|stone|cm|when|and)\b).{0,12}\b(is (that|it|this)|does (that|it|this) "
    r"mean|normal|too (high|low))",
    r"\bwhat (?!(questions?|records?|notes|information|info|documents?|papers)\b)(\w+ )?(should|do) (i|we) (do|"
    r"take|give|keep|use|buy)\b(?! (if|when|in case)\b)",
    r"\b(missed|forgot|skipped) (my|his|her|a|the|our) (\w+ )?(dose|tablets?|pills?|meds|medicine|"
    r"injection|infusion)?\b.{0,40}\b(take|double|two|extra|now)\b",
    r"\b(i'm|he's|she's|i have been|we're) (on|taking) \w+.{0,30}\b(can|could|should) (i|he|she|we)"
    r" (take|have|use|get|give)\b|\binteract\w* with (my|his|her|our)\b",
    r"\b\d+ ?(mg|mcg|ml|units?|micrograms?|milligrams?)\b.{0,30}\b(too|enough|ok|okay|safe|right)\b",
    r"\bbetter for (me|him|her|us|my \w+)\b",
    r"\bis it (ok|okay|safe|alright|fine) to (take|mix|combine|have|drink)\b.{0,30}\b(with|while|on) "
    r"(my|his|her|our)\b",
    r"\bis it time (for (me|us|him|her|my \w+) )?to (go on|start|stop|have|get|switch)\b",
    r"(^|[.!?]\s*)(is (it|that|this) )?(alright|all right|ok|okay|safe|fine) (with|for|on) (my|his|her|our) \w+|\bwhich (one "
    r"|\w+ )?should (we|i) (choose|pick|go for|get)\b|\bis it (alright|all right|ok|okay|safe|fine) to take (two|both|them|it|\w+) together\b|\bcan i take \d+ ?mg\b|\b("
    r"says|said|told me) i should (stop|start|take|change|switch|try)\b.{0,60}\bshould i\W*$|\b\w+ \d[\d,.]*\W+too "
    r"(high|low) or not\b|\bis it (alright|all right|ok|okay|safe|fine) to give (the |my |our |him |her )?(\w+ ){0,2}(ibuprofen|"
    r"paracetamol|aspirin|calpol|nurofen|\w+ (medicine|tablets?|pills?))\b|\b(can|could|should) (i|we|he|she) (take|"
    r"use|borrow|have) (some of )?(my|his|her|our) (husband|wife|partner|mum|mom|dad|brother|sister|son|daughter|"
    r"friend)'?s\b|\bdouble up\b|(?<!not asking you to )(?<!not asking to )\b(diagnose|prescribe) (me|my)\b|\bwhat (daily |maximum |max |safe )?(amount|dose|limit)\b.{0,30}\b("
    r"should|can|do) (i|we|he|she)\b|\bwhich (\w+ ){0,2}(medicine|medication|drug|tablets?|treatment) should "
    r"(i|we|he|she|my [\w ]{1,30}?) (be on|take|have|get|use|try)\b",
    r"\bwhich (painkillers?|pain ?killers?|pain relief|antibiotics?|inhalers?|supplements?|vitamins?) ("
    r"should|do|can) (i|we|he|she) (take|give|use|have)\b|\bwhether (she|he|they|i|we) should (just )?(stop|"
    r"start|skip|double|halve|switch|change|come off|take)\b|\bdo you think (i|he|she|they|my \w+) (has|have|"
    r"might have|could have|has got)\b",
    r"\bhow (much|many) (\w+ ){0,3}(should|can|do) (i|we|he|she|my [\w ]{1,30}?) (take|give|have|cut|"
    r"eat|be on|be taking|be given|get|use)\b",
    r"\bshould (i|we|he|she) (ask|push|press|request) (\w+ ){0,3}(to )?(switch|swap|change|come off|stop|"
    r"start|go on)\b",
    # and from blind10 (after its first run): second-language phrasings
    r"\bis (it )?(ok|okay|safe|alright|fine) (if )?(i|we|he|she|they|my \w+) (skip|stop|miss|drop|double)"
    r"\w*\b|\b(she|he|i|they) (has|have|got) [\w ]{2,30}\W+yes or no\b",
    # and from blind15 (after its first run)
    r"(?<!why )\bdoes (the|our|my|his|her) (baby|son|daughter|child|kid|niece|nephew|grandson|granddaughter|brother|"
    r"sister) (definitely |really |actually )?have\b(?! (something|anything))|\bhow (much|many) [a-z]+ (he|she|i|we) (take|give|have)\b"
    r"|\bmy [a-z0-9-]+ (level )?(is|was|came back) (very |a bit |quite )?(low|high|raised|elevated)\b.{0,20}\b(i|"
    r"he|she) (have|has|got)\b",
    # and from blind16 (after its first run)
    r"\bis (it|that|this|one \w+ off \w+ \w+) (\w+ ){0,3}(ok|okay|safe|alright|fine) for (me|him|her|them|us)\W*$|"
    r"\bwhat would you do\b|\bshould (he|she|i|we) (still )?go ahead\b",
    # and from blind23 (after its first run)
    r"\b(can|could|should|would) (\w+ ){1,5}(replace|substitute for|swap for) (my|his|her|our) \w+|\bis (it|this) ("
    r"starting|beginning|coming on|showing( up)?) (in|with) (me|him|her)\b",
    # and from blind24 (after its first run)
    r"\b(just )?tell me (to|whether to|if i should) (stop|start|take|skip|quit|come off)\b|\bshould (i|we) (use|pick|"
    r"choose|go with) (\w+ ){1,3}instead of\b",
    # and from blind25 (after its first run): consent, a result's meaning, a question in statement order
    r"\bshould (i|we) (consent|agree|say yes|say no|sign)\b|\bwhat does (that|this|the|his|her|my|our) (number|result|"
    r"reading|level|score) mean for (him|her|me|us|them|my \w+)\b|\bi can (switch|change|stop|come off|swap|skip|drop)"
    r"\b[^.?!]{0,40}\?|\bhow (much|many) (\w+ ){0,3}(my|his|her|our) (\w+ ){0,2}to (take|have|get|be given)\b",
]
EMERGENCY = [re.compile(p, re.IGNORECASE) for p in _E]
CRISIS = [re.compile(p, re.IGNORECASE) for p in _C]
ADVICE = [re.compile(p, re.IGNORECASE) for p in _A]
