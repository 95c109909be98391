"""Written families 3: Lyman x2 (same name, two regions, same day), Chernihiv, Dnipro/Lviv in a
roundup, Izmail, Kyiv rally, Selydove (denied), Kupiansk battle, and a vague weekly report that fits
no single event (a singleton `solo-` cluster)."""

from _lib import CIV_UA, RU, UA, A, E, add

LD = "lyman-donetsk-shelling-2023-11-08"
LK = "lyman-kharkiv-drone-2023-11-08"
add(
    A("fx-ly1108-don", "Telegram: Donetsk Regional Military Administration", "2023-11-08", "https://t.me.example-gov.org/donoda/8107", """
        Lyman hromada: during the day the Russians shelled Lyman with artillery and mortars, a 44-year-old man was wounded, 3 houses damaged. Siversk: 2 houses damaged, no casualties.
        """,
      [E(LD, "shell", "Lyman (Donetsk)", "2023-11-08", ["the Russians shelled Lyman with artillery and mortars, a 44-year-old man was wounded"], injuries=1, fatalities=None),
       E(None, "shell", "Siversk", "2023-11-08", ["Siversk: 2 houses damaged, no casualties"], fatalities=None, injuries=None)]),
    A("fx-ly1109-wire", "Wire", "2023-11-09", "https://wire.example-news.net/world/europe/lyman-front-1109", """
        In Lyman, a year after liberation, shells still fall daily

        LYMAN, Ukraine, Nov 9 (Wire) - Russian artillery wounded a man and damaged three houses in Lyman on Wednesday, Donetsk regional officials said. The railway town in northern Donetsk region was retaken by Ukraine in October 2022 but remains within range of Russian guns about 15 km to the east.
        """,
      [E(LD, "shell", "Lyman (Donetsk)", "2023-11-08", ["Russian artillery wounded a man and damaged three houses in Lyman on Wednesday"], injuries=1, fatalities=None, attribution=["Donetsk regional officials"]),
       E(None, "regain", "Lyman (Donetsk)", "2022-10", ["was retaken by Ukraine in October 2022"], actor1=UA, current=False, precision=3, required=False, why_optional="background",
         omit=("fatalities", "injuries"))]),
    A("fx-ly1108-khr", "Telegram: Kharkiv Regional Military Administration", "2023-11-08", "https://t.me.example-gov.org/synegubov/8830", """
        Chuhuiv district: in the village of Lyman (Zmiiv hromada) a Shahed drone hit an agricultural enterprise, a fire broke out, a 39-year-old worker was injured. Kupiansk: shelling, a private house damaged.
        """,
      [E(LK, "air", "Lyman (Kharkiv)", "2023-11-08", ["in the village of Lyman (Zmiiv hromada) a Shahed drone hit an agricultural enterprise", "a 39-year-old worker was injured"], injuries=1, fatalities=None,
         weapons=["drone"]),
       E(None, "shell", "Kupiansk", "2023-11-08", ["Kupiansk: shelling, a private house damaged"], fatalities=None, injuries=None)]),
    A("fx-ly1109-local", "Slobozhanshchyna News", "2023-11-09", "https://sloboda-news.example.ua/2023/11/09/lyman-zmiiv-shahed", """
        Shahed hits farm near Zmiiv: worker injured, grain store burned

        Yesterday evening a Russian Shahed struck the grain store of a farm in Lyman, a village in the Zmiiv hromada 40 km south of Kharkiv. A 39-year-old worker was injured and about 300 tonnes of sunflower seed burned.
        """,
      [E(LK, "air", "Lyman (Kharkiv)", "2023-11-08", ["Yesterday evening a Russian Shahed struck the grain store of a farm in Lyman, a village in the Zmiiv hromada", "A 39-year-old worker was injured"], injuries=1,
         fatalities=None, weapons=["drone"])]),
)

