"""Written families 2: Kyiv drones, a contested capture claim, Kostiantynivka, Kherson, Belgorod,
Tbilisi protest, El Fasher, Kramatorsk/Sloviansk (same day, 13 km), a vague report that fits one event."""

from _lib import CIV_UA, RU, UA, A, E, add

RUAF = "Military Forces of Russia Air Force"

KY = "kyiv-drone-2024-11-24"
add(
    A("fx-ky1124-kmva", "Telegram: Kyiv City Military Administration", "2024-11-24", "https://t.me.example-gov.org/VA_Kyiv/7710", """
        Another massive drone attack on the capital. The enemy attacked Kyiv with attack UAVs in several groups from different directions. The alert lasted more than 5 hours.

        Preliminarily, in the Solomianskyi district debris of a downed drone fell on a non-residential building, a fire broke out. In the Sviatoshynskyi district debris damaged cars in a parking lot. One person was injured. Serhii Popko
        """,
      [E(KY, "air", "Kyiv", "2024-11-24", ["The enemy attacked Kyiv with attack UAVs in several groups from different directions", "One person was injured"], injuries=1, fatalities=None,
         attribution=["Serhii Popko"], accept_types=["Strategic developments"])]),
    A("fx-ky1124-wire", "Wire", "2024-11-24", "https://wire.example-news.net/world/europe/kyiv-drone-attack-1124", """
        Russia launches drones at Kyiv overnight, one injured

        KYIV, Nov 24 (Wire) - Russia attacked Kyiv with drones for more than five hours overnight into Sunday, injuring one person and setting a warehouse on fire, city officials said.

        Ukraine's air force said it shot down 50 of 73 drones launched at the country; 22 more were "lost" to electronic jamming.
        """,
      [E(KY, "air", "Kyiv", "2024-11-24", ["Russia attacked Kyiv with drones for more than five hours overnight into Sunday", "injuring one person"], injuries=1, fatalities=None,
         attribution=["city officials"], accept_types=["Strategic developments"]),
       E(None, "disrupted", "Kyiv", "2024-11-24", ["it shot down 50 of 73 drones launched at the country"], actor1=UA, required=False, why_optional="nationwide tally, no place", omit=("fatalities", "injuries"))]),
    A("fx-ky1125-mt", "Pravda-Info (translated)", "2024-11-25", "https://pravda-info.example.ru/en/2024/11/25/kiev-night", """
        Kiev again is under attack of drones

        In night to Sunday in Kiev the explosions were heard, the city military administration informed about work of air defence. In the Solomensky district the fragments of drone caused fire of warehouse. One person got wounds.
        """,
      [E(KY, "air", "Kyiv", "2024-11-24", ["In night to Sunday in Kiev the explosions were heard", "One person got wounds"], injuries=1, omit=("actor1", "fatalities"),
         accept_types=["Strategic developments"])]),
)

