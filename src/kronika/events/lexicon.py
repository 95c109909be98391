"""Trigger words of ACLED's event sub-types, weapons and claims: the data the event stage reads.

Source: ACLED Codebook (2023) definitions of the 6 event types and 25 sub-event types. Who acts
(armed groups, demonyms, roles, metonyms) lives in actors.py.
"""

from __future__ import annotations

#: ACLED's taxonomy: event type → its sub-event types (6 types, 25 sub-types).
TAXONOMY: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
EVENT_TYPE = {sub: etype for etype, subs in TAXONOMY.items() for sub in subs}

SHELLING = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
CLASH = "Armed clash"
TAKEOVER = "Non-state actor overtakes territory"
REGAIN = "Government regains territory"
ABDUCTION = "Abduction/forced disappearance"
IED = "Remote explosive/landmine/IED"

#: Lemma (lower case) of a trigger word → sub-event type. Checked on every token of a sentence.
TRIGGERS: dict[str, str] = {
    # Explosions/Remote violence
    "shell": SHELLING,
    "shelling": SHELLING,
    "artillery": SHELLING,
    "missile": SHELLING,
    "rocket": SHELLING,
    "mortar": SHELLING,
    "howitzer": SHELLING,
    "bombard": SHELLING,
    "bombardment": SHELLING,
    "pound": SHELLING,
    "explosion": SHELLING,
    "blast": SHELLING,
    "drone": AIR,
    "airstrike": AIR,
    "air strike": AIR,
    "glide bomb": AIR,
    "guided bomb": AIR,
    "aerial bomb": AIR,
    "warplane": AIR,
    "shahed": AIR,
    "geran": AIR,  # loitering munitions by their model names, like "shahed"
    "loitering munition": AIR,
    "uav": AIR,
    "landmine": "Remote explosive/landmine/IED",
    "ied": "Remote explosive/landmine/IED",
    "explosive device": "Remote explosive/landmine/IED",
    "car bomb": "Remote explosive/landmine/IED",
    "grenade": "Grenade",
    "suicide bomber": "Suicide bomb",
    "suicide bombing": "Suicide bomb",
    "chemical weapon": "Chemical weapon",
    # Battles
    "fighting": CLASH,
    "fight": CLASH,
    "clash": CLASH,
    "battle": CLASH,
    "firefight": CLASH,
    "skirmish": CLASH,
    "counterattack": CLASH,
    "assault": CLASH,
    "enter": CLASH,
    "advance": CLASH,
    "storm": CLASH,
    "capture": TAKEOVER,
    "seize": TAKEOVER,
    "occupy": TAKEOVER,
    "take control": TAKEOVER,
    "took control": TAKEOVER,
    "taken control": TAKEOVER,
    "have control": TAKEOVER,
    "has control": TAKEOVER,
    "had control": TAKEOVER,
    "full control": TAKEOVER,
    "in russian hands": TAKEOVER,
    "liberate": REGAIN,
    "liberation": REGAIN,  # "the liberation of Kherson" (a place must follow: triggers)
    "recapture": REGAIN,
    "retake": REGAIN,
    "regain": REGAIN,
    # Violence against civilians
    "execute": "Attack",
    "abduct": "Abduction/forced disappearance",
    "kidnap": "Abduction/forced disappearance",
    "rape": "Sexual violence",
    # Protests and riots
    "protest": "Peaceful protest",
    "rally": "Peaceful protest",
    "demonstration": "Peaceful protest",
    "protester": "Peaceful protest",
    "riot": "Violent demonstration",
    "rioter": "Violent demonstration",
    "lynch": "Mob violence",
    # More of the codebook's vocabulary, by sub-type (ACLED Codebook 2023, section 3).
    "chemical attack": "Chemical weapon",
    "sarin": "Chemical weapon",
    "chlorine gas": "Chemical weapon",
    "mustard gas": "Chemical weapon",
    "gas attack": "Chemical weapon",
    "poisonous gas": "Chemical weapon",
    "nerve agent": "Chemical weapon",
    "poison gas": "Chemical weapon",
    "toxic gas": "Chemical weapon",
    "suicide attack": "Suicide bomb",
    "suicide attacker": "Suicide bomb",
    "blew himself up": "Suicide bomb",
    "blew herself up": "Suicide bomb",
    "blew themselves up": "Suicide bomb",
    "explosive vest": "Suicide bomb",
    "suicide vest": "Suicide bomb",
    "roadside bomb": "Remote explosive/landmine/IED",
    "improvised explosive": "Remote explosive/landmine/IED",
    "land mine": "Remote explosive/landmine/IED",
    "booby trap": "Remote explosive/landmine/IED",
    "bomb exploded": "Remote explosive/landmine/IED",
    "bomb went off": "Remote explosive/landmine/IED",
    "air raid": "Air/drone strike",
    "airstrikes": "Air/drone strike",
    "air strikes": "Air/drone strike",
    "warplanes": "Air/drone strike",
    "helicopter gunship": "Air/drone strike",
    "drone strike": "Air/drone strike",
    "massacre": "Attack",
    "behead": "Attack",
    "shot dead": "Attack",
    "taken hostage": "Abduction/forced disappearance",
    "held hostage": "Abduction/forced disappearance",
    "forcibly disappeared": "Abduction/forced disappearance",
    "sexual assault": "Sexual violence",
    "sexually assaulted": "Sexual violence",
    "sexual violence": "Sexual violence",
    "demonstrator": "Peaceful protest",
    "sit-in": "Peaceful protest",
    "march": "Peaceful protest",
    "mob": "Mob violence",
    "vigilante": "Mob violence",
    "truce": "Agreement",
    "agreement": "Agreement",
    "treaty": "Agreement",
    "redeploy": "Change to group/activity",
    "merger": "Change to group/activity",
    "rename": "Change to group/activity",
    "cease-fire": "Agreement",
    "peace agreement": "Agreement",
    "peace deal": "Agreement",
    "peace accord": "Agreement",
    "signed an agreement": "Agreement",
    "agreed to": "Agreement",
    "prisoner swap": "Agreement",
    "apprehend": "Arrests",
    "taken into custody": "Arrests",
    "merge": "Change to group/activity",
    "disband": "Change to group/activity",
    "dissolve": "Change to group/activity",
    "pledged allegiance": "Change to group/activity",
    "defect": "Change to group/activity",
    "new leader": "Change to group/activity",
    "join forces": "Change to group/activity",
    "joined forces": "Change to group/activity",
    "joining forces": "Change to group/activity",
    "set up a base": "Headquarters or base established",
    "established a base": "Headquarters or base established",
    "set up camp": "Headquarters or base established",
    "set up checkpoints": "Headquarters or base established",
    "new headquarters": "Headquarters or base established",
    "plunder": "Looting/property destruction",
    "ransack": "Looting/property destruction",
    "set fire to": "Looting/property destruction",
    "set ablaze": "Looting/property destruction",
    "torched": "Looting/property destruction",
    "vandalise": "Looting/property destruction",
    "vandalize": "Looting/property destruction",
    "demolish": "Looting/property destruction",
    "pulled out": "Non-violent transfer of territory",
    "handed over": "Non-violent transfer of territory",
    "without a fight": "Non-violent transfer of territory",
    "defuse": "Disrupted weapons use",
    "defused": "Disrupted weapons use",
    "foiled": "Disrupted weapons use",
    "thwarted": "Disrupted weapons use",
    "weapons cache": "Disrupted weapons use",
    "arms cache": "Disrupted weapons use",
    "seized weapons": "Disrupted weapons use",
    "ambush": "Armed clash",
    "gunfight": "Armed clash",
    "exchange of fire": "Armed clash",
    "exchanged fire": "Armed clash",
    # Strategic developments
    "evacuate": "Other",
    "evacuation": "Other",
    "arrest": "Arrests",
    "detain": "Arrests",
    "ceasefire": "Agreement",
    "prisoner exchange": "Agreement",
    "shoot down": "Disrupted weapons use",
    "shot down": "Disrupted weapons use",
    "downed": "Disrupted weapons use",
    "air defence": "Disrupted weapons use",
    "air defense": "Disrupted weapons use",
    "intercept": "Disrupted weapons use",
    "loot": "Looting/property destruction",
    "pillage": "Looting/property destruction",
    "withdraw": "Non-violent transfer of territory",
    "retreat": "Non-violent transfer of territory",
    # The codebook's own words for each sub-type, continued (ACLED Codebook 2023, section 3).
    "demonstrate": "Peaceful protest",
    "picket": "Peaceful protest",
    "dharna": "Peaceful protest",
    "human chain": "Peaceful protest",
    "took to the streets": "Peaceful protest",
    "take to the streets": "Peaceful protest",
    "taken to the streets": "Peaceful protest",
    "disperse": "Peaceful protest",  # dispersing a crowd: its response words type it
    "pelt": "Violent demonstration",
    "stone pelting": "Violent demonstration",
    "stone-pelting": "Violent demonstration",
    "lynching": "Mob violence",
    "beat to death": "Mob violence",
    "beaten to death": "Mob violence",
    "burned alive": "Mob violence",
    "burnt alive": "Mob violence",
    "jungle justice": "Mob violence",
    "mob justice": "Mob violence",
    "exchanged gunfire": "Armed clash",
    "exchange gunfire": "Armed clash",
    "gun battle": "Armed clash",
    "shootout": "Armed clash",
    "shoot-out": "Armed clash",
    "repel": "Armed clash",
    "repulse": "Armed clash",
    "took back": "Government regains territory",
    "take back": "Government regains territory",
    "taken back": "Government regains territory",
    "regained control": "Government regains territory",
    "restored control": "Government regains territory",
    "restored government control": "Government regains territory",
    "reclaim": "Government regains territory",
    "overrun": "Non-state actor overtakes territory",
    "took over": "Non-state actor overtakes territory",
    "take over": "Non-state actor overtakes territory",
    "taken over": "Non-state actor overtakes territory",
    "chlorine": "Chemical weapon",
    "poisonous substance": "Chemical weapon",
    "toxic substance": "Chemical weapon",
    "chemical agent": "Chemical weapon",
    "chemical munition": "Chemical weapon",
    "aerial bombardment": "Air/drone strike",
    "bombing raid": "Air/drone strike",
    "suicide bomb": "Suicide bomb",
    "suicide car bomb": "Suicide bomb",
    "suicide truck bomb": "Suicide bomb",
    "suicide blast": "Suicide bomb",
    "suicide explosion": "Suicide bomb",
    "explosive belt": "Suicide bomb",
    "magnetic bomb": "Remote explosive/landmine/IED",
    "sticky bomb": "Remote explosive/landmine/IED",
    "unexploded ordnance": "Remote explosive/landmine/IED",
    "unexploded shell": "Remote explosive/landmine/IED",
    "remotely detonated": "Remote explosive/landmine/IED",
    "remote-controlled bomb": "Remote explosive/landmine/IED",
    "planted bomb": "Remote explosive/landmine/IED",
    "bomb planted": "Remote explosive/landmine/IED",
    "mine blast": "Remote explosive/landmine/IED",
    "mine exploded": "Remote explosive/landmine/IED",
    "gang-rape": "Sexual violence",
    "gang-raped": "Sexual violence",
    "gang rape": "Sexual violence",
    "sexually abused": "Sexual violence",
    "sexual abuse": "Sexual violence",
    "hacked to death": "Attack",
    "assassinate": "Attack",
    "assassination": "Attack",
    "stab": "Attack",
    "abduction": "Abduction/forced disappearance",
    "kidnapping": "Abduction/forced disappearance",
    "enforced disappearance": "Abduction/forced disappearance",
    "went missing": "Abduction/forced disappearance",
    "swap": "Agreement",
    "exchanged prisoners": "Agreement",
    "exchange of prisoners": "Agreement",
    "peace pact": "Agreement",
    "nab": "Arrests",
    "rounded up": "Arrests",
    "round up": "Arrests",
    "deploy": "Change to group/activity",
    "deployment": "Change to group/activity",
    "reinforcement": "Change to group/activity",
    "recruit": "Change to group/activity",
    "recruitment": "Change to group/activity",
    "broke away": "Change to group/activity",
    "broken away": "Change to group/activity",
    "breaking away": "Change to group/activity",
    "breakaway": "Change to group/activity",
    "splinter": "Change to group/activity",
    "formed a new": "Change to group/activity",
    "laid down their arms": "Change to group/activity",
    "laying down its arms": "Change to group/activity",
    "laying down their arms": "Change to group/activity",
    "lay down their arms": "Change to group/activity",
    "lay down arms": "Change to group/activity",
    "surrender": "Change to group/activity",
    "military operation": "Change to group/activity",
    "search operation": "Change to group/activity",
    "combing operation": "Change to group/activity",
    "cordon and search": "Change to group/activity",
    "clearance operation": "Change to group/activity",
    "safely detonated": "Disrupted weapons use",
    "controlled explosion": "Disrupted weapons use",
    "controlled detonation": "Disrupted weapons use",
    "bomb disposal": "Disrupted weapons use",
    "bomb squad": "Disrupted weapons use",
    "interception": "Disrupted weapons use",
    "burned down": "Looting/property destruction",
    "burnt down": "Looting/property destruction",
    "burn down": "Looting/property destruction",
    "raze": "Looting/property destruction",
    "arson": "Looting/property destruction",
    "vandalism": "Looting/property destruction",
    "abandon": "Non-violent transfer of territory",
    "handed control": "Non-violent transfer of territory",
    "hand over": "Non-violent transfer of territory",
    "handover": "Non-violent transfer of territory",
    "ceded": "Non-violent transfer of territory",
    "vacate": "Non-violent transfer of territory",
    "displace": "Other",
    "displacement": "Other",
    "fled their homes": "Other",
    "flee their homes": "Other",
    "fleeing their homes": "Other",
    "state of emergency": "Other",
    "martial law": "Other",
    "curfew": "Change to group/activity",
    "downed tools": "Peaceful protest",  # workers stopping work
    "down tools": "Peaceful protest",  # a government changing what people may do
    "prison break": "Other",
    "jailbreak": "Other",
    "vigil": "Peaceful protest",
    "sexually assaulting": "Sexual violence",
    "sexually assault": "Sexual violence",
    "alliance": "Change to group/activity",
    "whereabouts unknown": "Abduction/forced disappearance",
    "whereabouts remain unknown": "Abduction/forced disappearance",
    "set alight": "Looting/property destruction",
    "exchange fire": "Armed clash",
    "exchanges fire": "Armed clash",
    "unilateral ceasefire": "Change to group/activity",  # one side's posture, not a deal
    "mustard agent": "Chemical weapon",
    "took into custody": "Arrests",
    "take into custody": "Arrests",
    "takes into custody": "Arrests",
    # Everyday paraphrases in wire and local copy, from our own snippets written in the style
    # of reports from South Asia, the Middle East and Africa (tests/events/typing_regions/).
    "gunbattle": "Armed clash",
    "gun-battle": "Armed clash",
    "gun duel": "Armed clash",
    "traded fire": "Armed clash",
    "traded gunfire": "Armed clash",
    "trading fire": "Armed clash",
    "gunned down": "Attack",
    "opened fire on civilians": "Attack",
    "slit the throats": "Attack",
    "carried off": "Abduction/forced disappearance",
    "snatched": "Abduction/forced disappearance",
    "whisked away": "Abduction/forced disappearance",
    "unknown location": "Abduction/forced disappearance",
    "unknown destination": "Abduction/forced disappearance",
    "held incommunicado": "Abduction/forced disappearance",
    "suicide belt": "Suicide bomb",
    "explosives vest": "Suicide bomb",
    "explosive-laden vest": "Suicide bomb",
    "explosives belt": "Suicide bomb",
    "strapped to his body": "Suicide bomb",
    "strapped to her body": "Suicide bomb",
    "into custody": "Arrests",
    "carted away": "Arrests",
    "bundled into police": "Arrests",
    "threw stones": "Violent demonstration",
    "hurled stones": "Violent demonstration",
    "throwing stones": "Violent demonstration",
    "hurling stones": "Violent demonstration",
    "erected barricades": "Violent demonstration",
    "burned tyres": "Violent demonstration",
    "burning tyres": "Violent demonstration",
    "burned tires": "Violent demonstration",
    "burning tires": "Violent demonstration",
    "filled the streets": "Peaceful protest",
    "chanting": "Peaceful protest",
    "reduced to ashes": "Looting/property destruction",
    "sabotage": "Looting/property destruction",
    "sabotaged": "Looting/property destruction",
    "defection": "Change to group/activity",
    "dissolution": "Change to group/activity",
    "mobilisation": "Change to group/activity",
    "conscript": "Change to group/activity",
    "conscription": "Change to group/activity",
    "mobilization": "Change to group/activity",
    "chemical exposure": "Chemical weapon",
    "choking gas": "Chemical weapon",
    "poison-gas": "Chemical weapon",
    "irritant": "Chemical weapon",
    # Session 13: more ways of telling the same events, by kind (weapons, crowds, control).
    "projectile": SHELLING,
    "quadcopter": AIR,
    "paraglider": AIR,
    "unmanned aerial vehicle": AIR,
    "unmanned aircraft": AIR,
    "barrel bomb": AIR,
    "rampage": "Violent demonstration",
    "marcher": "Peaceful protest",
    "mass grave": "Other",
    "in control of": TAKEOVER,
    "under the control of": TAKEOVER,
    "under their control": TAKEOVER,
    "joint command": "Change to group/activity",
    "booby-trap": "Remote explosive/landmine/IED",
    "booby-trapped": "Remote explosive/landmine/IED",
    "water cannon": "Peaceful protest",  # crowd control: the response words type it
    "rubber bullets": "Peaceful protest",
    "thwart": "Disrupted weapons use",
    "flash mob": "Peaceful protest",
    "tear gas": "Peaceful protest",
    "teargas": "Peaceful protest",
    "molest": "Sexual violence",
    "sexual torture": "Sexual violence",
    "sexual slavery": "Sexual violence",
    "sexual exploitation": "Sexual violence",
}

