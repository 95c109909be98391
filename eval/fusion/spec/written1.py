"""Written families 1: Kharkiv (two days), Odesa/Mykolaiv, Zaporizhzhia, Druzhba x2, Nikopol/Marhanets."""

from _lib import CIV_UA, RU, UA, A, E, add

# --- Kharkiv, Monday 2024-04-08 (missile) and Thursday 2024-04-11 (drones): same place, two days.
K1 = "kharkiv-missile-2024-04-08"
K2 = "kharkiv-drone-2024-04-11"
add(
    A("fx-kh0408-wire", "Wire", "2024-04-08", "https://wire.example-news.net/world/europe/kharkiv-missile-0408", """
        Russian missiles hit Kharkiv, killing four

        KHARKIV, Ukraine, April 8 (Wire) - Russian missiles struck a residential area of Kharkiv on Monday morning, killing four people and wounding at least 12, regional governor Oleh Syniehubov said.

        Two missiles hit the city's Kyivskyi district shortly after 7 a.m., damaging a nine-storey apartment block and a bus depot, Syniehubov said on the Telegram messaging app. Rescuers were still searching the rubble.

        Russia's defence ministry did not comment. Moscow denies deliberately targeting civilians.

        Kharkiv, Ukraine's second-largest city, lies about 30 km (19 miles) from the Russian border and has come under repeated attack this spring.
        """,
      [E(K1, "missile", "Kharkiv", "2024-04-08", ["Russian missiles struck a residential area of Kharkiv on Monday morning", "killing four people and wounding at least 12"],
         actor2=CIV_UA, fatalities=4, injuries=12, attribution=["Oleh Syniehubov"], weapons=["missile"])]),
    A("fx-kh0408-gov", "Telegram: Oleh Syniehubov, Kharkiv Regional Military Administration", "2024-04-08", "https://t.me.example-gov.org/synegubov/10421", """
        ❗️The occupiers struck Kharkiv with two missiles, probably S-300. Hits in the Kyivskyi district: a multi-storey residential building and the territory of a transport enterprise.

        As of now: 3 people killed, 9 injured, including a child aged 14. All services are working at the site.

        Stay in shelters while the alert continues!
        """,
      [E(K1, "missile", "Kharkiv", "2024-04-08", ["The occupiers struck Kharkiv with two missiles, probably S-300", "3 people killed, 9 injured"],
         actor2=CIV_UA, fatalities=3, injuries=9, attribution=["Oleh Syniehubov"], weapons=["missile"])]),
    A("fx-kh0408-local", "Kharkiv Today", "2024-04-08", "https://kharkiv-today.example.ua/news/2024/04/08/rocket-kyivskyi", """
        Morning strike on Kyivskyi district: what we know

        Residents of Kyivskyi district woke to two explosions at about 7:05 this morning. One missile hit the courtyard of a residential building on Akademika Pavlova Street, the second landed on the grounds of a municipal bus depot.

        Mayor Ihor Terekhov said 40 windows were blown out in neighbouring buildings and eleven buses burned. According to the regional administration, four people died and twelve were hurt.

        Points of aid for residents have been set up at the school nearby.
        """,
      [E(K1, "missile", "Kharkiv", "2024-04-08", ["One missile hit the courtyard of a residential building on Akademika Pavlova Street", "four people died and twelve were hurt"],
         actor1=None, fatalities=4, injuries=12, attribution=["Ihor Terekhov"], omit=("actor1",))]),
    A("fx-kh0409-update", "Ukrainian Daily Post", "2024-04-09", "https://udpost.example.com.ua/war/kharkiv-toll-rises-six", """
        Kharkiv: death toll from Monday's missile strike rises to six

        The number of people killed in Monday's Russian missile attack on Kharkiv has risen to six after rescuers pulled two more bodies from the rubble overnight, the State Emergency Service said on Tuesday. Sixteen people were injured, three of them remain in serious condition.

        Tuesday 9 April has been declared a day of mourning in the city.

        Separately, air defence units shot down eight Shahed drones over the Kharkiv region overnight, the air force said; no damage was reported.
        """,
      [E(K1, "missile", "Kharkiv", "2024-04-08", ["The number of people killed in Monday's Russian missile attack on Kharkiv has risen to six", "Sixteen people were injured"],
         actor2=CIV_UA, fatalities=6, injuries=16, attribution=["State Emergency Service"]),
       E(None, "disrupted", "Kharkiv", "2024-04-09", ["air defence units shot down eight Shahed drones over the Kharkiv region overnight"],
         actor1=UA, required=False, why_optional="interceptions over the region, no place; may not be coded", omit=("fatalities", "injuries"))]),
    A("fx-kh0409-mt", "NewsFront Europe (translated)", "2024-04-09", "https://newsfront-eu.example.org/en/2024/04/09/kharkov", """
        In Kharkov the number of victims from rocket impact has grown

        In Kharkov the number of dead after rocket blow on Monday has increased up to six persons, has informed State service on emergencies. Victims are 16 people.

        Rocket strike happened on Kievsky district of city in the morning of 8 April. The head of regional administration Oleg Sinegubov named the weapon the S-300 complex.
        """,
      [E(K1, "missile", "Kharkiv", "2024-04-08", ["In Kharkov the number of dead after rocket blow on Monday has increased up to six persons", "Victims are 16 people"],
         fatalities=6, injuries=16, attribution=["State service on emergencies"], omit=("actor1",))]),
    # Thursday 2024-04-11: drones on Kharkiv energy infrastructure.
    A("fx-kh0411-wire", "Wire", "2024-04-11", "https://wire.example-news.net/world/europe/kharkiv-drones-power-0411", """
        Drones knock out power in parts of Kharkiv

        KYIV, April 11 (Wire) - Russian drones struck energy infrastructure in Kharkiv early on Thursday, injuring two people and cutting power to about 200,000 customers, Mayor Ihor Terekhov said.

        It was the second major attack on Ukraine's second city this week, after a missile strike on Monday killed six people.

        Ukraine's air force said it had downed 28 of 37 drones launched overnight across the country.
        """,
      [E(K2, "air", "Kharkiv", "2024-04-11", ["Russian drones struck energy infrastructure in Kharkiv early on Thursday", "injuring two people"],
         fatalities=None, injuries=2, attribution=["Ihor Terekhov"], weapons=["drone"]),
       E(K1, "missile", "Kharkiv", "2024-04-08", ["a missile strike on Monday killed six people"], fatalities=6, injuries=None,
         required=False, why_optional="one clause of background recalling Monday's strike", omit=("injuries",)),
       E(None, "disrupted", "Kyiv", "2024-04-11", ["it had downed 28 of 37 drones launched overnight across the country"], actor1=UA,
         required=False, why_optional="nationwide interception tally, no place", omit=("fatalities", "injuries"))]),
    A("fx-kh0411-local", "Kharkiv Today", "2024-04-11", "https://kharkiv-today.example.ua/news/2024/04/11/shahed-night", """
        Night of Shaheds: two injured, districts without light

        Between 2 and 4 a.m. Kharkiv was attacked by at least ten Shahed-type drones, the city council reports. Hits were recorded at an energy facility in the Industrialnyi district and near a private house in Nemyshlianskyi district.

        A 62-year-old man and a 58-year-old woman were injured by glass fragments. Power engineers expect to restore supply to most homes by evening.
        """,
      [E(K2, "air", "Kharkiv", "2024-04-11", ["Kharkiv was attacked by at least ten Shahed-type drones", "A 62-year-old man and a 58-year-old woman were injured"],
         injuries=2, attribution=["city council"], weapons=["drone"])]),
    A("fx-kh0412-roundup", "Kyiv Ledger", "2024-04-12", "https://kyivledger.example.com/2024/04/12/week-of-strikes-east", """
        A week of strikes: how Russia targeted the east

        Kharkiv has had little rest this week. On Monday two S-300 missiles fell on the Kyivskyi district, killing six people; on Thursday night a swarm of Shahed drones hit a power plant in the Industrialnyi district, leaving a large part of the city without electricity.

        Further south, guided aerial bombs hit the centre of Kostiantynivka on Wednesday, damaging a school and several houses; local officials said one woman was wounded.

        Officials in Kyiv say the pattern is deliberate: Russia is trying to make frontline cities unliveable before a possible summer offensive.
        """,
      [E(K1, "missile", "Kharkiv", "2024-04-08", ["On Monday two S-300 missiles fell on the Kyivskyi district, killing six people"], fatalities=6, omit=("injuries",)),
       E(K2, "air", "Kharkiv", "2024-04-11", ["on Thursday night a swarm of Shahed drones hit a power plant in the Industrialnyi district"], omit=("fatalities", "injuries"),
         note="'Thursday night' published Friday: the night of 10-11 April in the other reports"),
       E(None, "air", "Kostiantynivka", "2024-04-10", ["guided aerial bombs hit the centre of Kostiantynivka on Wednesday"], injuries=1, actor1="Military Forces of Russia Air Force")]),
)

