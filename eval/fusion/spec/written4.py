"""Written families 4: Vovchansk battle, Poltava missile (two days apart), Krynky claims, Shebekino."""

from _lib import CIV_UA, RU, UA, A, E, add

VO = "vovchansk-clash-2024-05-14"
add(
    A("fx-vo0514-wire", "Wire", "2024-05-14", "https://wire.example-news.net/world/europe/vovchansk-street-fighting-0514", """
        Street fighting in Ukraine's Vovchansk as Russia pushes in Kharkiv region

        KYIV, May 14 (Wire) - Ukrainian and Russian troops were fighting in the streets of Vovchansk on Tuesday, the head of the town's military administration said, as Russia's offensive in the north-east of the Kharkiv region entered its fifth day.
        """,
      [E(VO, "clash", "Vovchansk", "2024-05-14", ["Ukrainian and Russian troops were fighting in the streets of Vovchansk on Tuesday"], actor2=UA, omit=("fatalities", "injuries"))]),
    A("fx-vo0514-gs", "General Staff of the Armed Forces of Ukraine (summary)", "2024-05-14", "https://gs-summary.example.gov.ua/en/2024-05-14", """
        Operational information as of 22:00, 14 May 2024. In the Kharkiv direction, fighting continues in Vovchansk, where the enemy achieved tactical success; our units are moving to more advantageous positions. 12 combat clashes took place near Vovchansk and Lyptsi.
        """,
      [E(VO, "clash", "Vovchansk", "2024-05-14", ["fighting continues in Vovchansk, where the enemy achieved tactical success"], actor2=UA, attribution=["General Staff"], omit=("fatalities", "injuries")),
       E(None, "clash", "Kharkiv", "2024-05-14", ["12 combat clashes took place near Vovchansk and Lyptsi"], actor2=UA, required=False,
         why_optional="Lyptsi lies 20 km north of Kharkiv; not in cities500, place approximate", omit=("fatalities", "injuries"))]),
    A("fx-vo0515-mt", "NewsFront Europe (translated)", "2024-05-15", "https://newsfront-eu.example.org/en/2024/05/15/volchansk", """
        Battles for Volchansk go on

        Yesterday the Russian units continued the offensive in Volchansk of Kharkov region and have occupied several quarters in the north of the city, the military correspondents inform.
        """,
      [E(VO, "clash", "Vovchansk", "2024-05-14", ["Yesterday the Russian units continued the offensive in Volchansk of Kharkov region"], actor2=UA, attribution=["military correspondents"],
         omit=("fatalities", "injuries"))]),
)

P1 = "poltava-missile-2024-06-27"
P2 = "poltava-drone-2024-06-29"
add(
    A("fx-po0627-gov", "Telegram: Poltava Regional Military Administration", "2024-06-27", "https://t.me.example-gov.org/poltavskaODA/3300", """
        This morning the enemy launched a missile strike on Poltava. An infrastructure object and a dormitory were damaged. 1 person was killed, 8 injured. Filip Pronin
        """,
      [E(P1, "missile", "Poltava", "2024-06-27", ["This morning the enemy launched a missile strike on Poltava", "1 person was killed, 8 injured"], fatalities=1, injuries=8, attribution=["Filip Pronin"])]),
    A("fx-po0627-wire", "Wire", "2024-06-27", "https://wire.example-news.net/world/europe/poltava-missile-0627", """
        Missile strike on central Ukraine's Poltava kills one

        KYIV, June 27 (Wire) - A Russian missile strike on the central Ukrainian city of Poltava killed one person and injured eight on Thursday, the regional governor said.
        """,
      [E(P1, "missile", "Poltava", "2024-06-27", ["A Russian missile strike on the central Ukrainian city of Poltava killed one person and injured eight on Thursday"], fatalities=1, injuries=8,
         attribution=["the regional governor"])]),
    A("fx-po0629-local", "Poltava Vechirnia", "2024-06-29", "https://poltava-vechirnia.example.ua/2024/06/29/shahed-again", """
        Poltava attacked again: drone hits warehouse two days after missile strike

        A Russian Shahed drone hit a warehouse on the outskirts of Poltava early on Saturday, causing a fire but no casualties, the regional administration said. On Thursday a missile strike on the city killed one person and injured eight.
        """,
      [E(P2, "air", "Poltava", "2024-06-29", ["A Russian Shahed drone hit a warehouse on the outskirts of Poltava early on Saturday"], fatalities=None, injuries=None, weapons=["drone"]),
       E(P1, "missile", "Poltava", "2024-06-27", ["On Thursday a missile strike on the city killed one person and injured eight"], fatalities=1, injuries=8)]),
    A("fx-po0629-gov", "Telegram: Poltava Regional Military Administration", "2024-06-29", "https://t.me.example-gov.org/poltavskaODA/3321", """
        At night a UAV hit a warehouse in Poltava. The fire has been extinguished. No one was injured. Filip Pronin
        """,
      [E(P2, "air", "Poltava", "2024-06-29", ["At night a UAV hit a warehouse in Poltava"], fatalities=None, injuries=None, attribution=["Filip Pronin"], weapons=["drone"])]),
)