ST = "staromaiorske-capture-claim-2024-10-09"
add(
    A("fx-st1009-rumod", "TASS-style: Russian MoD briefing", "2024-10-09", "https://ru-mod-briefing.example.ru/en/news/2024-10-09", """
        Briefing of the Ministry of Defence of the Russian Federation, 9 October 2024

        Units of the Vostok group of forces, as a result of active offensive actions, have liberated the settlement of Staromayorskoye in the Donetsk People's Republic. The enemy lost up to 130 servicemen, two tanks and four armoured fighting vehicles.
        """,
      [E(ST, "take", "Staromaiorske", "2024-10-09", ["have liberated the settlement of Staromayorskoye"], attribution=["Ministry of Defence of the Russian Federation"],
         omit=("fatalities", "injuries"), note="the claimed 130 enemy losses are not fatalities of this event as stated")]),
    A("fx-st1009-wire", "Wire", "2024-10-09", "https://wire.example-news.net/world/europe/russia-claims-staromaiorske-1009", """
        Russia says it captured village in south Donetsk region; Ukraine denies

        MOSCOW/KYIV, Oct 9 (Wire) - Russia's defence ministry said on Wednesday its forces had captured the village of Staromaiorske in Ukraine's southern Donetsk region, an area where Ukraine made small gains during its 2023 counteroffensive.

        A spokesperson for Ukraine's Tavria group of forces said the claim was false and that Ukrainian troops still held positions in the village, which had been attacked 14 times in the past day. Wire could not independently verify either account.
        """,
      [E(ST, "take", "Staromaiorske", "2024-10-09", ["its forces had captured the village of Staromaiorske", "the claim was false"], claim="contested",
         attribution=["Russia's defence ministry"], omit=("fatalities", "injuries")),
       E("staromaiorske-clash-2024-10-09", "clash", "Staromaiorske", "2024-10-09", ["which had been attacked 14 times in the past day"], actor2=UA,
         required=False, why_optional="the fighting behind the claim; may be coded with the capture", omit=("fatalities", "injuries"))]),
    A("fx-st1009-ua", "Ukrinform-style: Tavria group statement", "2024-10-09", "https://ua-army-news.example.gov.ua/en/2024/10/09/tavria", """
        Tavria spokesperson: Russian claims about Staromaiorske are fake

        Ukrainian defenders continue to hold Staromaiorske, said Dmytro Lykhovyi, spokesman for the Tavria operational-strategic group of troops, commenting on the statement of the Russian Ministry of Defence. "The village is in the grey zone, the enemy attacked 14 times over the past day, all attacks were repelled," he said.
        """,
      [E(ST, "take", "Staromaiorske", "2024-10-09", ["Russian claims about Staromaiorske are fake"], claim="denied", attribution=["Dmytro Lykhovyi"], omit=("fatalities", "injuries")),
       E("staromaiorske-clash-2024-10-09", "clash", "Staromaiorske", "2024-10-09", ["the enemy attacked 14 times over the past day, all attacks were repelled"], actor2=UA,
         attribution=["Dmytro Lykhovyi"], omit=("fatalities", "injuries"))]),
    A("fx-st1010-prokremlin", "Voennoe Obozrenie (English digest)", "2024-10-10", "https://voenobozr.example.ru/en/2024/10/10/staromayorskoye", """
        Staromayorskoye is ours: what the liberation of the village means for the Vremevka ledge

        Yesterday the Ministry of Defence announced the liberation of Staromayorskoye. The village on the Mokrye Yaly river was the furthest point of the Ukrainian advance in the summer of 2023; now the whole Vremevka ledge is under threat.
        """,
      [E(ST, "take", "Staromaiorske", "2024-10-09", ["Yesterday the Ministry of Defence announced the liberation of Staromayorskoye"], attribution=["Ministry of Defence"], omit=("fatalities", "injuries"),
         note="the event's date is the claim's date; the report does not date the capture itself")]),
)

KO = "kostiantynivka-glide-bombs-2025-03-06"
add(
    A("fx-ko0306-gov", "Telegram: Vadym Filashkin, Donetsk Regional Military Administration", "2025-03-06", "https://t.me.example-gov.org/pavlokyrylenko_donoda/14402", """
        Kostiantynivka. This afternoon the Russians dropped three KAB aerial bombs on the city. Two people were killed, seven injured. A market, 6 private houses and a gas pipeline were damaged. Evacuate, Donetsk region is too dangerous!
        """,
      [E(KO, "air", "Kostiantynivka", "2025-03-06", ["This afternoon the Russians dropped three KAB aerial bombs on the city", "Two people were killed, seven injured"], actor1=RUAF,
         fatalities=2, injuries=7, attribution=["Vadym Filashkin"])]),
    A("fx-ko0306-wire", "Wire", "2025-03-06", "https://wire.example-news.net/world/europe/kostiantynivka-bombs-0306", """
        Russian glide bombs hit market in Ukraine's Kostiantynivka

        KYIV, March 6 (Wire) - Russian glide bombs struck a market and houses in the eastern Ukrainian city of Kostiantynivka on Thursday, killing two people and wounding seven, the Donetsk regional governor said.

        Kostiantynivka lies about 10 km from the front line, which Russian troops have been pushing towards the city from Chasiv Yar and Toretsk.
        """,
      [E(KO, "air", "Kostiantynivka", "2025-03-06", ["Russian glide bombs struck a market and houses in the eastern Ukrainian city of Kostiantynivka on Thursday", "killing two people and wounding seven"],
         actor1=RUAF, fatalities=2, injuries=7, attribution=["the Donetsk regional governor"])]),
    A("fx-ko0307-update", "Donbas Realii (English)", "2025-03-07", "https://donbas-realii.example.org/en/2025/03/07/kostiantynivka-market", """
        Woman wounded in Kostiantynivka market strike dies in hospital

        The death toll from Thursday's aerial bombing of the central market in Kostiantynivka has risen to three after a 54-year-old saleswoman died of her wounds overnight, regional authorities said on Friday. Six others remain in hospital.

        On Friday morning Russian artillery also shelled Druzhkivka, 15 km to the north-west, wounding a man.
        """,
      [E(KO, "air", "Kostiantynivka", "2025-03-06", ["Thursday's aerial bombing of the central market in Kostiantynivka", "has risen to three"], actor1=RUAF, fatalities=3, injuries=6,
         attribution=["regional authorities"]),
       E(None, "shell", "Druzhkivka", "2025-03-07", ["Russian artillery also shelled Druzhkivka"], injuries=1, omit=("fatalities",))]),
)