CH = "chernihiv-missile-2024-10-09"
add(
    A("fx-ch1009-wire", "Wire", "2024-10-09", "https://wire.example-news.net/world/europe/chernihiv-missile-1009", """
        Russian missile hits Chernihiv, three killed

        KYIV, Oct 9 (Wire) - A Russian missile struck the centre of the northern Ukrainian city of Chernihiv on Wednesday morning, killing three people and wounding 19, acting mayor Oleksandr Lomako said. The missile hit near a hotel and a university building.
        """,
      [E(CH, "missile", "Chernihiv", "2024-10-09", ["A Russian missile struck the centre of the northern Ukrainian city of Chernihiv on Wednesday morning", "killing three people and wounding 19"],
         fatalities=3, injuries=19, attribution=["Oleksandr Lomako"])]),
    A("fx-ch1009-wire-synd", "Kyiv Ledger (via Wire)", "2024-10-09", "https://kyivledger.example.com/2024/10/09/chernihiv-strike-wire", """
        Three dead as missile strikes Chernihiv city centre

        KYIV, Oct 9 (Wire) - A Russian missile struck the centre of the northern Ukrainian city of Chernihiv on Wednesday morning, killing three people and wounding 19, acting mayor Oleksandr Lomako said. The missile hit near a hotel and a university building.
        """,
      [E(CH, "missile", "Chernihiv", "2024-10-09", ["A Russian missile struck the centre of the northern Ukrainian city of Chernihiv on Wednesday morning", "killing three people and wounding 19"],
         fatalities=3, injuries=19, attribution=["Oleksandr Lomako"])],
      notes="syndicated copy of fx-ch1009-wire with a different headline (dedup test)"),
    A("fx-ch1010-update", "Chernihiv Today", "2024-10-10", "https://chernihiv-today.example.ua/2024/10/10/toll-five", """
        Toll from Wednesday's missile strike on Chernihiv rises to five

        Two of the people wounded in Wednesday's missile strike on the centre of Chernihiv died in hospital overnight, the regional military administration said on Thursday, bringing the death toll to five. Seventeen people remain in hospital.
        """,
      [E(CH, "missile", "Chernihiv", "2024-10-09", ["Wednesday's missile strike on the centre of Chernihiv", "bringing the death toll to five"], fatalities=5, injuries=None,
         attribution=["regional military administration"], omit=("injuries",), note="17 still in hospital is not the injured total")]),
)

DN = "dnipro-missile-2022-12-29"
LV = "lviv-missile-2022-12-29"
add(
    A("fx-ua1229-roundup", "Wire", "2022-12-29", "https://wire.example-news.net/world/europe/ukraine-missile-barrage-1229", """
        Russia fires more than 120 missiles at Ukraine in one of war's largest barrages

        KYIV, Dec 29 (Wire) - Russia launched one of its largest missile barrages of the war on Thursday, striking cities from Lviv in the west to Odesa in the south, Ukrainian officials said.

        In Kyiv, three people including a 14-year-old girl were wounded when debris hit a house in the Darnytskyi district, Mayor Vitali Klitschko said. In Dnipro, a missile hit a residential street, wounding three. In Lviv, explosions hit energy infrastructure and about 90% of the city was left without power, Mayor Andriy Sadovyi said.

        The air force said it had shot down 54 of 69 cruise missiles.
        """,
      [E(None, "missile", "Kyiv", "2022-12-29", ["three people including a 14-year-old girl were wounded when debris hit a house in the Darnytskyi district"], injuries=3, fatalities=None,
         attribution=["Vitali Klitschko"]),
       E(DN, "missile", "Dnipro", "2022-12-29", ["In Dnipro, a missile hit a residential street, wounding three"], injuries=3, fatalities=None),
       E(LV, "missile", "Lviv", "2022-12-29", ["In Lviv, explosions hit energy infrastructure"], fatalities=None, injuries=None, attribution=["Andriy Sadovyi"]),
       E(None, "missile", "Odesa", "2022-12-29", ["striking cities from Lviv in the west to Odesa in the south"], required=False, why_optional="Odesa only named in a list; no detail",
         omit=("fatalities", "injuries")),
       E(None, "disrupted", "Kyiv", "2022-12-29", ["it had shot down 54 of 69 cruise missiles"], actor1=UA, required=False, why_optional="nationwide tally", omit=("fatalities", "injuries"))]),
    A("fx-dn1229-gov", "Telegram: Valentyn Reznichenko, Dnipropetrovsk governor", "2022-12-29", "https://t.me.example-gov.org/reznichenko/4412", """
        Dnipro. The enemy hit the city with missiles in the morning. A private house was destroyed, several more damaged. 3 people were injured, among them a 10-year-old boy. Air defence destroyed 8 missiles over the region.
        """,
      [E(DN, "missile", "Dnipro", "2022-12-29", ["The enemy hit the city with missiles in the morning", "3 people were injured"], injuries=3, fatalities=None, attribution=["Valentyn Reznichenko"])]),
    A("fx-dn1230-mt", "Novorossiya Vestnik (translated)", "2022-12-30", "https://novoross-vestnik.example.ru/en/2022/12/30/dnepropetrovsk", """
        Yesterday in Dnepropetrovsk the explosions were thundered

        On Thursday morning in Dnepropetrovsk several explosions were heard, the governor of region Reznichenko said about three wounded. In Lvov the electricity was disappeared after impacts on energy objects.
        """,
      [E(DN, "missile", "Dnipro", "2022-12-29", ["On Thursday morning in Dnepropetrovsk several explosions were heard", "three wounded"], injuries=3, fatalities=None, attribution=["Reznichenko"], omit=("actor1",)),
       E(LV, "missile", "Lviv", "2022-12-29", ["In Lvov the electricity was disappeared after impacts on energy objects"], fatalities=None, injuries=None, omit=("actor1",),
         note="no day given for Lviv; the sentence follows Thursday's Dnipro report")]),
    A("fx-lv1229-local", "Lviv Portal", "2022-12-29", "https://lviv-portal.example.ua/2022/12/29/blackout", """
        Explosions in Lviv: substations hit, city without light and water

        Three explosions were heard in Lviv at about 10 a.m. on Thursday. According to Mayor Andriy Sadovyi, Russian missiles hit two energy substations; trams and trolleybuses stopped, water supply was interrupted. No casualties were reported.
        """,
      [E(LV, "missile", "Lviv", "2022-12-29", ["Russian missiles hit two energy substations"], fatalities=None, injuries=None, attribution=["Andriy Sadovyi"])]),
)