#: Irregular forms of trigger verbs the parser may not lemmatise ("retook", "overran").
IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {
    "retake": ("retook", "retaken", "retaking"),
    "overrun": ("overran", "overrunning"),
    "rape": ("raped", "raping", "rapes"),
    "shoot down": ("shoots down",),
    "lay down arms": ("laid down arms",),
}

#: Nouns that, after "attack"/"strike" in the same sentence, say which kind it was; a bare
#: "attack"/"strike" on a place with none of them is read as shelling (ACLED's commonest coding
#: of unspecified remote attacks on Ukrainian towns).
GENERIC_ATTACK = frozenset({"attack", "strike", "hit", "struck"})

#: Trigger words as modifiers of these nouns do not report an event ("artillery positions").
NON_EVENT_HEADS = frozenset(
    """position positions launcher launchers operator operators unit units system systems
    battery batteries factory plant crew crews defence defense shelter shelters police gear
    squad squads shield shields footage video videos images camera cameras officer officers
    policeman policemen control unit capability capabilities capacity range ranges weapon
    weapons package packages group groups force forces warrant warrants drone drones rifle
    rifles helicopter helicopters""".split()
)

#: Words for weapons, as ACLED notes name them.
WEAPONS: dict[str, str] = {
    "missile": "missile",
    "rocket": "rocket",
    "artillery": "artillery",
    "shell": "artillery",
    "shelling": "artillery",
    "mortar": "mortar",
    "drone": "drone",
    "shahed": "drone",
    "geran": "drone",
    "loitering munition": "drone",
    "uav": "drone",
    "guided bomb": "guided bomb",
    "glide bomb": "guided bomb",
    "aerial bomb": "aerial bomb",
    "airstrike": "air strike",
    "air strike": "air strike",
    "tank": "tank",
    "grenade": "grenade",
    "landmine": "landmine",
    "mine": "landmine",
}