KH = "kherson-shelling-2024-08-12"
add(
    A("fx-kh0812-gov", "Telegram: Roman Mrochko, Kherson City Military Administration", "2024-08-12", "https://t.me.example-gov.org/khersonska_mva/5501", """
        Since morning the Russian army has been shelling Kherson. Hits in the Dniprovskyi district: a 58-year-old man was killed at a bus stop, two women were wounded. A trolleybus and a shop were damaged.
        """,
      [E(KH, "shell", "Kherson", "2024-08-12", ["Since morning the Russian army has been shelling Kherson", "a 58-year-old man was killed at a bus stop, two women were wounded"],
         actor2=CIV_UA, fatalities=1, injuries=2, attribution=["Roman Mrochko"])]),
    A("fx-kh0812-wire", "Wire", "2024-08-12", "https://wire.example-news.net/world/europe/kherson-shelling-bus-stop-0812", """
        Russian shelling kills man at Kherson bus stop

        KYIV, Aug 12 (Wire) - Russian artillery killed a man waiting at a bus stop and wounded two women in the southern city of Kherson on Monday, local officials said. Russian forces, who withdrew from Kherson in November 2022, shell it daily from across the Dnipro river.
        """,
      [E(KH, "shell", "Kherson", "2024-08-12", ["Russian artillery killed a man waiting at a bus stop and wounded two women in the southern city of Kherson on Monday"], actor2=CIV_UA,
         fatalities=1, injuries=2, attribution=["local officials"]),
       E(None, "regain", "Kherson", "2022-11", ["Russian forces, who withdrew from Kherson in November 2022"], actor1=UA, current=False, precision=3, required=False,
         why_optional="background", omit=("fatalities", "injuries"))]),
    A("fx-kh0813-mt", "Yug-Inform (translated)", "2024-08-13", "https://yug-inform.example.ru/en/2024/08/13/herson", """
        In Herson shelling, one dead

        On Monday in Herson as a result of artillery impact on Dneprovsky district one man has died, two women wounded, reports the Ukrainian city administration.
        """,
      [E(KH, "shell", "Kherson", "2024-08-12", ["On Monday in Herson as a result of artillery impact on Dneprovsky district one man has died, two women wounded"], fatalities=1, injuries=2,
         attribution=["Ukrainian city administration"], omit=("actor1",))]),
)