# --- Odesa port drones and Mykolaiv missile, Wednesday 2023-07-19 (overnight); roundup next day.
O1 = "odesa-port-drone-2023-07-19"
M1 = "mykolaiv-missile-2023-07-19"
add(
    A("fx-od0719-wire", "Wire", "2023-07-19", "https://wire.example-news.net/world/europe/odesa-port-grain-0719", """
        Russia pounds Odesa port for second night, grain terminal burns

        ODESA, Ukraine, July 19 (Wire) - Russian drones and missiles attacked the port of Odesa overnight into Wednesday, setting a grain terminal on fire and injuring at least 10 people, Ukrainian officials said.

        The regional governor, Oleh Kiper, said about 60,000 tonnes of grain had been destroyed at the Chornomorsk and Odesa terminals. In the neighbouring city of Mykolaiv, a missile damaged a three-storey building and wounded 19 people, the mayor said.

        Russia's defence ministry said it had carried out "retaliatory strikes" on facilities where, it said, Ukrainian naval drones were being prepared.
        """,
      [E(O1, "air", "Odesa", "2023-07-19", ["Russian drones and missiles attacked the port of Odesa overnight into Wednesday", "injuring at least 10 people"],
         injuries=10, attribution=["Ukrainian officials"], accept_types=["Explosions/Remote violence"]),
       E(M1, "missile", "Mykolaiv", "2023-07-19", ["In the neighbouring city of Mykolaiv, a missile damaged a three-storey building and wounded 19 people"], injuries=19, attribution=["the mayor"])]),
    A("fx-od0719-gov", "Telegram: Odesa Regional Military Administration", "2023-07-19", "https://t.me.example-gov.org/odeskaODA/8812", """
        Another night of terror for Odesa region. The enemy attacked port infrastructure with Shahed drones and Kalibr missiles.

        In Odesa a fire broke out at a grain terminal. 12 people were injured, among them a child. In Chornomorsk an administrative building was damaged, no casualties there.

        Air defence forces destroyed 23 drones over the region. Oleh Kiper
        """,
      [E(O1, "air", "Odesa", "2023-07-19", ["The enemy attacked port infrastructure with Shahed drones and Kalibr missiles", "12 people were injured"], injuries=12, attribution=["Oleh Kiper"]),
       E(None, "air", "Odesa", "2023-07-19", ["In Chornomorsk an administrative building was damaged"], required=False,
         why_optional="Chornomorsk (25 km from Odesa) is part of the same night's attack; may be coded separately or with Odesa", omit=("fatalities", "injuries"),
         note="location given as Odesa for lack of a cities500 entry checked; Chornomorsk lies 20 km south"),
       E(None, "disrupted", "Odesa", "2023-07-19", ["Air defence forces destroyed 23 drones over the region"], actor1=UA, required=False, why_optional="interceptions over the region", omit=("fatalities", "injuries"))]),
    A("fx-od0719-rumod", "TASS-style: Russian MoD briefing", "2023-07-19", "https://ru-mod-briefing.example.ru/en/news/2023-07-19", """
        Briefing of the Ministry of Defence of the Russian Federation, 19 July 2023

        Last night the Armed Forces of the Russian Federation delivered a group retaliatory strike with high-precision sea-based and air-based weapons on the facilities where terrorist attacks against the Russian Federation with the use of unmanned boats were prepared, in the areas of the cities of Odessa and Nikolaev. All designated targets were hit.

        In the Kupyansk direction, two attacks of Ukrainian assault groups were repulsed near Sinkovka.
        """,
      [E(O1, "air", "Odesa", "2023-07-19", ["group retaliatory strike with high-precision sea-based and air-based weapons", "in the areas of the cities of Odessa and Nikolaev"],
         attribution=["Ministry of Defence of the Russian Federation"], accept_types=["Explosions/Remote violence"], omit=("fatalities", "injuries")),
       E(M1, "missile", "Mykolaiv", "2023-07-19", ["in the areas of the cities of Odessa and Nikolaev"], attribution=["Ministry of Defence of the Russian Federation"], omit=("fatalities", "injuries")),
       E(None, "clash", "Kupiansk", "2023-07-18", ["two attacks of Ukrainian assault groups were repulsed near Sinkovka"], actor1=UA, actor2=RU, required=False,
         why_optional="Synkivka, a village 8 km from Kupiansk; a one-line claim", omit=("fatalities", "injuries"))]),
    A("fx-mk0719-local", "Mykolaiv Courier", "2023-07-19", "https://nikcourier.example.ua/2023/07/19/missile-centre", """
        Missile hits city centre: 19 wounded, five in hospital

        A Russian missile struck the centre of Mykolaiv at about 3 a.m. on Wednesday, destroying part of a three-storey building and damaging a garage cooperative, Mayor Oleksandr Senkevych said. Nineteen people were wounded, five of them children.

        In the afternoon Senkevych said one of the wounded, a 71-year-old man, had died in hospital.
        """,
      [E(M1, "missile", "Mykolaiv", "2023-07-19", ["A Russian missile struck the centre of Mykolaiv at about 3 a.m. on Wednesday", "Nineteen people were wounded", "had died in hospital"],
         fatalities=1, injuries=19, attribution=["Oleksandr Senkevych"])]),
    A("fx-od0720-roundup", "Black Sea Monitor", "2023-07-20", "https://blacksea-monitor.example.eu/2023/07/20/two-nights", """
        Two nights, two ports: Russia widens its assault on Ukraine's grain routes

        Since Moscow walked away from the grain deal on Monday, the ports of southern Ukraine have been hit almost nightly. On Tuesday night the port of Odesa and the grain terminals in Chornomorsk were attacked by drones and Kalibr missiles; twelve people were hurt and tens of thousands of tonnes of grain burned. The same night a missile hit the centre of Mykolaiv, wounding 19.

        Overnight into Thursday drones again targeted Odesa's port, officials said, damaging warehouses; two people were injured.
        """,
      [E(O1, "air", "Odesa", "2023-07-19", ["On Tuesday night the port of Odesa and the grain terminals in Chornomorsk were attacked by drones and Kalibr missiles", "twelve people were hurt"], injuries=12,
         note="'Tuesday night' = the night of 18-19 July"),
       E(M1, "missile", "Mykolaiv", "2023-07-19", ["The same night a missile hit the centre of Mykolaiv, wounding 19"], injuries=19, omit=("fatalities",)),
       E("odesa-port-drone-2023-07-20", "air", "Odesa", "2023-07-20", ["Overnight into Thursday drones again targeted Odesa's port", "two people were injured"], injuries=2,
         attribution=["officials"])]),
    A("fx-od0720-gov", "Telegram: Odesa Regional Military Administration", "2023-07-20", "https://t.me.example-gov.org/odeskaODA/8840", """
        The third night in a row the enemy attacks Odesa. Drones hit warehouses in the port area. Two people are injured, they are receiving medical help. A fire has been put out. Oleh Kiper
        """,
      [E("odesa-port-drone-2023-07-20", "air", "Odesa", "2023-07-20", ["Drones hit warehouses in the port area", "Two people are injured"], injuries=2, attribution=["Oleh Kiper"])]),
)