#: Words showing the target was civilian (ACLED's civilian_targeting).
CIVILIAN_WORDS = frozenset(
    """civilian civilians residential apartment apartments house houses home homes school
    hospital market shop store neighborhood neighbourhood dwelling residents children
    passenger passengers pilgrims worshippers motorists""".split()
)

#: Words that make a sentence a tally or a frequency, not an event (GOLD.md "not events").
AGGREGATE_PATTERNS: tuple[str, ...] = (
    r"\bevery (?:day|night|week)\b",
    r"\b(?:over|in|during) the (?:past|last) (?:\w+ )?(?:months?|weeks|years?)\b",
    r"\bfor (?:several |many )?(?:months|years|weeks)\b",
    r"\bsince the (?:start|beginning) of\b",
    r"\bin total\b",
    r"\bso far this\b",
    r"\bsuch attacks\b",
    r"\bnumerous\b",
    r"\bin recent (?:days|weeks|months)\b",
    # what the war as a whole did: "displaced by the war", "left the country due to the war"
    r"\b(?:by|throughout|due to|because of) the (?:\w+ )?(?:war|invasion|conflict|occupation)\b",
    # a people counted in millions or tens of thousands: "millions have been displaced"
    r"\b(?:millions|tens of thousands|hundreds of thousands)\b(?:\W+\w+){0,4}?\W+"
    r"(?:have|has) (?:been|already)\b",
)
#: A report placed in a series ("the latest in a string of such attacks") is still one report:
#: left out before AGGREGATE_PATTERNS are looked for.
LATEST_OF = r"\b(?:the )?(?:latest|last|newest|third|fourth|fifth) (?:in|of) (?:a |an )?(?:\w+ )?(?:string|series|spate|wave|number|chain) of [^,.;]*"