BE = "belgorod-shelling-2024-03-22"
add(
    A("fx-be0322-gladkov", "Telegram: Vyacheslav Gladkov, Belgorod governor", "2024-03-22", "https://t.me.example-gov.org/vvgladkov/5831", """
        Belgorod came under fire from the Armed Forces of Ukraine. According to preliminary information, one man was killed and three people were wounded. A residential building, 11 cars and a power line were damaged in the city centre. Operational services are working at the scene.
        """,
      [E(BE, "shell", "Belgorod", "2024-03-22", ["Belgorod came under fire from the Armed Forces of Ukraine", "one man was killed and three people were wounded"], actor1=UA,
         fatalities=1, injuries=3, attribution=["Vyacheslav Gladkov"])]),
    A("fx-be0322-wire", "Wire", "2024-03-22", "https://wire.example-news.net/world/europe/belgorod-shelling-0322", """
        One killed in Russia's Belgorod in Ukrainian shelling, governor says

        MOSCOW, March 22 (Wire) - Ukrainian shelling killed one man and wounded three in the Russian border city of Belgorod on Friday, regional governor Vyacheslav Gladkov said. Russia's defence ministry said air defences had shot down 10 rockets from a Czech-made Vampire launcher over the Belgorod region.

        Ukraine did not comment. Kyiv rarely acknowledges strikes inside Russia.
        """,
      [E(BE, "shell", "Belgorod", "2024-03-22", ["Ukrainian shelling killed one man and wounded three in the Russian border city of Belgorod on Friday"], actor1=UA,
         fatalities=1, injuries=3, attribution=["Vyacheslav Gladkov"]),
       E("belgorod-intercept-2024-03-22", "disrupted", "Belgorod", "2024-03-22", ["air defences had shot down 10 rockets from a Czech-made Vampire launcher over the Belgorod region"],
         actor1=RU, required=False, why_optional="interceptions over the region; may be coded with the shelling", omit=("fatalities", "injuries"))]),
    A("fx-be0323-rumod", "TASS-style: Russian MoD briefing", "2024-03-23", "https://ru-mod-briefing.example.ru/en/news/2024-03-23", """
        On 22 March the Kiev regime attempted to carry out a terrorist attack against civilian facilities of Belgorod with the use of the Vampire multiple launch rocket system. Ten rockets were destroyed by air defence systems.
        """,
      [E("belgorod-intercept-2024-03-22", "disrupted", "Belgorod", "2024-03-22", ["Ten rockets were destroyed by air defence systems"], actor1=RU,
         attribution=["Ministry of Defence"], omit=("fatalities", "injuries"), accept_types=["Explosions/Remote violence"]),
       E(BE, "shell", "Belgorod", "2024-03-22", ["attempted to carry out a terrorist attack against civilian facilities of Belgorod"], actor1=UA, required=False,
         why_optional="the MoD frames the attack as foiled; an analyst may code only the interception", omit=("fatalities", "injuries"))]),
)

TB = "tbilisi-protest-2024-12-01"
add(
    A("fx-tb1201-wire", "Wire", "2024-12-01", "https://wire.example-news.net/world/europe/georgia-protest-1201", """
        Georgian police use water cannon on pro-EU protesters for fourth night

        TBILISI, Dec 1 (Wire) - Georgian riot police fired water cannon and tear gas to disperse thousands of protesters outside parliament in Tbilisi late on Sunday, the fourth night of demonstrations against the government's decision to suspend talks on joining the European Union.

        Protesters threw fireworks at police lines. The interior ministry said 14 officers were injured and 27 people detained.
        """,
      [E(TB, "protest_int", "Tbilisi", "2024-12-01", ["Georgian riot police fired water cannon and tear gas to disperse thousands of protesters outside parliament in Tbilisi late on Sunday", "27 people detained"],
         actor1="Protesters (Georgia)", actor2="Police Forces of Georgia", injuries=14, fatalities=None, attribution=["interior ministry"],
         accept_types=["Riots"], required=True)]),
    A("fx-tb1202-local", "Civil Tbilisi", "2024-12-02", "https://civil-tbilisi.example.ge/en/2024/12/02/rustaveli-night-four", """
        Rustaveli Avenue, night four: "We are not leaving"

        For the fourth night in a row, Rustaveli Avenue was full. The crowd gathered at 8 pm on Sunday in front of parliament with EU and Georgian flags; after midnight special forces pushed people towards Freedom Square with water cannons. Journalists from two TV channels were beaten, the Ombudsman's office said.
        """,
      [E(TB, "protest_int", "Tbilisi", "2024-12-01", ["The crowd gathered at 8 pm on Sunday in front of parliament with EU and Georgian flags", "special forces pushed people towards Freedom Square with water cannons"],
         actor1="Protesters (Georgia)", actor2="Police Forces of Georgia", accept_types=["Riots"], omit=("fatalities", "injuries"))]),
    A("fx-tb1202-mia", "Ministry of Internal Affairs of Georgia", "2024-12-02", "https://police-ge.example.gov.ge/en/news/2024-12-02", """
        Statement of the Ministry of Internal Affairs

        On 1 December, during the rally near the Parliament building, participants committed violent acts: they threw pyrotechnics and stones at law enforcement officers and damaged the building. 14 employees of the Ministry were injured. 27 persons were detained for administrative offences and hooliganism.
        """,
      [E(TB, "riot", "Tbilisi", "2024-12-01", ["during the rally near the Parliament building, participants committed violent acts", "14 employees of the Ministry were injured"],
         actor1="Rioters (Georgia)", injuries=14, fatalities=None, attribution=["Ministry of Internal Affairs"], accept_types=["Protests"])]),
)

