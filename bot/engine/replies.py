"""Compose replies from the content store: answers, safety, groups, refusals, small talk.

The only fixed texts here are Zebra's own words about itself and how to get help; every medical
text comes from the curated content, with its source and review date.
"""

from __future__ import annotations

from bot.content.model import Country
from bot.engine.messages import Button, Reply, SourceRef
from bot.search.index import ContentIndex, Group

MAIN_NUMBERS = "112 (Europe and many other countries), 911 (USA, Canada), 999 (UK), 000 (Australia)"
SMALLTALK = {
    "greet": "Hello! I'm Zebra. Ask me about a rare condition, a type of treatment, clinical "
    "trials or support groups. I share general information from reviewed sources, not medical advice.",
    "goodbye": "Take care. I'm here whenever you want to ask something else.",
    "thanks": "You're welcome. If something else comes up, just ask.",
    "bot_challenge": "I'm Zebra, a chatbot (not a person) run by a rare-disease community. I answer "
    "from information our moderators have checked, and I can put you in touch with a person: "
    "type /human.",
    "feedback": "Thank you for telling us. Moderators read feedback to improve what Zebra says. "
    "You can also use the 👍 / 👎 buttons under any answer.",
}
OUT_OF_SCOPE = (
    "That's outside what I can help with. I'm Zebra: I can explain rare conditions, treatment "
    "types, clinical trials and how to find support groups. For example: “what is gene therapy?”"
)


def answer(index: ContentIndex, source_id: str, confidence: float, intro: str = "") -> Reply:
    """The section `source_id`, with its source and review date and buttons for what's next."""
    chunk = index.by_id[source_id]
    item = index.items[chunk.item_id]
    ref = SourceRef(chunk.id, item.title, chunk.heading, item.reviewed, item.sources)
    blocks = [intro] if intro else []
    blocks.append(f"{item.title}: {chunk.heading}\n\n{chunk.text}")
    more = [Button(index.by_id[s].heading, f"src:{s}") for s in item.sections if s != chunk.id][:6]
    rows = [more[i : i + 2] for i in range(0, len(more), 2)]
    rows.append(
        [Button("👍 Helpful", f"fb:+:{chunk.id}"), Button("👎 Not helpful", f"fb:-:{chunk.id}")]
    )
    kind = "trials" if item.kind == "trial-guide" else "answer"
    return Reply(kind, blocks, rows, [ref], confidence=confidence)


def clarify(index: ContentIndex, options: list[str], question: str) -> Reply:
    """Ask which of several likely answers was meant; each button opens one section."""
    buttons = [[Button(_label(index, sid), f"src:{sid}")] for sid in options[:4]]
    return Reply("clarify", [question], buttons)


def _label(index: ContentIndex, source_id: str) -> str:
    chunk = index.by_id[source_id]
    return f"{chunk.title}: {chunk.heading}"


def emergency(country: Country | None, advice: str) -> Reply:
    if country:
        also = f" (or {', '.join(country.also)})" if country.also else ""
        call = f"Call {country.emergency}{also} now for an ambulance in {country.name}."
    else:
        call = f"Call your local emergency number now: {MAIN_NUMBERS}."
    blocks = [
        "🚨 This sounds like an emergency. " + call,
        "If you are not sure whether it is an emergency, call anyway: helping you decide is "
        "part of their job. Follow the instructions they give you.",
        "I'm a chatbot: I can't call for help or give medical instructions.",
    ]
    if advice and not country:
        blocks.append(advice)
    return Reply("emergency", blocks)


def crisis(country: Country | None, advice: str) -> Reply:
    blocks = [
        "I'm really sorry you're going through this. You don't have to face it alone, and "
        "talking to someone can help right now."
    ]
    if country and country.crisis:
        lines = []
        for line in country.crisis:
            how = ", ".join(x for x in (line.phone and f"call {line.phone}", line.text) if x)
            lines.append(f"• {line.name}: {how} {line.url}".rstrip())
        blocks.append(f"In {country.name} you can reach:\n" + "\n".join(lines))
    if advice:
        blocks.append(advice)
    number = country.emergency if country else "your local emergency number"
    if not country:
        number += f" ({MAIN_NUMBERS})"
    blocks.append(f"If you are in danger right now or have hurt yourself, call {number}.")
    blocks.append("If you'd like, a person from our community team can also talk with you: /human.")
    return Reply("crisis", blocks, [[Button("Talk to a person", "handoff:ask")]])