#: A place's state told with a duration ("the town, held by jihadists for weeks"): not a tally,
#: left out before AGGREGATE_PATTERNS are looked for.
HELD_FOR = (
    r"\b(?:held|controlled|occupied|besieged|under (?:\w+ )?control|in (?:\w+ )?hands)\b"
    r"(?:\W+\w+){0,4}?\W+for (?:several |many |some )?(?:days|months|years|weeks)\b"
)

#: Words marking a report of the past, not of the news itself (event `current` = False).
BACKGROUND_PATTERNS: tuple[str, ...] = (
    r"\bin (?:19|20)\d\d\b",
    r"\bearly in the war\b",
    r"\b(?:weeks|months|years|a week|a month|a year) ago\b",
    r"\blast year\b",
    r"\ba decade\b",
)

#: Verbs and phrases that introduce who said it ("X said", "according to X").
SPEECH_VERBS = frozenset(
    "say tell report confirm claim announce state write add post assure recount".split()
)
#: Words that put a claim in dispute (`claim_status` = "contested"): a denial, or the other
#: side calling the report staged or fake ("a provocation staged by …", "dismissed as fake").
DISPUTE_WORDS = frozenset(
    """deny denied denies denying refute refuting refuted refutes dispute disputed disputes
    staged provocation provocations fake fakes fabricated fabrication hoax""".split()
)
#: The speaker of the report rebutting someone else ("…, he said, denying the army's claims"):
#: the report itself is the speaker's own, not denied.
SPEAKER_REBUTTAL = (
    r"\b(?:said|says|assures?|assured|added|adds|insisted|insists|wrote|writes),?\s+(?:refuting|"
    r"denying|rejecting|dismissing|disputing)\b[^.;]*"
)
#: Rejecting or dismissing a report, not any proposal ("rejected the annexation as illegal").
DISMISSAL = (
    r"\b(?:reject|rejected|rejects|dismiss|dismissed|dismisses)\s+(?:the\s+|these\s+|those\s+|"
    r"such\s+|(?:russian|ukrainian|his|her|its|their)\s+)?(?:claims?|reports?|allegations?|"
    r"accusations?)\b|\bdismisse[sd]\s+(?:\w+\s+){0,3}?as\b"
)
#: A standing denial of a policy ("Russia denies targeting civilians"), not of one report.
POLICY_DENIAL = (
    r"\bden(?:y|ies|ied)\s+(?:\w+ly\s+)?(?:targeting|attacking|striking|hitting|shelling)\b"
)

#: Objects whose destruction is a strike on them ("destroyed an ammunition depot"): remote
#: violence, as ACLED codes the defence ministries' reports of hitting depots.
STRIKE_OBJECTS = frozenset(
    """depot depots warehouse warehouses arsenal arsenals stockpile stockpiles ammunition
    hangar hangars""".split()
)