KR = "krynky-clash-2023-11-20"
add(
    A("fx-kr1120-rumod", "TASS-style: Russian MoD briefing", "2023-11-20", "https://ru-mod-briefing.example.ru/en/news/2023-11-20", """
        In the Kherson direction, units of the Dnepr group of forces thwarted an attempt by the enemy to land near Krynki; up to 40 militants were eliminated and four boats destroyed.
        """,
      [E(KR, "clash", "Krynky", "2023-11-20", ["thwarted an attempt by the enemy to land near Krynki"], actor1=RU, actor2=UA, attribution=["Ministry of Defence"], omit=("fatalities", "injuries"),
         note="'up to 40 militants eliminated' is a one-sided claim of losses")]),
    A("fx-kr1120-ua", "Ukrainian Navy spokesperson (briefing report)", "2023-11-20", "https://ua-army-news.example.gov.ua/en/2023/11/20/navy-left-bank", """
        Navy: marines hold bridgehead on the left bank near Krynky

        Ukrainian marines continue to hold their positions on the left bank of the Dnipro near Krynky and repelled three Russian assaults on Monday, Navy spokesman Dmytro Pletenchuk said. He called Russian reports of a destroyed landing force "fantasies".
        """,
      [E(KR, "clash", "Krynky", "2023-11-20", ["repelled three Russian assaults on Monday", "He called Russian reports of a destroyed landing force"], actor1=RU, actor2=UA,
         claim="contested", attribution=["Dmytro Pletenchuk"], omit=("fatalities", "injuries"))]),
    A("fx-kr1121-wire", "Wire", "2023-11-21", "https://wire.example-news.net/world/europe/krynky-bridgehead-1121", """
        Both sides claim success in fight for Dnipro bridgehead at Krynky

        KYIV, Nov 21 (Wire) - Russia said on Monday it had repelled a Ukrainian landing near the village of Krynky on the east bank of the Dnipro river, while Ukraine's navy said its marines still held the bridgehead. Wire could not verify either claim.
        """,
      [E(KR, "clash", "Krynky", "2023-11-20", ["Russia said on Monday it had repelled a Ukrainian landing near the village of Krynky", "Ukraine's navy said its marines still held the bridgehead"],
         actor2=UA, claim="contested", omit=("actor1", "fatalities", "injuries"))]),
)

SH = "shebekino-shelling-2023-05-22"
add(
    A("fx-sh0522-gladkov", "Telegram: Vyacheslav Gladkov, Belgorod governor", "2023-05-22", "https://t.me.example-gov.org/vvgladkov/3120", """
        Shebekino was shelled from multiple rocket launchers this afternoon. Two women were wounded, a school and 8 houses were damaged.
        """,
      [E(SH, "shell", "Shebekino", "2023-05-22", ["Shebekino was shelled from multiple rocket launchers this afternoon", "Two women were wounded"], actor1=UA, injuries=2, fatalities=None,
         attribution=["Vyacheslav Gladkov"])]),
    A("fx-sh0523-wire", "Wire", "2023-05-23", "https://wire.example-news.net/world/europe/shebekino-shelling-0523", """
        Russian border town of Shebekino shelled, two hurt, governor says

        MOSCOW, May 23 (Wire) - Rocket fire from Ukraine wounded two women and damaged a school in the Russian border town of Shebekino on Monday, Belgorod governor Vyacheslav Gladkov said. Kyiv did not comment.
        """,
      [E(SH, "shell", "Shebekino", "2023-05-22", ["Rocket fire from Ukraine wounded two women and damaged a school in the Russian border town of Shebekino on Monday"], actor1=UA, injuries=2,
         fatalities=None, attribution=["Vyacheslav Gladkov"])]),
)
