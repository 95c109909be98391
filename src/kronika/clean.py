"""Boilerplate removal that keeps every offset: removed lines become spaces of the same length.

A line is removed only when a general rule says it is page furniture, never article prose:

- navigation and page widgets ("Back to top", "Read more", "Share this article", menus),
- promotion and notices (newsletters, "Click here", "Follow us on …", cookies, "Advertisement"),
- credits (photo credits and captions ending in an agency credit, "Reporting by …",
  "Additional sources • adaptation: …", copyright lines, "Editor's note: …"),
- at the end of the article, an author bio: a line of several short verbless noun phrases
  ("Coffee lover. Proud web geek. Writer. Avid gamer.") or "NAME is a … columnist".

Lines that open with a quotation mark are quotes and are kept (the verbless-bio test excepted,
which no spoken sentence passes). The tables below were drawn from the 447 GDELT articles in
../shared/data/corpus and checked line by line against them and the seed articles.
"""

from __future__ import annotations

import re

from kronika.types import Document

#: Whole lines that are page furniture, compared lower-cased with punctuation dropped.
#: Source: the repeated short lines of the GDELT corpus, plus the usual CMS widget labels.
NAV_LINES = frozenset(
    {
        "advertisement",
        "advertisement scroll to continue",
        "story continues below advertisement",
        "ad",
        "sponsored",
        "sponsored content",
        "back to top",
        "back to top button",
        "skip to content",
        "skip to main content",
        "read more",
        "read more here",
        "continue reading",
        "show more",
        "load more",
        "expand",
        "collapse",
        "share",
        "share this",
        "share this article",
        "share this article share",
        "share this story",
        "print",
        "email",
        "menu",
        "home",
        "close",
        "next",
        "previous",
        "next article",
        "previous article",
        "related",
        "related articles",
        "related stories",
        "more stories",
        "most read",
        "trending",
        "recommended",
        "you may also like",
        "comments",
        "view comments",
        "view video",
        "watch video",
        "listen to this article",
        "subscribe",
        "sign in",
        "log in",
        "tags",
        "topics",
    }
)

#: Photo agencies and image sources that end a caption or credit line ("… Name/AFP/Getty
#: Images", "… PAP"). Source: the credit lines of the GDELT corpus and the major wire services.
AGENCIES = (
    r"(?-i:Getty Images|AFP|AP|AP Photo|Associated Press|Reuters|EPA|EPA-EFE|PAP|Shutterstock"
    r"|East News|Xinhua(?: News)?(?: Agency)?|TASS|Sputnik|Anadolu(?: Agency)?|Bloomberg|Redux"
    r"|Pool|Alamy|NurPhoto|SOPA Images|LightRocket|Ukrinform|UNIAN|ZUMA(?: Press)?|dpa|Maxar"
    r"|Planet Labs|Google Maps|Mil\.ru|[\w-]+\.(?:pl|ru|ua|com))"
)