#: Targets that make a generic "attack" a clash of armed sides, not remote fire on a town.
MILITARY_TARGETS = frozenset(
    """checkpoint checkpoints convoy convoys base bases outpost outposts post posts patrol
    patrols soldiers troops army positions barracks garrison""".split()
)
#: Words of close, personal violence: a generic "attack" with them on civilians is ACLED's
#: Violence against civilians / Attack.
CLOSE_VIOLENCE_WORDS = frozenset(
    """gunmen armed shot stabbed stabbing machete machetes knife beat beaten hacked
    executed beheaded massacre massacred""".split()
)

#: In a protest, the authorities' response decides the sub-type (ACLED Codebook 2023): force
#: that kills or maims is "Excessive force against protesters", any other intervention (arrests,
#: tear gas, dispersal) "Protest with intervention"; violence by the crowd makes it a riot.
PROTEST_FORCE_WORDS = frozenset(
    """killed killing shot dead died live ammunition beat beaten brutally wounded
    injured injuring wounding hospitalised hospitalized clubbed crushing crushed trampled
    """.split()
)
PROTEST_INTERVENTION_WORDS = frozenset(
    """dispersed disperse arrested detained tear gas teargas cannon rubber bullets
    batons baton baton-charged lathi-charged lathicharged dispersing detaining arresting
    stopped forcibly""".split()
)
RIOT_WORDS = frozenset(
    """stones rocks pelted hurled torched vandalised vandalized looted smashed clashed clashes
    burning burned petrol molotov projectiles threw thrown throwing violent violence debris
    barricades rioting unrest vandalism arson ablaze stormed tyres tires bricks ransacked
    torching burnt vandalising vandalizing pelting looting""".split()
)
PROTEST_TYPES = frozenset(
    {
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
        "Violent demonstration",
        "Mob violence",
    }
)

#: Patterns that name a sub-type by a verb and its object together (regex over the lower-cased
#: sentence; ACLED Codebook 2023): seizing or finding weapons is "Disrupted weapons use" (not
#: seizing ground), setting up a base or post is "Headquarters or base established".
_WEAPON_NOUNS = (
    r"(?:fire ?arms?|guns?|rifles?|pistols?|ammunition|rounds|explosives?|explosive devices?|"
    r"bombs?|ieds?|mines|landmines?|anti-\w+ mines?|grenades?|weapons?|arms|rockets|missiles|"
    r"drones)"
)
#: ACLED's "Other" strategic developments told by what was shut, cut off, banned or dropped:
#: an airport or border closed, the internet shut down, water or power cut off, leaflets
#: dropped, rallies banned. One alternation, so the sentence is scanned once.
OTHER_PATTERN = "|".join(
    (
        r"\b(?:airports?|border crossings?|borders?|crossings?|seaports?|harbou?rs?)\b(?:\s+\w+){0,2}?"
        r"\s+(?:was|were|has been|have been|had been|remains?|remained)\s+(?:closed|shut)\b",
        r"\b(?:closed|shut|closure of|closing)\s+(?:the\s+|its\s+)?(?:\w+\s+){0,3}?(?:airport|"
        r"border|border crossing|crossing)s?\b",
        r"\b(?:internet|mobile data|mobile networks?|phone)(?:\s+\w+){0,2}?\s+(?:was|were|has been|"
        r"have been|had been|remained?)\s+(?:suspended|cut|shut down|blocked)\b",
        r"\b(?:road|highway|route)s?\b(?:\s+\w+){0,2}?\s+(?:remained|remains|was|were)\s+"
        r"(?:closed|blocked)\b",
        r"\b(?:shut|shutting|cut|cutting|suspend\w*|block\w*|restrict\w*)\s+(?:down\s+|off\s+)?"
        r"(?:the\s+|all\s+)?(?:\w+\s+){0,2}?(?:internet|mobile networks?|phone lines|"
        r"telecommunications)\b",
        r"\b(?:internet|communications?) (?:shutdown|blackout|cut)s?\b",
        r"\b(?:cut|cuts|cutting) off (?:the\s+)?(?:\w+\s+){0,2}?(?:road|highway|route)s?\b",
        r"\b(?:water|electricity|power|fuel|food)(?:\s+(?:and|or)\s+(?:water|electricity|power|"
        r"fuel|food))?(?:\s+suppl(?:y|ies))?\s+(?:was|were|has been|have been|had been)\s+"
        r"(?:cut off|cut|shut off|halted)\b",
        r"\bcut(?: off)? (?:the\s+)?(?:water|electricity|power)(?:\s+(?:and|or)\s+(?:water|"
        r"electricity|power))?(?:\s+suppl(?:y|ies))?\b",
        r"\bsuspend\w*\s+(?:all\s+)?(?:\w+\s+)?flights\b",
        r"\bleaflets?\b(?:\W+\w+){0,2}?\W+(?:dropped|distributed|scattered)\b|"
        r"\b(?:dropped|scattered|distributed|handed out)\s+(?:\w+\s+)?leaflets\b",
        r"\b(?:bann?(?:ed|s)?|prohibit\w*|outlaw\w*|forb[ia]d\w*)\s+(?:all\s+)?(?:\w+\s+)?"
        r"(?:rallies|protests|demonstrations|gatherings|marches|assemblies)\b",
        r"\b(?:bann?(?:ed|s)?|suspend\w*|outlaw\w*)\s+(?:all\s+)?(?:\w+\s+){0,2}?(?:party|parties)"
        r"(?:\s+activities)?\b",
        r"\bbann?(?:ed|s)?\s+(?:\w+\s+){0,2}?from\s+\w+ing\b",  # "banned girls from attending"
    )
)