EF = "el-fasher-shelling-2024-07-03"
add(
    A("fx-ef0703-wire", "Wire", "2024-07-03", "https://wire.example-news.net/world/africa/sudan-el-fasher-0703", """
        RSF shelling kills 12 in Sudan's El Fasher, doctors say

        KHARTOUM, July 3 (Wire) - Shelling by the paramilitary Rapid Support Forces killed at least 12 civilians and wounded dozens in El Fasher, the capital of Sudan's North Darfur state, on Wednesday, a doctors' group said.

        Shells hit a market and a camp for displaced people in the south of the city, the Sudan Doctors Network said. The RSF did not respond to a request for comment.
        """,
      [E(EF, "shell", "El Fasher", "2024-07-03", ["Shelling by the paramilitary Rapid Support Forces killed at least 12 civilians", "in El Fasher"], actor1="Rapid Support Forces",
         actor2="Civilians (Sudan)", fatalities=12, injuries=None, attribution=["Sudan Doctors Network"])]),
    A("fx-ef0703-sdn", "Sudan Doctors Network statement", "2024-07-03", "https://sudandoctors.example.org/statements/2024-07-03", """
        Statement: The Rapid Support Forces militia today shelled the Al-Mawashi market and Abu Shouk camp in El Fasher with heavy artillery, killing 12 citizens, including three children, and injuring 38. We call on the international community to act.
        """,
      [E(EF, "shell", "El Fasher", "2024-07-03", ["The Rapid Support Forces militia today shelled the Al-Mawashi market and Abu Shouk camp in El Fasher", "killing 12 citizens", "injuring 38"],
         actor1="Rapid Support Forces", actor2="Civilians (Sudan)", fatalities=12, injuries=38, attribution=["Sudan Doctors Network"])]),
    A("fx-ef0705-local", "Darfur Dabanga-style Radio", "2024-07-05", "https://darfur-radio.example.org/en/2024/07/05/fasher-toll", """
        El Fasher: toll of Wednesday's shelling rises to 19

        The number of people killed when the RSF shelled a market and the Abu Shouk camp in El Fasher on Wednesday has risen to 19, medics at the Saudi Hospital told our correspondent. On Thursday, Sudanese army aircraft bombed RSF positions east of the city, residents said.
        """,
      [E(EF, "shell", "El Fasher", "2024-07-03", ["when the RSF shelled a market and the Abu Shouk camp in El Fasher on Wednesday", "has risen to 19"], actor1="Rapid Support Forces",
         fatalities=19, attribution=["medics at the Saudi Hospital"], omit=("injuries",)),
       E(None, "air", "El Fasher", "2024-07-04", ["Sudanese army aircraft bombed RSF positions east of the city"], actor1="Military Forces of Sudan", actor2="Rapid Support Forces",
         attribution=["residents"], omit=("fatalities", "injuries"))]),
)

