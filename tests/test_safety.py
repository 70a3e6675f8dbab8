"""The deterministic safety screens (pure logic)."""

from __future__ import annotations

import pytest

from bot.engine.safety import asks_personal_advice, screen


@pytest.mark.parametrize(
    "text",
    [
        "she's been seizing for 6 minutes",
        "HELP he's not breathing",
        "my baby has gone blue and floppy",
        "his throat is swelling up, he has HAE",
        "bleeding from his knee won't stop, he has haemophilia",
        "my mum's face is drooping and her speech is slurred",
        "his speech went slurred all of a sudden",
        "she's wobbly and slurring her words",
        "he is choking whats the first aid",
        "my son is not breathing, do you have a guide",
        "she won't stop bleeding, any tips",
        "my baby is not waking up, is there a leaflet",
        "is this an emergency? a man collapsed in the street and isnt breathing",
        "is it bad that grandma collapsed and is unresponsive",
        "shes having a seizure what do i do",
        "her lips are going a dusky blue colour",
        "baby's soft spot is bulging and she's vomiting",
        "she's vomiting green, she had surgery last week",
        "grandad accidentally took the whole week's tablets at once",
        "sickle crisis, now I'm confused and short of breath",
        "dad collapsed in the kitchen",
        "my toddler swallowed some of my tablets",
        "sickle cell and a temperature of 39, chest hurts",
        "two fits back to back and she still hasn't come round",
        "grandad can't lift his left arm and his words are coming out jumbled",
        "my little one drank some dishwasher cleaner",
        "gave him double his epilepsy medicine by mistake",
        "nosebleed for over an hour and it's soaked two towels",
        "my 6 month old is hot and floppy and barely wakes",
        "rash that doesn't fade when i press a glass on it",
        "no wet nappy since this morning and her eyes look sunken",
        "he's holding his chest and sweating, says it's like a weight pressing down, chest is so tight",
        "it won't stop bleeding, we're through 3 towels",
        "mum took a double dose and now she's hard to rouse",
        "i think my little boy swallowed a couple of magnets from a toy",
        "she's coughing up bright red blood",
        "his tongue is going huge and he's struggling to talk",
        "grandad suddenly lost the vision in one eye",
        "kettle tipped over her, the skin is peeling",
        "my husband is a diabetic, blood sugar is 1.9 and he won't answer me",
        "her ribs are sucking in with every breath",
        "he's gone mottled and won't take his bottle",
        "she has MSUD, been sick all night and now she's wobbly and drowsy",
        "used the epipen ten minutes ago and he's getting worse",
        "squeezing pain in my chest that goes up into my jaw",
        "my nan fainted in the garden and she's still not with it",
        "his spleen is huge and he's really pale and sleepy",
        "grandad is on the floor and won't talk to me",
        "she's making a funny noise when she breathes and her neck is swelling",
        "his knee is blowing up like a balloon after the fall",
        "her foot has gone cold and white since the dislocation",
    ],
)
def test_emergencies(text: str) -> None:
    assert screen(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "i want to kill myself",
        "I'm sat on the edge of the bridge right now",
        "thinking of taking all my insulin at once",
        "some days i wish i could just stop existing",
        "got a plan and i'm going to use it",
        "been counting my sleeping tablets all week",
        "they'd all be better off without me",
        "found fresh cuts on my daughter's arms",
        "i'm scared of what i might do tonight",
        "thanks for everything. this is my last message",
        "started writing letters for my kids to open after",
        "some days i just want to die",
        "everyone would be better off without me",
        "i've started self-harming again",
        "i can't go on like this",
        "my son says he wants to end his life",
        "honestly what's the point anymore",
        "i've written goodbye letters to my kids",
        "been giving all my stuff away, won't need it soon",
        "i hope i don't wake up tomorrow",
        "life isn't worth living with this pain",
        "im standing on the bridge",
        "i burn myself when it gets bad",
        "how many of my tablets would it take",
        "nobody would notice if i disappeared",
        "i've been saving up my codeine just in case",
        "since he died i keep thinking i should join him",
        "i'd rather die now than go through all that",
        "i keep a stash of my dad's tablets hidden for when i'm ready",
        "i burned my arm with a lighter again",
        "i've worked out how i'm going to do it",
        "i gave my games to my cousin, i won't be needing them",
        "every night i pray i won't wake up",
        "my son told his girlfriend he's going to overdose",
        "i've stopped my heart tablets so it ends sooner, i want it to be the end",
        "what's a lethal amount of my seizure meds, asking for me",
        "i keep going up to the top of the car park and looking over the edge",
        "deleted all my socials, wanted to say sorry before i go",
        "im so tired of living",
        "gave away my bike and my games, won't need them where i'm going",
        "they'd all be better off without having to care for me",
        "every morning i wake up disappointed that i'm still here",
        "secretly hoping i don't survive the operation on friday",
        "mate i'm gonna top myself",
        "i'm a danger to myself right now",
        "i dont want to exist",
        "pidgin: abeg i no fit again, i wan die",
        "ready to go to God, I've asked Him to take me tonight",
        "I want to join my mum, she's waiting for me",
        "i'm cutting right now and it's deeper than usual",
        "sh urges bad rn, got the blade out",
        "I think to die together with him is better",
        "praying the next crisis kills me",
        "not taking my creon anymore, I want the CF to finish the job",
        "he says he will take poison tonight",
        "keeping my morphine aside each night",
    ],
)
def test_crises(text: str) -> None:
    assert screen(text) == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "what are the symptoms of a seizure in dravet syndrome",
        "how is haemophilia inherited",
        "what is gene therapy",
        "how do i join a trial",
        "can people with marfan play sport",
    ],
)
def test_ordinary_questions_pass(text: str) -> None:
    assert screen(text) is None
    assert not asks_personal_advice(text)