PATTERN_TRIGGERS: tuple[tuple[str, str], ...] = (
    (
        r"\b(?:seiz\w*|confiscat\w*|recover\w*|f[oi]und|discover\w*|defus\w*|dismantl\w*|"
        r"clear(?:ed|ing|s)?)\b"
        r"(?:\W+\w+){0,6}?\W+" + _WEAPON_NOUNS + r"\b",
        "Disrupted weapons use",
    ),
    (
        r"\b" + _WEAPON_NOUNS + r"(?:\W+\w+){0,4}?\W+(?:were|was|have been|had been) "
        r"(?:seized|confiscated|found|discovered|recovered|defused)\b",
        "Disrupted weapons use",
    ),
    (
        # "explosives seized from a hideout", "a would-be suicide bomber": weapons not used
        r"\b" + _WEAPON_NOUNS + r"\s+(?:seized|confiscated|recovered)\b|\bwould-be (?:suicide )?"
        r"(?:bombers?|attackers?)\b",
        "Disrupted weapons use",
    ),
    (
        r"\b(?:named|appointed|elected|chose)\s+(?:a\s+)?(?:new\s+)?(?:\w+\s+)?(?:leader|commander|"
        r"chief|head|emir)\b",
        "Change to group/activity",  # a group's new leadership
    ),
    (
        r"\b(?:drove|driven|pushed|forced|chased|expelled)\b(?:\W+\w+){0,6}?\W+out of\b",
        "Non-state actor overtakes territory",  # who drove whom out decides the direction
    ),
    (
        r"\b(?:withdr[ae]wn?|pulled out|relocated?)\b(?:\W+\w+){0,4}?\W+from (?:a |an |the |its |their )?"
        r"(?:\w+ ){0,2}(?:base|post|outpost|headquarters|camp)s?\b",
        "Change to group/activity",  # leaving a base changes a group's posture, not the map
    ),
    (
        r"\b(?:set up|setting up|established?|establishing|opened|built|building)\s+(?:a |an )?"
        r"(?:new )?(?:\w+ ){0,2}(?:base|post|outpost|headquarters|camp|checkpoint|"
        r"command cent(?:re|er))s?\b",
        "Headquarters or base established",
    ),
    (
        r"\b(?:took|taken|take|takes|taking) up positions? (?:at|in)\b",
        "Headquarters or base established",
    ),
    (
        r"\b(?:took|taken) (?:over )?(?:the |a )?(?:\w+ )?(?:village|town|city|"
        r"district|area|settlement|locality|hill|airport|base|outpost)s?\b",
        "Non-state actor overtakes territory",  # who took it decides the direction
    ),
    (
        r"\b(?:released?|freed|frees?|set free)\b(?:\W+\w+){0,5}?\W+(?:prisoners|detainees|"
        r"captives|hostages|abductees|students|pows)\b(?:\W+\w+){0,6}?\W+(?:deal|agreement|"
        r"negotiations?|talks|swap|exchange)\b",
        "Agreement",  # a release that a deal or talks obtained
    ),
    (
        r"\b(?:brokered|mediated|reached|signed|accepted|struck|agreed)\b(?:\W+\w+){0,4}?\W+"
        r"(?:deal|accord|pact|truce|ceasefire|agreement|settlement)\b",
        "Agreement",
    ),
    (
        r"\b(?:handed|transferred|ceded)\b(?:\W+\w+){0,5}?\W+(?:control|base|camp|town|city|"
        r"area|territory|district|positions?)\b",
        "Non-violent transfer of territory",
    ),
    (
        r"\b(?:left|abandoned|vacated|deserted)\s+(?:the |their |its )?(?:\w+ ){0,2}(?:town|city|"
        r"village|area|base|positions?|district)\b",
        "Non-violent transfer of territory",
    ),
    (
        r"\b(?:escaped|broke out|freed)\b(?:\W+\w+){0,3}?\W+(?:prison|jail|detention)\b",
        "Other",  # a prison break
    ),
    (
        r"\b(?:thousands|hundreds|dozens|residents|families|civilians|people|villagers)\b"
        r"(?:\W+\w+){0,6}?\W+(?:fled|flee|fleeing)\b",
        "Other",  # displacement
    ),
    (
        r"\b(?:sent|moved|dispatched|deployed|brought in|rushed)\b(?:\W+\w+){0,3}?\W+"
        r"(?:additional|more|extra|fresh)\s+(?:troops|units|forces|soldiers|fighters)\b",
        "Change to group/activity",  # reinforcement
    ),
    (
        r"\bexchang\w*\s+(?:\w+\s+){0,3}?(?:prisoners|detainees|captives|pows|bodies)\b",
        "Agreement",  # "exchanged 200 prisoners of war"
    ),
    (
        r"\brecover(?:s|ed|ing)?\s+(?:control of\s+|(?:the\s+)?(?:last\s+|remaining\s+)?"
        r"(?:hilltops|hills|positions|areas|villages|towns|territory|ground)\b|"
        r"(?:the\s+)?(?:town|city|village|district|"
        r"area|region) of\s+|(?!(?:the|a|an|\d+|weapons|arms|bodies|body|ammunition|items|cash|"
        r"vehicles|hostages|stolen|goods)\b)[\w'-]+\s+from\b)",
        "Non-state actor overtakes territory",  # "Army recovers Baga from …": who decides
    ),
    (OTHER_PATTERN, "Other"),
    (
        r"\b(?:impos\w*|la(?:y|id|ying))\s+(?:an?\s+)?(?:\w+\s+)?(?:siege|blockade)\b|"
        r"\bforc\w*\s+(?:\w+\W+){1,8}?to (?:leave|flee|abandon|vacate)\b",
        "Other",  # a siege or blockade imposed, people forced from their homes
    ),
    (
        r"\b(?:end(?:ed|s|ing)?|an end to|call(?:ed|s|ing)? off|abandon\w*|scrap\w*|"
        r"terminat\w*|revok\w*)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:\w+\s+){0,2}?"
        r"(?:ceasefire|truce)\b",
        "Change to group/activity",  # a side ending its truce changes what it does
    ),
    (
        r"\bsplit\s+(?:into\s+(?:two|three|rival|several)|away from|from)\b|"
        r"\b(?:has|have|had)\s+split\b",
        "Change to group/activity",  # a group splitting
    ),
    (
        r"\b(?:hand\w*|turn\w*)\s+(?:in|over)\s+(?:\w+\s+){0,3}?(?:weapons|arms|guns|rifles)\b|"
        r"\bhand\w*\s+(?:\w+\s+){0,3}?(?:weapons|arms|guns|rifles)\s+(?:in|over|to)\b",
        "Change to group/activity",  # fighters disarming
    ),
    (
        r"\b(?:gathered|assembled|converged)\b(?:\W+\w+){0,10}?\W+(?:to (?:denounce|protest|"
        r"demand|condemn|call for|voice|mourn)|holding (?:\w+\s+){0,2}?(?:placards|banners|"
        r"photographs|portraits|pictures|candles|signs))\b",
        "Peaceful protest",  # a gathering told by its purpose or its placards
    ),
    (
        r"\bbeat(?:en)?\b(?:\W+\w+){0,4}?\W+to death\b|\b(?:set|burn(?:ed|t)?)\s+(?:alight|ablaze|"
        r"alive|on fire)\s+(?:a|an|the|two|three|\d+)?\s*(?:\w+\s+){0,2}?(?:man|men|woman|"
        r"women|boy|suspects?|thief|thieves|robbers?)\b",
        "Mob violence",  # a crowd's justice on a suspect
    ),
    (
        r"\b(?:bod(?:y|ies)|corpses?|remains)\b(?:\W+\w+){0,8}?\W+(?:gunshot|bullet|stab|machete|"
        r"knife)\s+(?:wounds?|marks?|injur(?:y|ies))|\b(?:bod(?:y|ies)|corpses?)\b(?:\W+\w+){0,8}?"
        r"\W+(?:signs|marks|traces) of (?:torture|violence|strangulation|beating)\b|"
        r"\bfound\s+(?:dead\s+)?with\s+(?:multiple\s+)?(?:gunshot|bullet|stab|machete)\s+wounds\b",
        "Attack",  # a killing known by the bodies found (ACLED codes it where they are found)
    ),
)