KR = "kramatorsk-missile-2025-02-02"
SL = "sloviansk-shelling-2025-02-02"
add(
    A("fx-kr0202-gov", "Telegram: Vadym Filashkin, Donetsk Regional Military Administration", "2025-02-02", "https://t.me.example-gov.org/pavlokyrylenko_donoda/13950", """
        Kramatorsk: at 11:20 the Russians struck the city with an Iskander-M missile. A four-storey residential building was hit; 3 people were killed and 14 injured.

        Sloviansk: in the evening the city was shelled with multiple rocket launchers, a 70-year-old woman was injured, 5 houses damaged.
        """,
      [E(KR, "missile", "Kramatorsk", "2025-02-02", ["at 11:20 the Russians struck the city with an Iskander-M missile", "3 people were killed and 14 injured"], fatalities=3, injuries=14,
         attribution=["Vadym Filashkin"]),
       E(SL, "shell", "Sloviansk", "2025-02-02", ["in the evening the city was shelled with multiple rocket launchers, a 70-year-old woman was injured"], injuries=1, fatalities=None,
         attribution=["Vadym Filashkin"])]),
    A("fx-kr0202-wire", "Wire", "2025-02-02", "https://wire.example-news.net/world/europe/kramatorsk-missile-0202", """
        Russian missile kills three in Ukraine's Kramatorsk

        KYIV, Feb 2 (Wire) - A Russian ballistic missile hit an apartment building in the eastern city of Kramatorsk on Sunday, killing three people and wounding 14, the regional governor said.
        """,
      [E(KR, "missile", "Kramatorsk", "2025-02-02", ["A Russian ballistic missile hit an apartment building in the eastern city of Kramatorsk on Sunday", "killing three people and wounding 14"],
         fatalities=3, injuries=14, attribution=["the regional governor"])]),
    A("fx-kr0203-update", "Kramatorsk Post", "2025-02-03", "https://kramatorsk-post.example.ua/2025/02/03/iskander-block", """
        Fourth victim of Sunday's missile strike identified

        A fourth body was found on Monday morning in the rubble of the building on Parkova Street in Kramatorsk hit by an Iskander-M on Sunday, the city military administration said. Fourteen people were wounded. In neighbouring Sloviansk, the woman wounded by Sunday evening's rocket fire is in stable condition.
        """,
      [E(KR, "missile", "Kramatorsk", "2025-02-02", ["A fourth body was found on Monday morning in the rubble of the building on Parkova Street in Kramatorsk hit by an Iskander-M on Sunday", "Fourteen people were wounded"],
         fatalities=4, injuries=14, attribution=["city military administration"]),
       E(SL, "shell", "Sloviansk", "2025-02-02", ["In neighbouring Sloviansk, the woman wounded by Sunday evening's rocket fire"], injuries=1, omit=("fatalities",))]),
    A("fx-sl0202-local", "Sloviansk Vestnik", "2025-02-02", "https://slov-vestnik.example.ua/2025/02/02/grad-evening", """
        Evening Grad attack on Sloviansk: woman injured, houses damaged

        At about 19:00 on Sunday Sloviansk came under fire from Grad rocket launchers. Rockets fell in the private sector near Lake Ripne; a 70-year-old woman was wounded and five houses were damaged, city head Vadym Liakh said.
        """,
      [E(SL, "shell", "Sloviansk", "2025-02-02", ["At about 19:00 on Sunday Sloviansk came under fire from Grad rocket launchers", "a 70-year-old woman was wounded"], injuries=1, fatalities=None,
         attribution=["Vadym Liakh"])]),
)

BZ = "bilozerka-drone-bus-2024-08-17"
add(
    A("fx-bz0817-gov", "Telegram: Oleksandr Prokudin, Kherson Regional Military Administration", "2024-08-17", "https://t.me.example-gov.org/khersonskaODA/22814", """
        Around 8:30 a Russian drone dropped explosives on a passenger bus in Bilozerka. The driver, 51, was killed; four passengers were wounded, including a 16-year-old girl. Oleksandr Prokudin
        """,
      [E(BZ, "air", "Bilozerka", "2024-08-17", ["a Russian drone dropped explosives on a passenger bus in Bilozerka", "The driver, 51, was killed; four passengers were wounded"], actor2=CIV_UA,
         fatalities=1, injuries=4, attribution=["Oleksandr Prokudin"], weapons=["drone"])]),
    A("fx-bz0817-local", "Kherson Nash", "2024-08-17", "https://kherson-nash.example.ua/2024/08/17/bus-bilozerka", """
        Drone attacks bus in Bilozerka

        On Saturday morning a Russian drone hit a bus that was taking people from Bilozerka to Kherson. The driver died at the scene, four people are in hospital. Since July, drones have attacked at least nine vehicles on this road.
        """,
      [E(BZ, "air", "Bilozerka", "2024-08-17", ["On Saturday morning a Russian drone hit a bus that was taking people from Bilozerka to Kherson", "The driver died at the scene, four people are in hospital"],
         actor2=CIV_UA, fatalities=1, injuries=4, weapons=["drone"])]),
    A("fx-bz0819-ombudsman", "Ukrainian Parliament Commissioner for Human Rights", "2024-08-19", "https://ombudsman.example.gov.ua/en/news/2024-08-19", """
        The Commissioner condemns the targeted hunting of civilians by Russian drones

        On Saturday a Russian drone attacked a civilian bus in the Kherson region, killing the driver and injuring four passengers. This is a war crime. I have informed the UN and the ICRC. Dmytro Lubinets
        """,
      [E(BZ, "air", "Kherson Oblast", "2024-08-17", ["On Saturday a Russian drone attacked a civilian bus in the Kherson region, killing the driver and injuring four passengers"], actor2=CIV_UA,
         fatalities=1, injuries=4, attribution=["Dmytro Lubinets"],
         note="TRAP vague place: only the region is named; the one precise event that fits (same day, same figures) is the Bilozerka bus")]),
)