#: Rules that hold wherever the line is (name, pattern on the stripped line, case-insensitive).
#: Source: the GDELT corpus lines each one was written for are quoted in the comments.
STRICT_RULES: tuple[tuple[str, str], ...] = (
    ("nav", r"^(?:back to top|skip to (?:main )?content|skip navigation)\b"),
    ("nav", r"^share (?:this|on|via)\b"),  # "Share this article Share"
    ("nav", r"^image \d+ of \d+\b"),  # "Image 2 of 3 prev next"
    ("nav", r"^(?:view image in fullscreen|video ad feedback|see(?: the)? video|view video)\b"),
    ("nav", r"^watch(?: the)? video\b|^watch\s*:|^watch\b.{0,40}\blive on\b"),
    ("nav", r"^(?:read|see) (?:also|more)\b|^also read\b"),  # "Read also: …", "Read more here."
    ("nav", r"^\d{1,2}:\d{2} .{0,150} [–-] video$"),  # "0:59 Truss 'very worried' … – video"
    ("nav", r"^(?:related|more on this)(?: articles| stories| content| coverage)?\s*:"),
    ("nav", r"^other topics of interest\b"),  # Kyiv Post's related-articles box
    ("nav", r"^(?:new )?you can now listen to\b"),  # "NEW You can now listen to Fox News articles!"
    ("nav", r"^(?-i:[^a-z]{10,}: LIVE UPDATES)$"),  # a link to a live page, in capitals
    ("nav", r"^(?:continuation of|the rest of) the (?:text|article|material)\b"),
    ("nav", r"^(?:story|article) continues (?:below|after)\b"),
    # "Photo: President's Office", "Photo:EPA-EFE", "Photo, from left to right: …"
    (
        "credit",
        r"^(?:cover |main )?(?:photo|photograph|picture|image|video|illustration)s?"
        r"(?: credit)?(?:, [^:]{1,30})?\s*:",
    ),
    ("credit", r"^authors?(?:\s*/\s*authors?)?\s*:"),  # "Author/author: TAS/KA"
    # A byline: "By Jane Doe", "By Jane Doe and John Roe" (names capitalised, nothing else)
    ("credit", r"^(?-i:By(?: (?:[A-Z][\w.'’-]+|and|in|,))+)$"),
    ("credit", r"^(?:additional )?(?:reporting|editing|writing|research|translation) by\b"),
    ("credit", r"^(?:compiled|translated|adapted|edited|written|produced) by\b.{0,100}$"),
    ("credit", r"^(?:with )?additional (?:sources|reporting|research)\b"),
    ("credit", r"\bcontributed (?:reporting|to this (?:report|story|article))\.?$"),
    ("credit", r"^editor[’']?s[’']? note\s*:"),
    ("credit", r"^(?:reprinted|republished|reproduced) (?:with|from|by)\b"),
    ("credit", r"^(?-i:[A-Z]{2,8})\s*[—–]$"),  # a dateline left alone: "CNN —"
    ("credit", r"^\((?-i:[A-Z]{2,5}(?:/[A-Z]{2,5})*)\)$"),  # an editor's initials: "(PMD)"
    # "… Alexander Nemenov/AFP/Getty Images", "(Sergei Bobylev/AP)", "PAP / EPA / PAP"
    (
        "credit",
        rf"[\w.)]\s*/\s*(?:{AGENCIES})(?:\s*/\s*[\w .-]+)*(?: via (?:{AGENCIES}))?"
        r"(?: for \w+)?\)?$",
    ),
    ("credit", r"\bphotograph(?::| by\b)\s*[^.]{0,60}$"),  # "… Photograph: AP"
    ("credit", rf"^[^.!?]{{0,120}}\s(?:{AGENCIES})$|^(?:{AGENCIES})$"),  # "… Ukraine PAP"
    # "… (Ksenia Ivanova for The Washington Post)"
    ("credit", r"\((?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) for (?:the )?[\w .]{2,40}\)$"),
    ("credit", r"\bcourtesy of [^.!?]{1,60}$"),  # "Mark Hannah Courtesy of Mark Hannah"
    ("copyright", r"^(?:copyright\b|©|\(c\)\s*\d{4})|\ball rights reserved\b"),
)