IZ = "izmail-drone-2023-08-16"
add(
    A("fx-iz0816-gov", "Telegram: Oleh Kiper, Odesa Regional Military Administration", "2023-08-16", "https://t.me.example-gov.org/odeskaODA/9520", """
        At night the enemy attacked the Izmail district with Shahed drones. Port infrastructure and a grain warehouse were damaged; fires were put out. There were no casualties. Air defence destroyed 13 drones.
        """,
      [E(IZ, "air", "Izmail", "2023-08-16", ["At night the enemy attacked the Izmail district with Shahed drones", "Port infrastructure and a grain warehouse were damaged"], fatalities=None, injuries=None,
         attribution=["Oleh Kiper"])]),
    A("fx-iz0816-ro", "Romania Insider-style", "2023-08-16", "https://ro-insider.example.ro/2023/08/16/izmail-danube-drones", """
        Drone attack on Ukraine's Izmail port across the Danube from Romania

        Russian drones struck the Ukrainian Danube port of Izmail overnight, damaging grain storage, Ukrainian authorities said on Wednesday. Residents of Plauru and other Romanian villages on the opposite bank reported hearing explosions for about two hours. Romania's defence ministry said no drone had entered its airspace.
        """,
      [E(IZ, "air", "Izmail", "2023-08-16", ["Russian drones struck the Ukrainian Danube port of Izmail overnight, damaging grain storage"], fatalities=None, injuries=None,
         attribution=["Ukrainian authorities"])]),
    A("fx-iz0817-wire", "Wire", "2023-08-17", "https://wire.example-news.net/business/commodities/danube-ports-grain-0817", """
        Grain prices climb after new strikes on Ukraine's Danube ports

        LONDON, Aug 17 (Wire) - Wheat futures rose 2% on Thursday after Russian drones hit grain facilities in the Ukrainian Danube port of Izmail for the second time this month on Wednesday, traders said.

        A drone attack on Reni, another Danube port, on Aug. 2 had already disrupted shipments.
        """,
      [E(IZ, "air", "Izmail", "2023-08-16", ["Russian drones hit grain facilities in the Ukrainian Danube port of Izmail for the second time this month on Wednesday"], fatalities=None, injuries=None),
       E(None, "air", "Izmail", "2023-08-02", ["A drone attack on Reni, another Danube port, on Aug. 2"], required=False, why_optional="background; Reni lies 35 km west of Izmail",
         omit=("fatalities", "injuries"), note="located at Izmail for lack of a checked Reni entry; 35 km off")]),
)

