"""The second held-out set's articles, written by the team in its own words (see README.md).

Each entry: id, title, published, text. ``build.py`` turns them into ``articles.jsonl``.
"""

SOURCE = "Meridian News Service"

ARTICLES = [
    ("hy-01", "Ecuador breaks off relations with Colombia over raid on FARC camp",
     "2008-03-04",
     """QUITO, Mar 4 (Meridian) - Ecuador broke off diplomatic relations with Colombia on Monday, two days after Colombian aircraft and troops attacked a rebel camp inside Ecuador and killed Raul Reyes, the second-in-command of the Revolutionary Armed Forces of Colombia (FARC).

President Rafael Correa had already expelled Colombia's ambassador and recalled his own envoy from Bogota on Sunday, and he ordered troops to the northern border the same day. On Monday he called the raid a massacre, saying the rebels had been bombed in their sleep and not, as Bogota claimed, pursued across the frontier after firing on Colombian soldiers.

"Our territory was violated and our government was deceived. Ecuador will not accept excuses," Correa said in a televised address.

Colombian President Alvaro Uribe had telephoned Correa early on Saturday to tell him of the operation. His defence minister, Juan Manuel Santos, has defended the strike as a legitimate blow against terrorists.

The dispute deepened on Monday when Colombia's national police chief, General Oscar Naranjo, said files found on computers at the camp showed that Ecuador's security minister, Gustavo Larrea, had been in contact with Reyes. Quito said the contacts were part of efforts to free hostages held by the FARC, and accused Uribe's government of wrecking talks that were close to securing the release of twelve captives, among them Ingrid Betancourt.

Ecuador has asked the Organization of American States to intervene, and the body's permanent council was to hold an emergency session in Washington on Tuesday, where the envoys of both countries were to set out their cases. Correa himself was due to leave on Tuesday for Lima, the first stop of a five-nation tour that will also take him to Brazil, Venezuela, Panama and Nicaragua.

Brazil, the region's largest power, has said the incursion violated Ecuador's sovereignty.

Ecuadorian soldiers who reached the camp found more than a dozen bodies and three wounded women, who were flown to a hospital in Quito.

The two neighbours share a border of about 600 kilometres, much of it jungle where the FARC, which has fought the Colombian state since 1964, has long found refuge. Quito has also complained for years that herbicide sprayed by Colombian planes on coca fields drifts across the frontier and harms Ecuadorian farmers."""),

    ("hy-02", "Russian gas flows to Europe again after Putin and Tymoshenko seal ten-year deal",
     "2009-01-20",
     """KIEV, Jan 20 (Meridian) - Russian gas began flowing west through Ukraine again on Tuesday, ending a two-week shutdown that left parts of Europe without heating in mid-winter, after the prime ministers of the two countries sealed a ten-year supply deal in Moscow.

Vladimir Putin and Yulia Tymoshenko looked on late on Monday as the heads of Gazprom and Ukraine's Naftogaz, Alexei Miller and Oleh Dubyna, signed contracts under which Ukraine will pay European prices minus a 20 percent discount this year, while the fee Russia pays to ship gas across Ukraine stays unchanged.

"There is a contract, and it runs for a long time. Europe can rest easy," Putin told reporters. Tymoshenko said Ukraine had escaped the far higher price that Gazprom had demanded at the start of the month.

Gazprom reopened the valves at ten o'clock Moscow time on Tuesday, and the first gas was expected to reach Slovakia and Hungary within a day and a half.

The shutdown began on January 1, when Gazprom stopped deliveries meant for Ukrainian consumers in a row over unpaid debts and the price for 2009. Moscow then accused Kiev of siphoning off gas intended for Europe, which Ukraine denied, and on January 7 all transit to the European Union stopped. Each side blamed the other for the halt.

Bulgaria, Slovakia and several Balkan states, which rely almost entirely on Russian gas piped through Ukraine, were hardest hit, and schools and factories closed for days.

The European Union, whose Czech presidency spent days shuttling between the two capitals, brokered an accord signed by all three parties on January 12 under which European experts monitor the flows at metering stations in both countries. But a first attempt to restart deliveries on January 13 collapsed within hours, with Gazprom saying Ukraine had blocked the gas and Naftogaz saying the route offered could not be used.

Putin hosted a gas summit of European and Ukrainian leaders in Moscow on Saturday, and he and Tymoshenko announced the outline of the deal after talks that ran into the early hours of Sunday.

European Commission President Jose Manuel Barroso has said the crisis damaged the credibility of both countries, one as a supplier and the other as a transit route.

President Viktor Yushchenko, Tymoshenko's rival, has questioned whether Ukrainian industry can bear the new price.

Three years ago, on January 1, 2006, Gazprom also cut supplies to Ukraine in a dispute over prices, briefly reducing the flow to Europe."""),

    ("hy-03", "Russia expels 23 British diplomats in retaliation over spy poisoning",
     "2018-03-17",
     """MOSCOW, Mar 17 (Meridian) - Russia said on Saturday it would expel 23 British diplomats and shut down the British Council in the country, retaliating for London's expulsion of the same number of Russians over the poisoning of a former spy in England.

The foreign ministry summoned Britain's ambassador, Laurie Bristow, and told him the diplomats had a week to leave. It also withdrew its consent for the British consulate general in St Petersburg to operate.

Prime Minister Theresa May said on Saturday that the Russian response did not change the facts of the case, and that Britain would consider its next steps alongside its allies. Her National Security Council will meet early next week.

Sergei Skripal, a former colonel in Russian military intelligence who sold secrets to Britain, and his daughter Yulia were found unconscious on a bench in the city of Salisbury on March 4 and remain critically ill. British officials say they were poisoned with Novichok, a nerve agent developed by the Soviet military.

May told parliament on Monday that it was highly likely Russia was responsible, and Foreign Secretary Boris Johnson demanded the same day that Moscow explain how the agent came to be used. Two days later May announced the expulsions, the largest since the Cold War, along with a freeze on high-level contacts with Moscow.

Johnson said on Friday it was "overwhelmingly likely" that President Vladimir Putin had personally ordered the attack, a claim the Kremlin called shocking and unforgivable.

The leaders of the United States, France and Germany joined May on Thursday in a statement that blamed Russia for the attack and said there was no plausible alternative explanation.

Moscow denies any role. Foreign Minister Sergei Lavrov has called the accusations nonsense and said Britain had turned down Russian requests for samples of the agent and for consular access to Yulia Skripal, who is a Russian citizen.

Skripal was convicted in Russia in 2006 of spying for Britain and came to England in 2010 as part of a spy swap between Moscow and Washington.

NATO Secretary General Jens Stoltenberg has called the use of the nerve agent a clear breach of international norms and expressed the alliance's solidarity with London."""),

    ("hy-04", "Mali junta tells France to pull out troops 'without delay'",
     "2022-02-18",
     """BAMAKO, Feb 18 (Meridian) - Mali's military government on Friday demanded that France withdraw its troops "without delay", a day after President Emmanuel Macron announced that French and allied European forces would leave the country after nine years of fighting Islamist militants there.

Colonel Abdoulaye Maiga, the government spokesman, said on state television that the results of the French mission had not been satisfactory, and that the soldiers should leave under the supervision of the Malian authorities.

Macron made the announcement in Paris on Thursday, after a working dinner at the Elysee Palace the previous evening with Senegalese President Macky Sall, who chairs the African Union, European Council President Charles Michel and the leaders of the European countries in the Takuba special forces task force. French bases in Mali will close over the next four to six months.

"We cannot remain militarily engaged alongside de facto authorities whose strategy and hidden aims we do not share," Macron told reporters. In a joint declaration, France and its partners blamed "multiple obstructions" by the Malian transitional authorities for the decision.

Relations between Paris and Bamako have soured since the army seized power in August 2020 and again in May 2021.

On January 31 the junta gave the French ambassador, Joel Meyer, 72 hours to leave, after French Foreign Minister Jean-Yves Le Drian called it illegitimate. Days earlier, Mali had demanded that Denmark pull out about 100 special forces soldiers who had just arrived, and Copenhagen agreed to bring them home.

The Economic Community of West African States imposed sanctions on Mali on January 9, closing its members' borders with the country over the junta's plan to delay elections by up to five years.

Paris and its partners also accuse the junta of bringing in fighters of the Russian private military company Wagner. Bamako denies it, saying only Russian military instructors are in the country.

France first sent troops to Mali in January 2013 at the request of the government of the day, to halt an advance by armed groups on the capital. More than 50 French soldiers have since been killed in the Sahel.

Macron said the fight against militants in the region would continue from neighbouring Niger."""),

    ("hy-05", "Ethiopia and Eritrea declare end to state of war",
     "2018-07-09",
     """ASMARA, Jul 9 (Meridian) - The leaders of Ethiopia and Eritrea declared on Monday that the state of war between their countries was over, signing a joint declaration in Asmara that commits the former enemies to restoring trade, flights and diplomatic ties after two decades of hostility.

Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed the five-point document a day after Abiy flew into the Eritrean capital, the first visit by an Ethiopian leader in some 20 years. Isaias greeted him at the airport, and thousands of people lined the streets waving the flags of both nations.

Over dinner on Sunday the two leaders agreed to reopen embassies, let Ethiopia use Eritrean ports and resume flights between the two capitals, Abiy's chief of staff said.

"The wall between our peoples has come down, and we will build a bridge in its place," Abiy said at the dinner.

Telephone lines between the two countries were reconnected on Monday, and Eritreans dialled relatives in Ethiopia for the first time since 1998.

The two countries fought a border war from 1998 to 2000 in which about 80,000 people were killed. A peace agreement signed in Algiers in December 2000 set up a boundary commission, but Ethiopia refused to hand over territory the commission awarded to Eritrea in 2002, including the town of Badme, and the two armies have faced each other along the frontier ever since.

Abiy, who took office in April, broke the deadlock last month when his ruling coalition said it would fully accept the Algiers agreement and the boundary ruling. Asmara responded by sending its foreign minister, Osman Saleh, to Addis Ababa on June 26, the first such delegation in years.

At home, Abiy has freed thousands of prisoners and lifted a state of emergency since taking office.

United Nations Secretary-General Antonio Guterres has welcomed the rapprochement, and said that the sanctions the Security Council imposed on Eritrea in 2009 could soon become obsolete.

Ethiopian Airlines, the state-owned carrier, said it would resume flights to Asmara within weeks."""),

    ("hy-06", "Erdogan ties Armenia accords to Karabakh a day after Zurich signing",
     "2009-10-11",
     """ANKARA, Oct 11 (Meridian) - Turkish Prime Minister Tayyip Erdogan said on Sunday that Turkey's parliament would not approve its new accords with Armenia unless Armenian forces pulled back from land they hold in Azerbaijan, a day after the two neighbours signed a deal to establish diplomatic relations.

"Turkey and Azerbaijan are one nation with two states. As long as Armenia occupies Azerbaijani land, this process cannot move forward in our parliament," Erdogan said.

Foreign Ministers Ahmet Davutoglu and Eduard Nalbandian signed two protocols in Zurich on Saturday evening, committing their countries to open embassies and to reopen their shared border within two months of the accords taking effect.

The ceremony at the University of Zurich, attended by US Secretary of State Hillary Clinton, Russian Foreign Minister Sergei Lavrov, French Foreign Minister Bernard Kouchner and the European Union's foreign policy chief, Javier Solana, was delayed by more than three hours by a last-minute dispute over the statements each side planned to make. Clinton spent the delay going between the two delegations and helped broker a compromise under which neither minister spoke. She later praised both governments for their courage.

Switzerland had mediated the talks that produced the protocols for more than two years. Both parliaments must still ratify them.

Turkey closed the border in 1993 in solidarity with Azerbaijan, which was then losing a war with ethnic Armenian forces over Nagorno-Karabakh.

Baku has warned that opening the border before a settlement would hurt its ties with Ankara, and the Azerbaijani foreign ministry said on Sunday that the accords ran counter to its national interests.

The protocols also set up a commission of historians to examine the past, including the mass killings of Armenians by Ottoman Turks in 1915, which Armenia calls genocide.

Armenian President Serzh Sargsyan, who faced angry protests from diaspora Armenians during a tour of their communities in Paris, New York, Los Angeles, Beirut and Rostov-on-Don this month, is due to travel to the Turkish city of Bursa on Wednesday to watch a World Cup qualifier between the two national teams. President Abdullah Gul invited him to the match.

Gul became the first Turkish head of state to visit Armenia when he attended the first leg of the qualifier in Yerevan in September last year."""),

    ("hy-07", "Filipinos protest as China suspends tours over Scarborough Shoal standoff",
     "2012-05-11",
     """MANILA, May 11 (Meridian) - Hundreds of Filipinos protested outside Chinese diplomatic offices in Manila on Friday over a month-long standoff between Chinese and Philippine ships at a disputed shoal in the South China Sea. Police kept the protesters away from the gates of the Chinese consulate in the business district of Makati.

Chinese travel agencies halted tours to the Philippines this week on the advice of Beijing's tourism authority, and China's embassy told its citizens in Manila to stay indoors on Friday. Philippine banana exporters also say Chinese inspectors have held up their shipments in recent weeks, citing pests.

Vice Foreign Minister Fu Ying told the Philippine charge d'affaires, Alex Chua, in Beijing on Monday that China had "made all preparations" to respond to any escalation by Manila. It was not the first time she had summoned him since the standoff began.

Beijing's foreign ministry has said the Philippines must withdraw its vessels and stop provoking China.

The standoff began on April 10, when a Philippine warship tried to arrest Chinese fishermen it had found with giant clams, corals and live sharks at Scarborough Shoal, and two Chinese maritime surveillance vessels sailed in between to block it. The reef, some 220 kilometres off the main Philippine island of Luzon, is claimed by both countries.

Manila later replaced the warship with a smaller coast guard vessel, but several Chinese ships remain at the shoal.

Foreign Secretary Albert del Rosario has proposed taking the dispute to the International Tribunal for the Law of the Sea, an idea Beijing has rejected, saying its sovereignty over the shoal, which it calls Huangyan Island, is indisputable.

The Philippines, a treaty ally of the United States, held its first joint talks with Washington at the level of foreign and defence ministers on April 30, and the two sides reaffirmed their commitments under a mutual defence treaty signed in 1951.

"We will not be bullied, but we want a peaceful solution," a Philippine diplomat said on Friday, asking not to be named."""),

    ("hy-08", "Guyana and Venezuela pledge not to use force over Essequibo",
     "2023-12-15",
     """GEORGETOWN, Dec 15 (Meridian) - The presidents of Guyana and Venezuela pledged on Thursday not to threaten or use force against each other, easing for now a crisis over Venezuela's claim to the oil-rich Essequibo region that had alarmed governments across the Americas.

Irfaan Ali and Nicolas Maduro shook hands at the start of their meeting at an airport on the Caribbean island of St Vincent, in talks hosted by the island nation's Prime Minister Ralph Gonsalves and attended by Brazil's Celso Amorim, who helped broker them.

In a joint declaration read out after several hours of talks, the two sides agreed to settle the dispute in line with international law, to set up a joint commission of foreign ministers and to meet again in Brazil within three months.

Ali said afterwards that Guyana did not want war, but that the border question remained before the International Court of Justice.

The crisis deepened after Venezuelans approved, in a referendum on December 3, proposals to create a Venezuelan state in the territory, which makes up about two-thirds of Guyana. Two days later, Maduro ordered the state oil company to issue licences to extract crude in the region and presented a new map that showed it as part of Venezuela.

Ali called the move a direct threat to Guyana's territorial integrity, put the country's defence force on alert and asked the United Nations Security Council to act.

The United States, whose oil major ExxonMobil leads a consortium pumping crude off Guyana's coast, held military flight exercises with Guyana on December 7. Brazil, which borders both countries, has sent armoured vehicles and extra troops to its northern frontier in recent weeks.

Guyana took the dispute to the world court in 2018, asking it to confirm an 1899 arbitration award that set the border. Venezuela says the award was a fraud.

On December 1 the court ordered Caracas to refrain from any action that would alter the situation on the ground, an order Maduro's government dismissed, going ahead with the vote two days later.

Guyana's economy has grown faster than any other in the world since oil began to flow in 2019."""),

    ("hy-09", "Greece and Macedonia sign deal on new name at Lake Prespa",
     "2018-06-17",
     """PSARADES, Jun 17 (Meridian) - Greece and Macedonia signed an agreement on Sunday to rename the former Yugoslav republic the Republic of North Macedonia, a deal meant to end a 27-year dispute that has kept Skopje out of NATO and the European Union.

Foreign Ministers Nikos Kotzias and Nikola Dimitrov put their names to the accord on the shore of Lake Prespa, where the two countries meet Albania, as Prime Ministers Alexis Tsipras and Zoran Zaev looked on with United Nations mediator Matthew Nimetz and the European Union's foreign policy chief, Federica Mogherini.

Tsipras then crossed the lake with Zaev for lunch in the Macedonian village of Otesevo, the first Greek prime minister to set foot in the country since it declared independence in 1991.

Under the deal, Macedonia will amend its constitution, and Greece will lift its objections to its neighbour joining NATO and opening membership talks with the EU.

"Today we take a brave step for peace between our peoples," Tsipras said at the ceremony.

The two prime ministers announced the compromise on Tuesday after a telephone call, and NATO Secretary General Jens Stoltenberg praised both leaders the same day.

The deal still faces opposition in both countries. Greek police fired tear gas on Sunday at hundreds of protesters who tried to reach the signing site from the nearby village of Pisoderi, and thousands rallied outside parliament in Skopje. Tsipras survived a no-confidence vote in Athens over the deal on Saturday, while Macedonian President Gjorge Ivanov has said he will not sign it.

Macedonia's parliament must ratify the agreement, and a referendum is planned for the autumn.

Greece objects to the name Macedonia, which it says implies a claim on its own northern province of the same name and on the heritage of Alexander the Great.

Athens imposed a trade embargo on its northern neighbour in 1994 and, in April 2008, vetoed an invitation for it to join NATO at the alliance's summit in Bucharest. The two countries signed an interim accord in 1995 under which Greece lifted the embargo."""),

    ("hy-10", "Algeria cuts diplomatic ties with Morocco, citing 'hostile actions'",
     "2021-08-24",
     """ALGIERS, Aug 24 (Meridian) - Algeria broke off diplomatic relations with Morocco on Tuesday, accusing its western neighbour of hostile actions that included backing a separatist movement in the Kabylie region and, Algiers says, a role in the wildfires that have killed dozens of people there this month.

Foreign Minister Ramtane Lamamra told a news conference that the kingdom "has never stopped carrying out hostile acts against Algeria", and that the break took effect immediately, although consulates in both countries would stay open.

Morocco said late on Tuesday that it regretted the "completely unjustified" decision and rejected the "fallacious, even absurd" reasons given for it, adding that it would remain a loyal partner to the Algerian people.

Lamamra cited a note circulated last month by Morocco's ambassador to the United Nations, Omar Hilale, that called for self-determination for the people of Kabylie. He also cited remarks made on August 12 by Israeli Foreign Minister Yair Lapid during a visit to Morocco, in which Lapid voiced concern about Algeria's role in the region and its closeness to Iran.

Algeria recalled its ambassador from Rabat for consultations in July over the Hilale note. Its High Security Council decided on August 18 to review relations with the kingdom, blaming the fires on groups it said were backed by Morocco and Israel.

Morocco has denied any involvement in the fires. King Mohammed VI offered last month to reopen the border and to work with President Abdelmadjid Tebboune to improve ties.

The land border between the two countries has been closed since 1994.

The two countries are long-time rivals, chiefly over Western Sahara, a former Spanish colony that Morocco regards as its own and where Algeria backs the Polisario Front independence movement.

Rabat's position there was strengthened in December, when the United States recognised Moroccan sovereignty over the territory in a deal under which Morocco also agreed to restore ties with Israel.

Residents of the Kabylie town of Larbaa Nath Irathen lynched a man they wrongly suspected of starting fires this month, and police have arrested dozens of people over the killing."""),

    ("hy-11", "Iraq recalls envoy, takes Turkey to UN over deadly resort shelling",
     "2022-07-21",
     """BAGHDAD, Jul 21 (Meridian) - Iraq recalled its top diplomat from Ankara and said it would take Turkey to the United Nations Security Council after artillery fire struck a mountain resort in the Kurdistan region on Wednesday, killing nine tourists, among them a child.

Prime Minister Mustafa al-Kadhimi accused Turkey of a "flagrant violation" of Iraqi sovereignty. His national security council decided late on Wednesday to recall Iraq's charge d'affaires from Ankara, to halt the dispatch of a new ambassador and to demand that Turkish forces leave Iraqi territory.

Turkey's foreign ministry said in a statement on Wednesday that its forces had not carried out the attack, blamed it on Kurdish militants of the Kurdistan Workers' Party (PKK), and urged Iraqi officials not to fall for what it called terrorist propaganda.

Foreign Minister Mevlut Cavusoglu, repeating that Turkey does not target civilians, said on Thursday that Ankara was ready to take every step to bring the truth to light and offered to investigate the incident jointly with Baghdad.

Hundreds of Iraqis protested outside Turkish visa offices in Baghdad and the southern city of Karbala on Thursday, some of them burning Turkish flags and calling for the expulsion of the ambassador.

Iraqi officials said the victims, holidaymakers from central and southern Iraq, had come north to escape the summer heat. Several of the wounded were taken to hospitals in Zakho and Duhok.

Turkey has fought the PKK in the mountains of northern Iraq for decades and launched its latest offensive there, called Claw-Lock, in April, with troops operating from dozens of bases inside Iraq. Baghdad, which says the operations violate its sovereignty, summoned the Turkish ambassador over the offensive at the time.

The PKK, which has waged an insurgency against the Turkish state since 1984, is listed as a terrorist group by Ankara, the United States and the European Union.

Iraq's Foreign Minister Fuad Hussein is expected to set out the complaint in New York."""),

    ("hy-12", "Turkey lifts veto on Finland and Sweden joining NATO",
     "2022-06-28",
     """MADRID, Jun 28 (Meridian) - Turkey dropped its opposition to Finland and Sweden joining NATO on Tuesday, after the two Nordic countries agreed to meet Ankara's demands on fighting Kurdish militant groups and to lift restrictions on arms sales to Turkey.

The foreign ministers of the three countries, Mevlut Cavusoglu, Ann Linde and Pekka Haavisto, signed a memorandum at a Madrid conference centre hours before the start of a NATO summit. The signing followed talks between Turkish President Tayyip Erdogan, Finnish President Sauli Niinisto and Swedish Prime Minister Magdalena Andersson, hosted by NATO Secretary General Jens Stoltenberg.

"We now have an agreement that opens the door for Finland and Sweden to join," Stoltenberg told reporters.

Under the memorandum, Finland and Sweden will not support the Syrian Kurdish YPG militia or the network of the US-based cleric Fethullah Gulen, whom Ankara blames for a failed coup in 2016, and will address Turkey's pending requests for the deportation or extradition of terrorism suspects. The three countries will also set up a permanent joint mechanism to oversee the commitments.

Erdogan's office said Turkey had got what it wanted.

NATO leaders are expected to invite the two countries to join the alliance on Wednesday, although their accession must still be ratified by the parliaments of all 30 members, including Turkey's.

Finland and Sweden, long militarily non-aligned, applied to join NATO on May 18, a move prompted by Russia's invasion of Ukraine in February. Turkey, the only member to object, accused them of harbouring militants of the Kurdistan Workers' Party (PKK) and blocked the start of their accession talks.

Ankara also demanded an end to the arms restrictions, which Sweden and Finland imposed after a Turkish military incursion into northeast Syria in October 2019.

US President Joe Biden congratulated the three countries on the agreement.

Russia has warned that it would respond to the two countries' membership with "military-technical" measures."""),
]