# --- Zaporizhzhia missile on an apartment block, Thursday 2023-10-05; figures grow; MT report.
Z1 = "zaporizhzhia-missile-2023-10-05"
add(
    A("fx-zp1005-wire", "Wire", "2023-10-05", "https://wire.example-news.net/world/europe/zaporizhzhia-apartment-1005", """
        Missile hits apartment block in Zaporizhzhia, two dead

        ZAPORIZHZHIA, Ukraine, Oct 5 (AP-style Wire) - A Russian missile slammed into a five-storey apartment building in the southern city of Zaporizhzhia before dawn on Thursday, killing at least two people and trapping others under the rubble, officials said.

        Yuriy Malashko, head of the regional military administration, said seven people had been pulled out alive. The city lies about 40 km (25 miles) from the front line.
        """,
      [E(Z1, "missile", "Zaporizhzhia", "2023-10-05", ["A Russian missile slammed into a five-storey apartment building in the southern city of Zaporizhzhia before dawn on Thursday", "killing at least two people"],
         actor2=CIV_UA, fatalities=2, injuries=None, attribution=["Yuriy Malashko"])]),
    A("fx-zp1006-update", "Ukrainska Hvylia (English edition)", "2023-10-06", "https://hvylia-en.example.ua/2023/10/06/zaporizhzhia-rescue-ends", """
        Rescue operation in Zaporizhzhia ends: 8 dead, 22 injured

        Emergency workers finished clearing the rubble of the apartment block in Zaporizhzhia that was hit by a Russian missile early on Thursday. The death toll rose to eight, among them a 10-year-old girl, and 22 people were injured, the State Emergency Service said on Friday.

        On Friday morning Russian troops also shelled the village of Stepnohirsk in the same region, damaging houses; no one was hurt.
        """,
      [E(Z1, "missile", "Zaporizhzhia", "2023-10-05", ["hit by a Russian missile early on Thursday", "The death toll rose to eight", "22 people were injured"],
         actor2=CIV_UA, fatalities=8, injuries=22, attribution=["State Emergency Service"]),
       E(None, "shell", "Stepnohirsk", "2023-10-06", ["Russian troops also shelled the village of Stepnohirsk in the same region"], fatalities=None, injuries=None)]),
    A("fx-zp1005-mt", "Eurasia Daily Digest (translated)", "2023-10-05", "https://eurasia-digest.example.net/en/2023/10/05/zaporozhye", """
        In Zaporozhye rocket has destroyed the house

        This night in Zaporozhye the rocket has got in a five-storeyed inhabited house, the part of entrance has collapsed. The head of the Zaporozhye regional military administration Yury Malashko informed about two lost and 12 wounded.

        In the Ukrainian side assert that the blow was done by rocket of the complex "Iskander". The Russian side did not comment the incident.
        """,
      [E(Z1, "missile", "Zaporizhzhia", "2023-10-05", ["This night in Zaporozhye the rocket has got in a five-storeyed inhabited house", "two lost and 12 wounded"],
         fatalities=2, injuries=12, attribution=["Yury Malashko"], omit=("actor1",),
         note="'this night' in a report published on the 5th: the night of 4-5 October")]),
    A("fx-zp1005-local", "Zaporizhzhia Vechirnie", "2023-10-05", "https://zp-vechirnie.example.ua/news/2023-10-05/missile-house", """
        A night the city will not forget

        At 3:40 the explosion woke the whole Oleksandrivskyi district. A missile hit the fourth and fifth floors of a residential building, where 43 families lived. By noon rescuers had found two bodies; five people are in hospital in serious condition.

        Volunteers are collecting warm clothes and food at the district administration.
        """,
      [E(Z1, "missile", "Zaporizhzhia", "2023-10-05", ["A missile hit the fourth and fifth floors of a residential building", "rescuers had found two bodies"], fatalities=2, omit=("actor1", "injuries"))]),
)