KP = "kyiv-pow-rally-2023-10-22"
add(
    A("fx-kp1022-local", "Kyiv Ledger", "2023-10-22", "https://kyivledger.example.com/2023/10/22/free-azov-rally", """
        Hundreds rally on Maidan for prisoners of war

        Several hundred people, most of them relatives of soldiers held in Russian captivity, gathered on Independence Square in Kyiv on Sunday holding portraits and banners reading "Free Azov" and "Don't be silent, captivity kills". Organisers asked the government to speed up exchanges. The rally passed peacefully.
        """,
      [E(KP, "protest", "Kyiv", "2023-10-22", ["Several hundred people, most of them relatives of soldiers held in Russian captivity, gathered on Independence Square in Kyiv on Sunday"],
         actor1="Protesters (Ukraine)", fatalities=None, injuries=None)]),
    A("fx-kp1022-wire", "Wire", "2023-10-22", "https://wire.example-news.net/world/europe/kyiv-pow-families-1022", """
        Families of Ukrainian POWs rally in Kyiv, urge faster swaps

        KYIV, Oct 22 (Wire) - Hundreds of relatives of Ukrainian prisoners of war rallied in central Kyiv on Sunday, urging authorities and international organisations to step up efforts to bring their loved ones home. Similar rallies were held in Lviv and Dnipro.
        """,
      [E(KP, "protest", "Kyiv", "2023-10-22", ["Hundreds of relatives of Ukrainian prisoners of war rallied in central Kyiv on Sunday"], actor1="Protesters (Ukraine)", fatalities=None, injuries=None),
       E(None, "protest", "Lviv", "2023-10-22", ["Similar rallies were held in Lviv and Dnipro"], actor1="Protesters (Ukraine)", omit=("fatalities", "injuries")),
       E(None, "protest", "Dnipro", "2023-10-22", ["Similar rallies were held in Lviv and Dnipro"], actor1="Protesters (Ukraine)", omit=("fatalities", "injuries"))]),
    A("fx-kp1023-mt", "Baltic Digest (translated)", "2023-10-23", "https://baltic-digest.example.lt/en/2023/10/23/kiev-maidan", """
        In Kiev relatives of captives have come on Maidan

        Yesterday in Kiev on Maidan Nezalezhnosti there was an action of relatives of the Ukrainian military men who are in the Russian captivity. Participants demanded exchange "all for all".
        """,
      [E(KP, "protest", "Kyiv", "2023-10-22", ["Yesterday in Kiev on Maidan Nezalezhnosti there was an action of relatives of the Ukrainian military men"], actor1="Protesters (Ukraine)", fatalities=None,
         injuries=None)]),
)

SE = "selydove-missile-2023-06-01"
add(
    A("fx-se0601-gov", "Telegram: Donetsk Regional Military Administration", "2023-06-01", "https://t.me.example-gov.org/donoda/7011", """
        Selydove: at 10:15 the Russians struck the city market with an S-300 missile. 2 people were killed, 9 injured. Shops and a bus were destroyed.
        """,
      [E(SE, "missile", "Selydove", "2023-06-01", ["at 10:15 the Russians struck the city market with an S-300 missile", "2 people were killed, 9 injured"], actor2=CIV_UA, fatalities=2, injuries=9)]),
    A("fx-se0601-wire", "Wire", "2023-06-01", "https://wire.example-news.net/world/europe/selydove-market-0601", """
        Ukraine says Russian missile hit market, Moscow blames Ukrainian air defence

        KYIV, June 1 (Wire) - A missile struck a market in the eastern Ukrainian town of Selydove on Thursday, killing two people and wounding nine, Ukrainian officials said. Russia's defence ministry denied striking the town and said the damage was caused by a Ukrainian air defence missile that fell after a failed launch.
        """,
      [E(SE, "missile", "Selydove", "2023-06-01", ["A missile struck a market in the eastern Ukrainian town of Selydove on Thursday", "Russia's defence ministry denied striking the town"], claim="contested",
         fatalities=2, injuries=9, attribution=["Ukrainian officials"])]),
    A("fx-se0602-rumod", "TASS-style: Russian MoD briefing", "2023-06-02", "https://ru-mod-briefing.example.ru/en/news/2023-06-02", """
        The statements of the Kiev regime that Russian armed forces struck the market in Selidovo on 1 June are a provocation. The Russian armed forces did not carry out any strikes on this settlement. The destruction was caused by the fall of a Ukrainian anti-aircraft guided missile.
        """,
      [E(SE, "missile", "Selydove", "2023-06-01", ["The Russian armed forces did not carry out any strikes on this settlement"], claim="denied", attribution=["Ministry of Defence"], omit=("fatalities", "injuries"),
         note="the MoD denies the strike; the explosion itself is not in dispute")]),
)