#: Rules that could, worded differently, be prose: not applied to a line that reports speech
#: (`SPEECH`), since page furniture does not quote anyone.
SOFT_RULES: tuple[tuple[str, str], ...] = (
    ("promo", r"\bclick here\b|\bplease visit\b"),  # "CLICK HERE TO GET THE FOX NEWS APP"
    ("promo", r"(?:^|[.!?:•,]\s*)(?:sign up|subscribe)(?: (?:to|for|here|now|today)\b|$)"),
    ("promo", r"^(?:follow|join) (?:us|our|this author)\b"),  # "JOIN US ON TELEGRAM! …"
    ("promo", r"^(?:more|read|see|find|you can|for more)\b.*\b(?:main|home) ?page\b"),
    # "You can read more latest information on Gazeta.pl.", "You can read … stories here."
    (
        "promo",
        r"^you can (?:also )?(?:read|find|track|watch|listen to|follow)\b.*"
        r"(?:\bour\b|\bhere\b|\bon \S+\.\w{2,3}\b)",
    ),
    ("promo", r"^(?:read|more) .{0,60}\bon \S+\.\w{2,3}\.?$"),  # "Read more … on Gazeta.pl."
    ("promo", r"^(?:download|get) (?:the|our) .{0,40}\bapp\b"),
    ("promo", r"^read the full (?:story|report|article|text)\b"),
    ("promo", r"\bcan be (?:followed|found|read|watched)\b.{0,40}\bhere\b\W*$"),  # "… here."
    ("promo", r"^video (?-i:[A-Z])"),  # a video widget's title: "Video Andrzej Duda in Kiev."
    # "….Watch TVN24 on the Internet on TVN24 GO"
    ("promo", r"(?:^|[.!?]\s*)watch \w+(?: \w+)? (?:on the internet|online)\b"),
    # "Help Ukraine, join the collection.You will pay the money at pcpm.org.pl/ukraina."
    (
        "promo",
        r"\b(?:donate|pay the money|make a donation)\b.*\b[\w-]+\.(?:pl|org|com|ua)\b",
    ),
    ("promo", r"^(?=.*newsletters?\b)(?:.{0,80}$|.*\b(?:sign up|subscribe|inbox|email)\b)"),
    ("notice", r"^by (?:submitting|signing up|subscribing|clicking|continuing|registering)\b"),
    ("notice", r"\bterms of (?:service|use)\b.{0,40}\bprivacy policy\b"),
    ("notice", r"^(?=.*\bcookies?\b).*\b(?:consent|accept|privacy|policy|settings|browser)\b"),
    # "The article comes from Deutsche Welle.", "This story originally appeared in …"
    (
        "credit",
        r"^(?:this|the) (?:article|story|piece) (?:comes from|(?:was )?(?:originally |first )"
        r"(?:appeared|published)|was (?:re)?published|(?:originally )?appeared)\b",
    ),
    ("credit", r"^(?:credits?|sources?|adaptation|translation)\s*:.{0,80}$"),  # "Source: PAP"
    ("notice", r"\bviews expressed\b.*\b(?:own|author|authors)\b"),
)

#: Words that report speech or sourcing: a line with one is article prose.
SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|added|stated|according to|claimed|wrote)\b", re.I
)

#: Function words and numbers that make a fragment a sentence (or a figure), not a bio phrase.
SENTENCE_WORDS = frozenset(
    "a an the this that these those i you he she it we they me him her us them my your his its"
    " our their who which what there here is are was were be been being am have has had do does"
    " did will would shall should can could may might must not no never yes said says say told"
    " one two three four five six seven eight nine ten eleven twelve dozen dozens hundred"
    " hundreds thousand thousands million millions".split()
)

#: Journalism and think-tank roles of a one-line author note: "NAME is a Guardian columnist".
_ROLE_NOTE = re.compile(
    r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} is (?:a|an|the)\b[^.]{0,150}\b(?:columnist"
    r"|contributor|correspondent|reporter|journalist|editor|writer|fellow|professor|analyst"
    r"|researcher|author|host)\b[^.]{0,150}\.?$"
)

_QUOTES = "\"'“”‘’«»„"
_MAX_RULE_LINE = 400  # longer lines are prose with, at most, furniture run into them
#: A promotion box flattened onto one line, whatever its length: "skip past newsletter promotion
#: Sign up to … Privacy Policy … after newsletter promotion".
_WRAPPED_PROMO = re.compile(r"^skip past (\w+(?: \w+)?) promotion\b.*\bafter \1 promotion$", re.I)
_TAIL_LINES = 2  # author bios stand in the last lines that are not other boilerplate