# --- Two Druzhbas, Monday 2024-05-20: Sumy oblast (border shelling) and Donetsk oblast (near Toretsk).
DS = "druzhba-sumy-shelling-2024-05-20"
DD = "druzhba-donetsk-shelling-2024-05-20"
add(
    A("fx-sumy0520-ova", "Telegram: Sumy Regional Military Administration", "2024-05-20", "https://t.me.example-gov.org/Sumy_news_ODA/20240520", """
        Over the past day the Russians fired on the border areas of Sumy region 32 times. 148 explosions were recorded.

        Druzhba hromada: 12 mortar mines and artillery shells, a house and a farm building damaged. Bilopillia hromada: a drone dropped an explosive device on a car, the driver was wounded. Krasnopillia hromada: artillery fire, 17 explosions. Shostka hromada: a guided aerial bomb fell near the village of Voronizh, no casualties.
        """,
      [E(DS, "shell", "Druzhba (Sumy)", "2024-05-20", ["Druzhba hromada: 12 mortar mines and artillery shells"], fatalities=None, injuries=None, attribution=["Sumy Regional Military Administration"]),
       E(None, "air", "Bilopillia", "2024-05-20", ["a drone dropped an explosive device on a car, the driver was wounded"], injuries=1, omit=("fatalities",)),
       E(None, "shell", "Krasnopillia", "2024-05-20", ["Krasnopillia hromada: artillery fire, 17 explosions"], fatalities=None, injuries=None),
       E(None, "air", "Shostka", "2024-05-20", ["a guided aerial bomb fell near the village of Voronizh"], fatalities=None, injuries=None, actor1="Military Forces of Russia Air Force",
         note="Voronizh lies 13 km south of Shostka")]),
    A("fx-sumy0520-local", "Sumy Post", "2024-05-20", "https://sumypost.example.ua/2024/05/20/druzhba-mortars", """
        Druzhba again under fire: mortars damage homes on the outskirts

        The small border town of Druzhba in Shostka district came under Russian mortar and artillery fire on Monday morning. According to the regional administration, a private house and a barn were damaged; residents were not injured.

        Fewer than 1,500 of the town's 4,500 pre-war residents still live there. Shelling from across the border, about 6 km away, has become daily.
        """,
      [E(DS, "shell", "Druzhba (Sumy)", "2024-05-20", ["The small border town of Druzhba in Shostka district came under Russian mortar and artillery fire on Monday morning"], fatalities=None, injuries=None,
         attribution=["regional administration"])]),
    A("fx-don0520-gov", "Telegram: Vadym Filashkin, Donetsk Regional Military Administration", "2024-05-20", "https://t.me.example-gov.org/pavlokyrylenko_donoda/9931", """
        Over the past day the Russians shelled 11 settlements in Donetsk region.

        In the Toretsk hromada, the occupiers struck Druzhba with artillery: a 49-year-old man was killed and two houses were destroyed. In Niu-York two people were wounded. In Kurakhove a multi-storey building was damaged by a guided bomb.

        In total, 1 person was killed and 5 injured in the region over the day.
        """,
      [E(DD, "shell", "Druzhba (Donetsk)", "2024-05-20", ["the occupiers struck Druzhba with artillery: a 49-year-old man was killed"], fatalities=1, injuries=None, attribution=["Vadym Filashkin"]),
       E(None, "shell", "Toretsk", "2024-05-20", ["In Niu-York two people were wounded"], injuries=2, omit=("fatalities",), required=False,
         why_optional="Niu-York (Novhorodske) lies 12 km south of Toretsk; place approximate", note="located at Toretsk for lack of a cities500 entry"),
       E(None, "air", "Kurakhove", "2024-05-20", ["In Kurakhove a multi-storey building was damaged by a guided bomb"], actor1="Military Forces of Russia Air Force", fatalities=None, injuries=None)],
      not_events=[{"quote": "In total, 1 person was killed and 5 injured in the region over the day.", "why": "daily regional tally"}]),
    A("fx-don0521-wire", "Wire", "2024-05-21", "https://wire.example-news.net/world/europe/donetsk-frontline-villages-0521", """
        Villages near Toretsk emptying as Russian shelling intensifies

        KRAMATORSK, Ukraine, May 21 (Wire) - Russian artillery killed a man in the village of Druzhba near the frontline town of Toretsk on Monday, the regional governor said, as Russia steps up pressure on Ukrainian positions in the Donetsk region.

        Police are evacuating the last residents of Druzhba, Pivnichne and Zalizne. "People leave with one bag," said a police officer at a checkpoint.
        """,
      [E(DD, "shell", "Druzhba (Donetsk)", "2024-05-20", ["Russian artillery killed a man in the village of Druzhba near the frontline town of Toretsk on Monday"], fatalities=1, attribution=["the regional governor"], omit=("injuries",))]),
)