#: Words saying ground changed hands without fighting: a capture with them is a
#: "Non-violent transfer of territory".
NO_FIGHT = (
    r"\bwithout (?:a fight|any fight|fighting|(?:any )?resistance|resisting|a shot|a single shot|"
    r"meeting (?:any )?resistance)\b|\bunopposed\b|\bpeacefully\b|\bno shots? (?:was|were) fired\b|"
    r"\bwithout a shot being fired\b|\bwithout firing (?:a|a single) shot\b|"
    r"\bno (?:fighting|clashes|resistance) (?:took place|was reported|were reported)\b|"
    r"\bunder (?:the|a|an|this|that) (?:\w+ ){0,2}(?:truce|deal|agreement|accord|ceasefire)\b"
)

#: People a crowd is made of: a generic attack with them as its subject is "Mob violence".
CROWD_WORDS = frozenset("crowd crowds mob mobs villagers residents youths locals hooligans".split())
#: People who are not fighters: an attack on them, with no weapon of remote violence named,
#: is ACLED's Violence against civilians / Attack.
PEOPLE_WORDS = frozenset(
    """farmers villagers civilians worshippers passengers travellers travelers miners family
    families women children herders fishermen traders teachers students people man woman
    journalist journalists pastor priest chief worker workers""".split()
)
#: Weapons of remote violence: their presence keeps a generic attack remote.
REMOTE_WEAPON_WORDS = frozenset(
    """missile missiles rocket rockets shell shells shelling artillery mortar mortars howitzer
    howitzers drone
    drones bomb bombs airstrike airstrikes grenade grenades explosive explosives projectile
    projectiles""".split()
)

#: Aircraft words: remote fire from them is an air strike, not shelling (ACLED Codebook 2023).
AIRCRAFT_WORDS = frozenset(
    """jets jet warplanes warplane aircraft planes plane helicopters helicopter bombers
    airstrike airstrikes""".split()
)

# Word classes for telling events by a verb and the kind of its subject or object (session 13):
# the same verb types differently by who does it and to what ("took away 17 worshippers" is an
# abduction, "took the town" a takeover), so the event is told by the classes, not by phrases.

#: Verbs of taking someone away ("took away", "picked up", "led off", "drove off with him").
TAKE_PERSON_VERBS = frozenset("take pick lead drive make carry march bundle grab haul drag".split())
#: Particles that make those verbs a removal ("take away", "pick up", "make off").
TAKE_PARTICLES = frozenset("away off up in".split())
#: People as the object of a verb: taking them is an abduction or an arrest, not ground taken.
PERSON_NOUNS = frozenset(
    """man men woman women child children girl girls boy boys student students official
    officials journalist journalists worker workers priest priests pastor pastors villager
    villagers passenger passengers people person persons trader traders leader leaders hostage
    hostages tourist tourists motorist motorists pupil pupils activist activists minister
    teacher teachers engineer engineers worshipper worshippers member members nun nuns
    missionary missionaries doctor doctors nurse nurses farmer farmers staff relative relatives
    shepherd shepherds civilian civilians resident residents family families traveller
    travellers traveler travelers chief chiefs elder elders lawyer lawyers politician
    candidate cleric imam monk monks youth youths coordinator organiser organisers organizer
    organizers businessman brother sister son sons daughter daughters wife husband father
    mother uncle nephew cousin councillor councillors councilor councilors mayor governor
    lawmaker legislator senator judge prosecutor magistrate headman employee employees driver
    drivers vendor vendors shopkeeper shopkeepers merchant merchants fisherman fishermen miner
    miners pilgrim pilgrims voter voters patient patients volunteer volunteers reporter
    reporters photographer blogger professor lecturer principal headmaster chairman landowner
    schoolteacher labourer labourers migrant migrants refugee refugees defender defenders
    vaccinator vaccinators herder herders physician surgeon midwife pharmacist medic medics
    editor writer musician singer artist footballer contractor contractors cameraman
    him her them he she they""".split()
)
#: Words saying a person taken has not been seen since: a forced disappearance, whoever took them.
DISAPPEARED = (
    r"\b(?:missing|vanish\w*|whereabouts|(?:not|never) (?:disclosed|revealed|said) where|"
    r"unknown (?:location|destination)|not been (?:seen|"
    r"heard)|no (?:word|news|trace)|incommunicado|disappear\w*|den(?:y|ied|ies) (?:holding|"
    r"having|detaining)|has not acknowledged|no authority)\b"
)

