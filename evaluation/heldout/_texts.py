"""The held-out articles, written by the team in its own words (see README.md).

Each entry: id, title, published, text. ``build.py`` turns them into ``articles.jsonl``.
"""

SOURCE = "Meridian News Service"

ARTICLES = [
    ("hx-01", "Armenia and Azerbaijan halt Karabakh war in Moscow-brokered deal; Russian peacekeepers fly in",
     "2020-11-10",
     """MOSCOW, Nov 10 (Meridian) - Armenia and Azerbaijan agreed late on Monday to stop fighting over Nagorno-Karabakh under a deal brokered by Russia, which began flying nearly 2,000 peacekeepers into the enclave on Tuesday to police a truce that locks in six weeks of Azerbaijani gains.

Azerbaijani President Ilham Aliyev, Armenian Prime Minister Nikol Pashinyan and Russian President Vladimir Putin signed the nine-point statement, and the guns fell silent at midnight Moscow time. The troops of both sides are to stay on the lines they now hold, and Armenia promised to hand the Kelbajar, Agdam and Lachin districts back to Azerbaijan over the coming weeks, the last of them by Dec 1.

Pashinyan wrote on Facebook that the deal was "painful beyond words" for him and for his people, and that he had signed it because the army had told him the front could not hold. Aliyev, speaking on state television beside a map, called the document Armenia's capitulation.

In Yerevan, hundreds of angry protesters stormed the government headquarters and the parliament overnight, demanding that the prime minister step down.

Turkey, Baku's closest ally, congratulated Azerbaijan on what Foreign Minister Mevlut Cavusoglu called a great success on the battlefield and at the table.

The deal came hours after Azerbaijani forces shot down a Russian Mi-24 helicopter over Armenia, near the border with the Azerbaijani exclave of Nakhchivan, killing two of its crew. Baku apologised to Moscow on Monday, called the downing an accident and offered to pay compensation.

Fighting erupted on Sept 27, and the two sides blamed each other for starting it. It was the worst violence in the region since a war in the early 1990s left ethnic Armenian forces in control of the enclave and of seven districts around it.

Moscow had tried to stop the war before. Foreign ministers Jeyhun Bayramov and Zohrab Mnatsakanyan agreed to a humanitarian ceasefire after ten hours of talks hosted by Russian Foreign Minister Sergei Lavrov in Moscow on Oct 10, but it collapsed within hours, and each side accused the other of breaking it. A truce brokered by Washington two weeks later fared no better.

Putin said the statement would create the conditions for a lasting settlement of the conflict."""),

    ("hx-02", "Netanyahu apologises to Erdogan for flotilla deaths as Obama brokers a thaw",
     "2013-03-22",
     """JERUSALEM/ANKARA, March 22 (Meridian) - Israeli Prime Minister Benjamin Netanyahu apologised to Turkey on Friday for the deaths of nine activists in a 2010 raid on a Gaza-bound aid ship, and the two former allies agreed to restore full diplomatic relations after almost three years of bitterness.

Netanyahu made the call to Turkish Prime Minister Tayyip Erdogan from a trailer at Tel Aviv's airport, where US President Barack Obama was wrapping up a three-day visit to Israel before flying on to Jordan. Obama, who had urged both leaders to patch up their quarrel, joined part of the half-hour conversation, Israeli officials said.

In the call, Netanyahu said the deaths had been caused by operational errors and offered to compensate the victims' families. Erdogan accepted the apology on behalf of the Turkish people, his office said, and the two men agreed to send their ambassadors back and to negotiate the compensation.

"Turkey has got what it asked for," a senior Turkish official told reporters, adding that Erdogan would keep pressing Israel to lift its restrictions on Gaza and might visit the territory in April.

Israeli naval commandos stormed the Turkish ship Mavi Marmara in international waters on May 31, 2010, as it tried to break Israel's naval blockade of the Palestinian enclave, and killed eight Turks and a Turkish-American. Israel said the commandos had opened fire only after activists attacked them with clubs and knives.

Ankara withdrew its ambassador from Tel Aviv within hours of the raid. In September 2011, after a United Nations inquiry found the blockade lawful but the force used excessive, Turkey expelled Israel's ambassador and froze military agreements with what had once been its closest partner in the region.

Obama, who held talks with Palestinian President Mahmoud Abbas in Ramallah on Thursday, said in a statement that Washington valued its close partnerships with both countries and hoped they could now work together on regional security, including the civil war in Syria.

He flew to Amman later on Friday for talks with Jordan's King Abdullah.

Israeli officials said the war in Syria, which borders both Israel and Turkey, had made the reconciliation more pressing."""),

    ("hx-03", "French jets join Greek drills as Turkish survey ship stokes Mediterranean standoff",
     "2020-08-13",
     """ATHENS/ANKARA, Aug 13 (Meridian) - French fighter jets and a frigate joined Greek forces in exercises south of Crete on Thursday, a show of support for Athens in a deepening standoff with Ankara over a Turkish survey ship exploring waters that both countries claim.

President Emmanuel Macron announced late on Wednesday that France would temporarily reinforce its military presence in the eastern Mediterranean, after speaking to Greek Prime Minister Kyriakos Mitsotakis, and called on Turkey to halt its unilateral exploration.

The survey vessel Oruc Reis set out on Monday, escorted by Turkish warships into waters claimed by Greece, after Ankara issued a maritime notice saying it would search for oil and gas between Cyprus and Crete until Aug 23. Greece put its armed forces on alert, and its navy has shadowed the Turkish flotilla ever since.

The Greek foreign ministry demanded on Monday that Turkey leave the Greek continental shelf at once, calling its actions illegal. Mitsotakis said on Wednesday that Athens was ready to talk to Ankara, though not under threat, and urged Turkey to pull its ships back, warning that so many warships in one stretch of sea raised the risk of an accident.

Foreign Minister Nikos Dendias has asked for an emergency meeting of his European Union counterparts, who will discuss the crisis by video link on Friday.

In Ankara, officials said the ship was working on Turkey's own continental shelf and accused Athens of trying to confine Turkey to its shoreline.

The latest flare-up began when Dendias and his Egyptian counterpart Sameh Shoukry signed an accord in Cairo on Aug 6 marking out their countries' exclusive economic zones. Turkey, which had held off the survey in late July at the urging of German Chancellor Angela Merkel, declared the accord null and void the same day.

Ankara has its own maritime deal with Libya's Tripoli-based government, signed in November last year, which Greece and Egypt both reject as illegal. Athens expelled the Libyan ambassador over it in December.

NATO members Greece and Turkey came close to war over uninhabited islets in the Aegean in 1996."""),

    ("hx-04", "Kagame and Tshisekedi agree on de-escalation roadmap at Angola talks",
     "2022-07-07",
     """LUANDA, July 7 (Meridian) - The leaders of Rwanda and the Democratic Republic of Congo agreed on Wednesday on a roadmap to calm tensions over a rebel offensive in eastern Congo, including an immediate end to hostilities, at their first meeting since the crisis brought the neighbours to the brink of war.

Angolan President Joao Lourenco, who has been mediating between the neighbours, hosted Rwanda's Paul Kagame and Congo's Felix Tshisekedi for several hours of talks in Luanda. Angola's foreign minister, Tete Antonio, said afterwards that they had also agreed that the M23 rebels must withdraw from the positions they have taken. A joint commission of the two countries, dormant for years, will meet in the Angolan capital on July 12, he said.

Neither leader spoke to reporters after the meeting.

Kinshasa accuses Kigali of arming the M23, a mostly Tutsi group that seized the border town of Bunagana on June 13, and of sending its own troops to fight alongside it. Rwanda denies it, and says the Congolese army has fired rockets into Rwandan territory and fought together with the FDLR, a militia set up by Hutu extremists who fled Rwanda after the 1994 genocide.

The crisis deepened in late May. On May 28 Congo suspended flights by the Rwandan national carrier RwandAir and summoned Rwanda's ambassador, Vincent Karega, and on June 15 it suspended all its agreements with Kigali.

Two days later a Rwandan police officer shot dead a Congolese soldier who had crossed the border at Goma and opened fire, wounding two police officers.

Angola's mediation has already produced one gesture: in June, Congo handed back two Rwandan soldiers it had held since late May.

East African leaders meeting in Nairobi on June 20 agreed to send a regional force to eastern Congo at Tshisekedi's request, and Kinshasa insisted that Rwanda take no part in it."""),

    ("hx-05", "Saudi Arabia, UAE, Bahrain and Egypt cut ties with Qatar",
     "2017-06-05",
     """DUBAI, June 5 (Meridian) - Saudi Arabia, the United Arab Emirates, Bahrain and Egypt severed diplomatic ties with Qatar on Monday, accusing the Gulf state of supporting terrorism and of siding with their regional rival Iran, in the worst split among Arab states in years.

Riyadh closed its land border with Qatar and shut its sea ports and airspace to Qatari traffic, and told Qatari citizens in the kingdom that they had 14 days to leave. The Emirates and Bahrain gave Qatari diplomats 48 hours to get out.

Hours later, the Saudi-led coalition fighting in Yemen said it had expelled Qatar from its ranks, and the Maldives and Yemen's internationally recognised government also broke off relations with Doha.

Qatar's foreign ministry said the measures were unjustified and rested on claims that had no basis in fact. "The aim is plain: to put our country under tutelage," it said in a statement.

Kuwait's ruler, Sheikh Sabah al-Ahmad al-Sabah, telephoned Qatar's Emir Sheikh Tamim bin Hamad al-Thani and urged him to give room to efforts to heal the rift, the Kuwaiti state news agency said.

In Sydney, US Secretary of State Rex Tillerson urged Qatar and the four states to sit down together and settle their differences. The dispute puts Washington in an awkward position: Qatar hosts Al Udeid, the largest US air base in the Middle East.

Emirati carriers Etihad Airways, Emirates and flydubai said they would suspend flights to and from Doha from Tuesday morning, and Qatar Airways halted its flights to Saudi Arabia.

The split is the worst since March 2014, when Riyadh, Abu Dhabi and Manama recalled their ambassadors from Doha over its support for the Muslim Brotherhood. They sent them back eight months later.

Relations soured again two weeks ago, when Qatar's state news agency carried remarks attributed to the emir that were friendly to Iran. Doha said hackers had planted the remarks, but television channels in Saudi Arabia and the Emirates kept broadcasting them."""),

    ("hx-06", "India, China trade blame for deadly Himalayan brawl; ministers agree to cool tensions",
     "2020-06-17",
     """NEW DELHI/BEIJING, June 17 (Meridian) - India and China traded blame on Wednesday for the deadliest clash on their disputed Himalayan frontier in more than four decades, even as their foreign ministers agreed in a phone call to cool a confrontation that has killed 20 Indian soldiers.

Troops of the two armies fought with rocks and nail-studded clubs late on Monday in the Galwan Valley of the Ladakh region, Indian officials said, in a brawl that raged for hours on a narrow ridge above a fast-flowing river. No shots were fired: under agreements dating back to 1996, soldiers on both sides do not carry firearms near the frontier.

The Indian army said on Tuesday that an officer and two soldiers had died, and later that 17 more had succumbed to wounds suffered in freezing temperatures. China has not said whether it lost anyone.

In the call on Wednesday, External Affairs Minister Subrahmanyam Jaishankar told Chinese Foreign Minister Wang Yi that the violence was a premeditated and planned act by China, New Delhi said. Wang, according to Beijing's account, demanded that India punish those responsible and rein in its front-line troops. Both ministers agreed that neither side would escalate matters and that the situation would be handled fairly under the understanding their commanders reached on June 6.

A day earlier Chinese foreign ministry spokesman Zhao Lijian accused Indian troops of crossing the border twice on Monday and attacking Chinese personnel, and urged New Delhi not to act unilaterally. India's foreign ministry blamed a Chinese attempt to change the status quo on the ground.

Prime Minister Narendra Modi said on Wednesday that India wanted peace but would give a fitting reply if provoked, and that the soldiers' sacrifice would not be in vain.

The armies have been locked in a standoff since early May, when soldiers brawled on the shores of Pangong Lake. Lieutenant generals from both sides met at Moldo, on the Chinese side of the line, on June 6 and agreed to pull back from several points; officials said disengagement had begun in Galwan before the clash.

Protesters in several Indian cities burned portraits of Chinese President Xi Jinping and called for a boycott of Chinese goods.

The last deadly clash on the frontier was in 1975. The two countries fought a brief war in 1962."""),

    ("hx-07", "Russia quits Black Sea grain deal; Erdogan still hopes to change Putin's mind",
     "2023-07-17",
     """ISTANBUL/MOSCOW, July 17 (Meridian) - Russia pulled out of the Black Sea grain deal on Monday, the day it was due to expire, ending a wartime arrangement that let Ukraine ship nearly 33 million tonnes of food through a sea corridor Moscow had promised not to attack.

Kremlin spokesman Dmitry Peskov told reporters the deal had in effect ended and that Moscow would come back to it only once its own demands on Russian farm exports were met, among them reconnecting the state agricultural bank to the SWIFT payments system.

He said the decision had nothing to do with an attack hours earlier on the road bridge linking Russia to Crimea, which killed a couple travelling by car and wounded their daughter. Russia's anti-terrorism committee blamed Ukraine, saying two Ukrainian sea drones had struck the bridge, and President Vladimir Putin promised a response. Kyiv did not claim responsibility.

United Nations Secretary-General Antonio Guterres said he deeply regretted Moscow's decision and that the world body would keep working to get Ukrainian and Russian food and fertiliser to world markets.

European Commission President Ursula von der Leyen condemned what she called a cynical move, and US Secretary of State Antony Blinken said Russia was using food as a weapon.

Ukrainian President Volodymyr Zelenskiy said the corridor could work without Russia and asked Turkey and the United Nations to keep it open.

Turkish President Tayyip Erdogan, whose government brokered the deal together with the UN, said he believed his Russian counterpart wanted it to continue, and that the two would discuss it when Putin visits Turkey in August.

The agreement was signed in Istanbul on July 22 last year, with Russia and Ukraine each putting their names to an identical text with Turkey and the UN rather than to a common document. Moscow suspended its participation on Oct 29 after drones attacked ships of its Black Sea Fleet in Sevastopol, then returned to it on Nov 2 following Turkish mediation, saying Kyiv had pledged in writing not to use the corridor for military purposes.

More than half of the cargo went to developing countries, according to UN figures."""),

    ("hx-08", "Seoul scraps intelligence pact with Tokyo as history and trade feud deepens",
     "2019-08-23",
     """SEOUL/TOKYO, Aug 23 (Meridian) - South Korea said on Thursday it would scrap a military intelligence-sharing pact with Japan, escalating a feud over wartime history and trade and brushing aside US appeals to keep a deal seen as vital to tracking North Korea's missiles.

Kim You-geun, a deputy director of the presidential national security office, said Seoul would not renew the General Security of Military Information Agreement, signed in November 2016, because Tokyo had struck South Korea off its list of trusted trading partners without a clear reason, which raised questions of trust. The pact will lapse on Nov 23.

Foreign Minister Taro Kono called the decision extremely regrettable and said Tokyo had lodged a firm protest, adding that Seoul had badly misread the security situation in the region.

In Ottawa, US Secretary of State Mike Pompeo said Washington was disappointed, and the Pentagon voiced strong concern.

The move came a day after Kono and his South Korean counterpart Kang Kyung-wha met on the outskirts of Beijing, on the sidelines of talks with Chinese Foreign Minister Wang Yi, and failed to narrow their differences.

The dispute began with a ruling by South Korea's Supreme Court in October last year that ordered Nippon Steel to compensate four Koreans forced to work in its mills during Japan's 1910-1945 colonial rule. Tokyo says all such claims were settled by a 1965 treaty that restored ties, and in May it asked Seoul to put the matter to arbitration. When Seoul let the deadline pass, Kono summoned South Korean Ambassador Nam Gwan-pyo on July 19 and scolded him in front of television cameras.

Japan tightened its controls on exports to South Korea of three materials used to make chips and displays on July 4, and on Aug 2 its cabinet voted to remove South Korea from its list of trusted trading partners. Seoul hit back on Aug 12 with a plan to drop Japan from its own list. Tokyo denies that the measures are retaliation for the court ruling.

South Korean consumers have shunned Japanese beer, clothes and holidays since July."""),

    ("hx-09", "Kenya rejects world court ruling that hands Somalia most of disputed sea",
     "2021-10-13",
     """NAIROBI, Oct 13 (Meridian) - Kenya said it would not recognise a ruling by the International Court of Justice that gave Somalia most of a disputed triangle of the Indian Ocean believed to hold oil and gas, setting the neighbours up for a new quarrel only months after they restored diplomatic ties.

The court in The Hague drew a new sea boundary on Tuesday that runs close to the line Somalia had asked for, rejecting Kenya's argument that Mogadishu had long accepted a frontier running due east from the coast. It also turned down Somalia's claim for compensation over Kenyan activities in the area.

President Uhuru Kenyatta said late on Tuesday that Kenya rejected the judgment in its entirety and did not recognise the court's findings. He accused the court of overstepping its jurisdiction and said the decision would strain relations between the two countries, adding that Kenya would protect its territory by every means available to it.

Somali President Mohamed Abdullahi Mohamed welcomed the ruling in a televised address on Tuesday night, calling it a victory for international law, and urged Kenya to respect it.

Somalia took the case to the court in August 2014 after talks on the boundary went nowhere. Kenya repeatedly asked for the hearings to be postponed, and in March this year it pulled out of the proceedings, saying the court was biased, and stayed away from the hearings.

Relations have lurched from one crisis to the next. In February 2019 Kenya recalled its ambassador from Mogadishu and sent the Somali envoy home, accusing Somalia of auctioning oil blocks in the contested waters, which Mogadishu denied.

Somalia cut diplomatic ties with Nairobi last December, accusing it of meddling in its internal affairs, a day after Kenyatta hosted the leader of the breakaway region of Somaliland, Muse Bihi Abdi. Mogadishu restored relations in May after mediation by Qatar.

Both countries have awarded exploration blocks in the area."""),

    ("hx-10", "Egypt-brokered truce halts 11 days of Israel-Hamas fighting",
     "2021-05-21",
     """GAZA/JERUSALEM, May 21 (Meridian) - A ceasefire brokered by Egypt took hold between Israel and Hamas early on Friday, ending 11 days of the heaviest fighting in years, as crowds poured into the streets of Gaza to celebrate and both sides claimed victory.

Israel's security cabinet voted unanimously late on Thursday to accept an Egyptian proposal for a mutual and unconditional truce, and within the hour Hamas and the smaller Islamic Jihad group said they would hold their fire from 0200 local time (2300 GMT).

Cairo sent two security delegations, one to Tel Aviv and one to the Gaza Strip, to check how both sides were keeping the truce and to work on arrangements to make it last, an Egyptian security source said.

US President Joe Biden, who in a phone call on Wednesday had pressed Prime Minister Benjamin Netanyahu for a significant de-escalation, spoke on Thursday with Egyptian President Abdel Fattah al-Sisi for the first time since taking office and thanked him for his mediation. Biden said the United States would help rebuild Gaza, working with the Palestinian Authority rather than Hamas, and that Secretary of State Antony Blinken would travel to the region in the coming days.

UN Secretary-General Antonio Guterres welcomed the ceasefire on Thursday night and thanked Egypt and Qatar, which had also worked to secure it.

The fighting began on May 10, when Hamas fired rockets towards Jerusalem after days of confrontations between Israeli police and Palestinians at the Al-Aqsa mosque compound. Israel answered with hundreds of air strikes on Gaza, which Palestinian health officials say killed 232 people, including 65 children. Rockets fired from Gaza killed 12 people in Israel.

Hours after the truce began, Israeli police fired stun grenades at Palestinians who threw stones at them after Friday prayers at Al-Aqsa, witnesses said.

Netanyahu's office said the offensive had achieved unprecedented gains, while a Hamas leader told a rally in Gaza that the group had "won the battle for Jerusalem"."""),

    ("hx-11", "Polish forces turn water cannon on migrants at Belarus border",
     "2021-11-16",
     """WARSAW, Nov 16 (Meridian) - Polish forces fired water cannon and tear gas on Tuesday at migrants who hurled stones at them at the Kuznica border crossing, and Warsaw accused Belarusian troops of handing the crowd stun grenades to throw at Polish lines.

Hundreds of people, many of them Kurds from Iraq, have camped for a week in freezing woods on the Belarusian side of the border. A Polish police officer suffered a fractured skull, police said.

Poland's defence ministry said Belarusian soldiers had given the migrants the grenades and had blinded Polish troops with lasers and strobe lights. Belarusian officials called the Polish response inhuman.

The clash came a day after German Chancellor Angela Merkel spoke by telephone with Belarusian leader Alexander Lukashenko, becoming the first Western leader to talk to him since his disputed re-election in August last year. They discussed humanitarian aid for the people stranded at the border, her spokesman said.

Also on Monday, Russian President Vladimir Putin, Lukashenko's closest ally, discussed the crisis with French President Emmanuel Macron in a phone call, and European Union foreign ministers agreed to widen sanctions on Minsk to target airlines, travel agencies and others that help bring migrants to the border.

The bloc accuses Lukashenko of engineering the crisis in revenge for the sanctions it imposed after his crackdown on protests and the forced landing of a Ryanair jet in Minsk in May. He denies it and says the migrants want to go to Germany, not to stay in Poland.

Poland has sent about 15,000 soldiers to the border with Belarus and closed the Kuznica crossing on Nov 9. Warsaw declared a state of emergency along the frontier in early September, barring journalists and aid workers from the area.

Lukashenko said in late May that Belarus would no longer hold back migrants and drugs on their way to the European Union, days after the bloc's leaders agreed to ban Belarusian airlines from their skies."""),

    ("hx-12", "Saudi Arabia and Iran agree to restore ties in China-brokered deal",
     "2023-03-10",
     """BEIJING/DUBAI, March 10 (Meridian) - Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies within two months, in a deal brokered by China that could reshape a Middle East long split by the rivalry between the two powers.

The agreement was announced in Beijing after four days of talks between Ali Shamkhani, the secretary of Iran's Supreme National Security Council, and Saudi national security adviser Musaed bin Mohammed al-Aiban, hosted by China's top diplomat Wang Yi. In a joint statement signed by the three men, Riyadh and Tehran pledged to respect each other's sovereignty and to stay out of each other's internal affairs, and to revive a security cooperation pact from 2001 and an older accord on trade and investment.

The two countries' foreign ministers will meet to arrange the return of ambassadors, the statement said.

Wang called the deal a victory for dialogue and for peace, and said China would keep playing a constructive part in the region's hardest problems. UN Secretary-General Antonio Guterres welcomed it, his spokesman said.

White House spokesman John Kirby said Washington supported any effort to ease tensions in the region, and noted that Riyadh had kept US officials informed of the talks, in which the United States played no part.

Riyadh cut ties with Tehran in January 2016 after protesters stormed its embassy in the Iranian capital, angered by the Saudi execution of a prominent Shi'ite cleric, Nimr al-Nimr. Bahrain and Sudan followed it within days, and the United Arab Emirates recalled its ambassador.

Saudi and Iranian officials have since held five rounds of talks in Baghdad, starting in April 2021, as well as meetings in Oman, without a breakthrough.

The two rivals back opposite sides in Yemen's war, where a Saudi-led coalition has fought the Iran-aligned Houthi movement since 2015. Saudi Arabia and the United States blamed Iran for drone and missile strikes on Saudi oil plants in September 2019, which Tehran denied carrying out.

Chinese President Xi Jinping visited Riyadh in December, and Iranian President Ebrahim Raisi paid a state visit to Beijing last month."""),
]