# --- Nikopol and Marhanets (20 km apart), Tuesday 2023-09-12: two clusters.
NI = "nikopol-shelling-2023-09-12"
MA = "marhanets-shelling-2023-09-12"
add(
    A("fx-dnp0912-gov", "Telegram: Serhiy Lysak, Dnipropetrovsk Regional Military Administration", "2023-09-12", "https://t.me.example-gov.org/dnipropetrovskaODA/12077", """
        Evening summary. Russian army hit Nikopol district with heavy artillery and kamikaze drones today.

        Nikopol: a 67-year-old woman was killed, three men wounded; a five-storey building, a gas pipeline and power lines damaged. Marhanets: a private house burned after a drone hit it, a 35-year-old man is in hospital.

        Synelnykove district was calm. Serhiy Lysak
        """,
      [E(NI, "shell", "Nikopol", "2023-09-12", ["Nikopol: a 67-year-old woman was killed, three men wounded"], fatalities=1, injuries=3, attribution=["Serhiy Lysak"]),
       E(MA, "air", "Marhanets", "2023-09-12", ["Marhanets: a private house burned after a drone hit it, a 35-year-old man is in hospital"], fatalities=None, injuries=1, attribution=["Serhiy Lysak"],
         accept_types=["Explosions/Remote violence"])]),
    A("fx-ni0912-wire", "Wire", "2023-09-12", "https://wire.example-news.net/world/europe/nikopol-shelling-0912", """
        Shelling kills woman in Nikopol across river from nuclear plant

        KYIV, Sept 12 (Wire) - Russian shelling killed a woman and wounded three men in the Ukrainian town of Nikopol on Tuesday, the regional governor said. Nikopol sits across the Dnipro river from the Russian-occupied Zaporizhzhia nuclear power plant and is shelled almost daily.
        """,
      [E(NI, "shell", "Nikopol", "2023-09-12", ["Russian shelling killed a woman and wounded three men in the Ukrainian town of Nikopol on Tuesday"], fatalities=1, injuries=3, attribution=["the regional governor"])]),
    A("fx-ma0913-local", "Marhanets Vesti", "2023-09-13", "https://marhanets-vesti.example.ua/2023/09/13/drone-house", """
        A drone set fire to a house on Shevchenka Street

        Yesterday afternoon a Russian kamikaze drone hit a private house on Shevchenka Street in Marhanets. The house burned down; the owner, 35, suffered burns and is in the city hospital. Firefighters saved the neighbouring houses.

        The city council reminds residents that shelters at schools No. 2 and No. 5 are open around the clock.
        """,
      [E(MA, "air", "Marhanets", "2023-09-12", ["Yesterday afternoon a Russian kamikaze drone hit a private house on Shevchenka Street in Marhanets", "suffered burns and is in the city hospital"], injuries=1, fatalities=None,
         accept_types=["Explosions/Remote violence"])]),
    A("fx-ni0913-local", "Nikopol Pravda", "2023-09-13", "https://nikopol-pravda.example.ua/2023/09/13/mourning", """
        Nikopol buries a teacher killed by Russian shell

        Nina Hrytsenko, 67, who taught mathematics at school No. 12 for forty years, was killed on Tuesday when a Russian shell hit the yard of her five-storey building in Nikopol. Three neighbours were wounded. Her funeral will take place on Thursday.
        """,
      [E(NI, "shell", "Nikopol", "2023-09-12", ["was killed on Tuesday when a Russian shell hit the yard of her five-storey building in Nikopol", "Three neighbours were wounded"], fatalities=1, injuries=3)]),
)