def advice_refusal(index: ContentIndex, reading: str | None) -> Reply:
    blocks = [
        "I can't give personal medical advice, such as doses, whether to start, stop or change a "
        "medicine, or whether you or someone you care for has a condition. Your doctor, nurse "
        "or pharmacist knows your situation and can answer this safely.",
        "A tip: write your question down and take it to your next appointment, or call your "
        "care team. If it is urgent, contact them today or call your local emergency number.",
    ]
    sources = []
    buttons: list[list[Button]] = []
    if reading and reading in index.by_id:
        chunk = index.by_id[reading]
        item = index.items[chunk.item_id]
        blocks.append(f"General reading that may help you prepare: {item.title}: {chunk.heading}.")
        sources.append(SourceRef(chunk.id, item.title, chunk.heading, item.reviewed, item.sources))
        buttons.append([Button(f"Read: {chunk.title}", f"src:{reading}")])
    return Reply("advice_refusal", blocks, buttons, sources)


def support_groups(
    index: ContentIndex, condition: str | None, country: str | None, limit: int = 5
) -> Reply:
    title = index.items[condition].title if condition in index.items else None
    specific = [g for g in index.groups if condition and condition in g.conditions]
    ranked = _rank(specific, country)
    intro = f"Support groups for {title}" if title else "Rare-disease support organisations"
    where = index.countries[country].name if country in index.countries else None
    blocks = []
    if not ranked:
        ranked = _rank([g for g in index.groups if g.umbrella], country)
        if title:
            intro = (
                f"I don't know a group just for {title} yet. These organisations support "
                "people with any rare condition and can often point you to one"
            )
    blocks.append(intro + (f" (for {where} first, then international)" if where else "") + ":")
    blocks.append("\n\n".join(_group_line(g) for g in ranked[:limit]))
    if not where:
        blocks.append("Tell me your country (e.g. “groups in Ireland”) to see local ones first.")
    reply = Reply("support_groups", blocks)
    reply.sources = [SourceRef(g.id, g.name, "support group", "", ()) for g in ranked[:limit]]
    return reply


def _rank(groups: list[Group], country: str | None) -> list[Group]:
    def score(g: Group) -> int:
        if country and country in g.countries:
            return 0
        return 1 if g.online else 2

    return sorted(groups, key=score)


def _group_line(group: Group) -> str:
    where = ", ".join(group.countries)
    contact = f" {group.contact}." if group.contact else ""
    checked = f" (checked {group.last_verified})" if group.last_verified else ""
    return f"• {group.name} ({where}): {group.description}{contact} {group.url}{checked}"


def smalltalk(intent: str) -> Reply:
    return Reply("smalltalk", [SMALLTALK.get(intent, SMALLTALK["greet"])])


def out_of_scope() -> Reply:
    return Reply("out_of_scope", [OUT_OF_SCOPE])


def fallback(index: ContentIndex, related: list[str], unknown: str | None) -> Reply:
    if unknown:
        first = (
            f"I don't have checked information about {unknown} yet, so I won't guess. "
            "I've passed the question on to our moderators so they can add it."
        )
    else:
        first = (
            "I'm not sure I have a good answer to that yet, and I'd rather not guess. "
            "I've passed the question on to our moderators."
        )
    blocks = [first, "Meanwhile I can show you support organisations, or you can ask a person."]
    rows = [[Button(_label(index, sid), f"src:{sid}")] for sid in related[:3]]
    rows.append([Button("Support groups", "groups:"), Button("Talk to a person", "handoff:ask")])
    if related:
        blocks.insert(1, "These might be related:")
    return Reply("fallback", blocks, rows)