#: Verbs of setting up a base and the nouns of what is set up ("erected roadblocks", "opened a
#: command post", "installed a presence").
ESTABLISH_VERBS = frozenset("establish open build erect install construct create set put".split())
BASE_NOUNS = frozenset(
    """base bases headquarters hq camp camps post posts outpost outposts checkpoint
    checkpoints checkpost checkposts roadblock roadblocks bunker bunkers fortification
    fortifications garrison garrisons airbase stronghold strongholds presence office offices
    command trenches position positions""".split()
)
#: Of those, the ones only building makes a base ("built new positions"), not opening.
BUILT_ONLY = frozenset("position positions trenches fortification fortifications".split())
#: Nouns standing for a series of bases ("a network of checkpoints", "a chain of bunkers").
SERIES_NOUNS = frozenset("network chain string series ring line number".split())

#: Verbs of concluding an accord and the nouns of accords ("inked a memorandum").
SIGN_VERBS = frozenset(
    "sign ink initial conclude seal reach strike finalise finalize secure clinch broker".split()
)
ACCORD_NOUNS = frozenset(
    """agreement agreements deal deals accord accords pact pacts truce ceasefire cease-fire
    memorandum protocol treaty declaration settlement roadmap understanding arrangement
    framework consensus compromise mou""".split()
)
#: Words of commerce: an accord with a company is business, not a conflict event.
BUSINESS_WORDS = frozenset(
    """consortium company companies firm firms export exports investment investors loan
    contract contracts trade mining project projects rail railway motorway infrastructure
    energy sponsor sponsors sponsorship club clubs""".split()
)

#: Verbs that drive a side out of a place ("dislodged", "wrested"): ground changing hands.
OUST_VERBS = frozenset("dislodge oust expel evict wrest".split())
OUT_VERBS = frozenset("drive push chase flush force kick sweep".split())
#: Re-prefixed verbs of taking: ground taken back.
RETAKE_VERBS = frozenset("reoccupy reconquer re-enter reenter reseize re-take re-capture".split())
#: Nouns of ground or of a military site: handed over or vacated, territory changes hands.
TERRITORY_NOUNS = frozenset(
    """town towns city cities village villages district districts area areas territory base
    bases camp camps airport airbase headquarters positions position post posts outpost
    outposts garrison barracks control region province hill hilltop hilltops ground facility
    offices office compound""".split()
)

#: Vehicles: one loaded with explosives driven into a target is a suicide bomb.
VEHICLE_NOUNS = frozenset(
    """vehicle vehicles car cars truck trucks lorry minibus van motorcycle motorbike bus tanker
    pickup suv lorries boat boats ship ships vessel vessels dhow dhows canoe canoes""".split()
)
RAM_VERBS = frozenset("ram drive crash plough plow smash slam steer".split())
#: Clothes worn: explosives hidden under them are a suicide bomb.
CLOTHING_NOUNS = frozenset(
    "clothes clothing hijab burqa burka abaya robe robes dress jacket shirt garment chador".split()
)
#: Throwing verbs: an explosive thrown by hand is a grenade.
THROW_VERBS = frozenset("throw hurl lob toss fling".split())
#: Nouns of an explosive charge.
CHARGE_NOUNS = frozenset(
    """explosive explosives bomb bombs device devices ied ieds mine mines landmine landmines
    grenade grenades charge""".split()
)

#: Chemical weapons told by the agent, or by what it did to people: an attack with them is a
#: "Chemical weapon" whatever carried it (ACLED Codebook 2023).
CHEM_AGENTS = frozenset(
    "chloropicrin phosgene sarin chlorine vx tabun soman lewisite mustard-type".split()
)
#: Nouns of a released substance and the words that make it harmful.
GAS_NOUNS = frozenset("gas gases fumes smoke powder cloud substance substances chemicals".split())
HARMFUL_WORDS = frozenset(
    """toxic noxious poisonous pungent irritant foul-smelling choking asphyxiating suffocating
    chemical yellowish greenish yellow green poison""".split()
)
CHEM_SYMPTOMS = (
    r"\b(?:vomit\w*|suffocat\w*|asphyxia\w*|chok(?:ed|ing)|blister\w*|breathing (?:difficult\w*|"
    r"problems)|(?:difficulty|struggl\w+ to|unable to) breathe?\w*|respiratory (?:problems|"
    r"distress|symptoms)|burning eyes|foam\w* at the mouth|convulsions|(?:pinpoint|constricted) "
    r"pupils|no visible (?:wounds|injuries)|dizziness|nausea|fainting|gasping)\b"
)

#: Participants in a fight who are not organised armed groups: communities fighting.
COMMUNAL_WORDS = frozenset(
    """communities community residents youths youth villagers farmers herders locals neighbours
    neighbors hindu muslim christian christians muslims hindus supporters""".split()
)
#: Weapons of a brawl, not of a battle.
CRUDE_WEAPONS = frozenset("sticks stones machetes clubs rods axes bricks knives cudgels".split())
#: Crowds that riot against police ("activists clashed with police").
CIVIL_CROWD_WORDS = frozenset(
    """protesters demonstrators activists supporters workers students youths youth men
    rioters crowd crowds""".split()
)
#: Verbs of gathering and what makes a gathering a protest ("gathered … demanding").
GATHER_VERBS = frozenset(
    "gather assemble converge rally march walk stand sit pitch throng mass parade".split()
)
PROTEST_PURPOSE = frozenset(
    """demand call denounce protest condemn press voice mourn decry oppose urge chant wave
    express show""".split()
)
PROTEST_PROPS = frozenset("placards banners slogans portraits candles torches flags".split())

#: Verbs of leaving a place: by civilians displacement ("Other"), by forces a handover.
LEAVE_VERBS = frozenset("leave flee abandon desert vacate evacuate".split())
#: People who are displaced, not forces that withdraw.
DISPLACED_WORDS = frozenset(
    """families residents people civilians villagers thousands hundreds households women
    children inhabitants""".split()
)

#: Triggers that only say forces moved or operate: another report in the sentence wins.
WEAK_LEMMAS = frozenset("enter advance operation deploy deployment redeploy".split())