_STRICT = [(name, re.compile(p, re.I)) for name, p in STRICT_RULES]
_SOFT = [(name, re.compile(p, re.I)) for name, p in SOFT_RULES]
_WORD_CHARS = re.compile(r"[^\w]+")
_FRAGMENTS = re.compile(r"(?<=\.)\s+")


def clean(text: str) -> tuple[str, list[str]]:
    """Return (the text with boilerplate lines blanked to spaces, the removed lines stripped).

    The cleaned text has exactly the length of `text`, and every character outside a removed
    line is unchanged, so offsets into one are offsets into the other.
    """
    lines = text.split("\n")
    removed = [boilerplate_rule(line) is not None for line in lines]
    kept = [i for i, line in enumerate(lines) if line.strip() and not removed[i]]
    for i in kept[-_TAIL_LINES:]:
        removed[i] = author_bio(lines[i])
    out = [_blank(line) if gone else line for line, gone in zip(lines, removed, strict=True)]
    return "\n".join(out), [line.strip() for line, gone in zip(lines, removed, strict=True) if gone]


def clean_stage(doc: Document) -> Document:
    """Return the document with `text` and `boilerplate` set from its article's text."""
    doc.text, doc.boilerplate = clean(doc.article.text)
    return doc


def boilerplate_rule(line: str) -> str | None:
    """Return the name of the rule that marks the line as boilerplate wherever it stands, or None."""
    s = line.strip()
    if _WRAPPED_PROMO.match(s):
        return "nav"
    if not s or len(s) > _MAX_RULE_LINE or s[0] in _QUOTES:
        return None
    if _WORD_CHARS.sub(" ", s.lower()).strip() in NAV_LINES:
        return "nav"
    if _is_menu(s):
        return "menu"
    for name, pattern in _STRICT:
        if pattern.search(s):
            return name
    if SPEECH.search(s):
        return None
    for name, pattern in _SOFT:
        if pattern.search(s):
            return name
    return None


def author_bio(line: str) -> bool:
    """Return True for an author note: a line of short verbless phrases, or "NAME is a … writer".

    Only applied to the last lines of an article, where such notes stand.
    """
    s = line.strip()
    if _ROLE_NOTE.match(s) and not SPEECH.search(s):
        return True
    core = s.strip(_QUOTES + " ")
    if len(core) > 200 or not core.endswith("."):
        return False
    phrases = [f.rstrip(".").split() for f in _FRAGMENTS.split(core)]
    if len(phrases) < 3 or not all(1 <= len(words) <= 5 for words in phrases):
        return False
    if not all(_bio_phrase(words) for words in phrases):
        return False
    return sum(len(words) >= 2 for words in phrases) >= 2 and max(map(len, phrases)) >= 3


def _bio_phrase(words: list[str]) -> bool:
    """Return True for a capitalised noun phrase with no verb, function word, name or number."""
    if not words[0][:1].isupper():
        return False
    for i, word in enumerate(words):
        w = word.strip(",;:()" + _QUOTES)
        if not w or w.lower() in SENTENCE_WORDS or any(c.isdigit() for c in w):
            return False
        if i and (w[0].isupper() or w.lower().endswith("ed")):  # a name, or a verb: "two killed"
            return False
    return True


def _is_menu(s: str) -> bool:
    """Return True for a row of short links: "Home | World | Europe | Ukraine"."""
    parts = [p.strip() for p in re.split(r"\s[|•›»·]\s", s)]
    return (
        len(parts) >= 3
        and all(1 <= len(p.split()) <= 3 for p in parts)
        and not s.endswith((".", "?", "!"))
    )


def _blank(line: str) -> str:
    """Return spaces for the line's characters, keeping a trailing carriage return."""
    return " " * len(line.removesuffix("\r")) + ("\r" if line.endswith("\r") else "")