KU = "kupiansk-clash-2024-06-10"
add(
    A("fx-ku0610-gs", "General Staff of the Armed Forces of Ukraine (summary)", "2024-06-10", "https://gs-summary.example.gov.ua/en/2024-06-10", """
        Operational information as of 18:00, 10 June 2024. In the Kupiansk direction, the enemy tried to advance near Synkivka and Petropavlivka, north-east of Kupiansk; 7 attacks were repelled, 2 combat clashes are ongoing. In the Kramatorsk direction, one attack near Klishchiivka was repelled.
        """,
      [E(KU, "clash", "Kupiansk", "2024-06-10", ["the enemy tried to advance near Synkivka and Petropavlivka, north-east of Kupiansk", "7 attacks were repelled"], actor2=UA,
         attribution=["General Staff"], omit=("fatalities", "injuries"), note="Synkivka and Petropavlivka lie 8-10 km from Kupiansk; coded at Kupiansk"),
       E(None, "clash", "Kramatorsk", "2024-06-10", ["one attack near Klishchiivka was repelled"], actor2=UA, required=False,
         why_optional="Klishchiivka (south of Bakhmut) is not in cities500; place approximate", omit=("fatalities", "injuries"))]),
    A("fx-ku0611-wire", "Wire", "2024-06-11", "https://wire.example-news.net/world/europe/kupiansk-assaults-0611", """
        Russia presses assaults near Kupiansk, Ukraine says

        KYIV, June 11 (Wire) - Russian forces launched seven assaults on Ukrainian positions near the villages of Synkivka and Petropavlivka outside the north-eastern town of Kupiansk on Monday, Ukraine's General Staff said. Russia's defence ministry said its troops had "improved their tactical position" in the area.
        """,
      [E(KU, "clash", "Kupiansk", "2024-06-10", ["Russian forces launched seven assaults on Ukrainian positions near the villages of Synkivka and Petropavlivka outside the north-eastern town of Kupiansk on Monday"],
         actor2=UA, attribution=["General Staff"], omit=("fatalities", "injuries"))]),
    A("fx-ku0610-rumod", "TASS-style: Russian MoD briefing", "2024-06-10", "https://ru-mod-briefing.example.ru/en/news/2024-06-10", """
        Units of the Zapad group of forces improved their tactical position and defeated manpower and equipment of two mechanised brigades of the Armed Forces of Ukraine in the areas of Sinkovka and Petropavlovka of the Kharkov region. The enemy lost up to 80 servicemen.
        """,
      [E(KU, "clash", "Kupiansk", "2024-06-10", ["in the areas of Sinkovka and Petropavlovka of the Kharkov region"], actor2=UA, attribution=["Ministry of Defence"], omit=("fatalities", "injuries"),
         note="'up to 80 servicemen lost' is a claim of losses (killed and wounded), not a fatality count")]),
)

# A weekly review whose vague battle report fits several precise events of that week: stays alone.
add(
    A("fx-week0613-review", "Eastern Front Weekly", "2024-06-13", "https://eastfront-weekly.example.org/2024/06/13/week-review", """
        Week in review: pressure everywhere, breakthroughs nowhere

        Heavy fighting went on in the Donetsk region last week, with Russian units attacking on at least five axes from Siversk to Vuhledar. Ukrainian commanders describe the situation as "difficult but controlled". No settlement changed hands, according to open-source mapping projects.

        In the north, Russian assaults near Kupiansk on Monday were beaten back, the General Staff said.
        """,
      [E("solo-donetsk-fighting-2024-week23", "clash", "Donetsk Oblast", "2024-06-03", ["Heavy fighting went on in the Donetsk region last week"], actor2=UA, precision=2,
         omit=("fatalities", "injuries"),
         note="TRAP vague report: region and week only, fits many events; a singleton cluster so a wrong merge is scored"),
       E(KU, "clash", "Kupiansk", "2024-06-10", ["Russian assaults near Kupiansk on Monday were beaten back"], actor2=UA, attribution=["General Staff"], omit=("fatalities", "injuries"))]),
)