@pytest.mark.parametrize(
    "text",
    [
        "what dose of hydroxyurea should i take",
        "should i stop my enzyme infusions",
        "can i double my dose",
        "does my son have duchenne",
        "is it safe for me to take ibuprofen with my meds",
        "my ck level was 15000, what does that mean",
        "my sweat chloride came back at 52, is that cystic fibrosis",
        "can i just swap my tablets for the liquid myself",
    ],
)
def test_personal_advice(text: str) -> None:
    assert asks_personal_advice(text)


@pytest.mark.parametrize(
    "text",
    [
        "Why is throat swelling in hereditary angioedema dangerous?",
        "what do seizures look like in Dravet syndrome",
        "is a floppy baby a sign of SMA, how do doctors test for it",
        "how do you know if a bleed in haemophilia is serious",
        "besides the fractures, can OI make the whites of the eyes look blue?",
        "PNH is such a mouthful, explain it in normal words and why the weird name",
        "her fingers go white then blue in the cold, is that scleroderma",
        "he has had loads of bloods and an MRI, why is MND so hard to diagnose?",
        "he choked on a grape once, which foods are safest for him now?",
        "how do i write a seizure plan for my son's school",
        "what should we do if her throat ever swells during an attack?",
        "i'd like someone from your team to get back to me, the bot can't answer this",
        "can stress make my hands turn blue with scleroderma?",
        "can you help me make a choking first aid poster for school?",
        "which number do you call for an ambulance in the US?",
        "are there suicide prevention resources for families? making a leaflet",
        "can i take all my tablets at once in the morning?",
        "i'm drowning in hospital paperwork",
        "why are the whites of his eyes bluish, is that OI?",
        "my dad will kill me if i miss his birthday",
        "so tired of fighting for appointments",
        "what should we plan for before i go to spain with my HAE?",
        "are there studies on self-harm in teenagers with EB?",
        "my son screams 'i'm gonna die' at every blood test, how can i help?",
        "in a film someone put a spoon in a child's mouth during a seizure, is that right?",
        "wilson disease symptoms, tremor and slurred speech",
        "friedreichs ataxia signs, my daughter keeps falling and her speech is slurred",
        "why are people with cf told not to meet? my son wants to hang out with a boy with CF",
        "i'm drowning myself in work to cope, any carers groups?",
        "can IR put in a feeding tube for someone with MND whose breathing is weak?",
    ],
)
def test_questions_about_danger_are_not_emergencies(text: str) -> None:
    assert screen(text) is None
