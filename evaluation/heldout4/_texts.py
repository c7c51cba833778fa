"""The fourth held-out set's articles, written by the team in its own words (see README.md).

Each entry: id, title, published, text. ``build.py`` turns them into ``articles.jsonl``.
"""

SOURCE = "Meridian News Service"

ARTICLES = [
    ("hw-01", "Last Russian troops leave Germany and the Baltic states",
     "1994-09-01",
     """BERLIN, Sep 1 (Meridian) - The last Russian troops left Germany on Wednesday, almost half a century after the Red Army took Berlin, and Moscow completed the pullout of its forces from Estonia and Latvia on the same day.

President Boris Yeltsin and Chancellor Helmut Kohl saw off the final contingent at a ceremony in Berlin, where Yeltsin thanked the Germans for their help in rehousing the soldiers and said the two nations would never again face each other as enemies. Kohl praised the troops for leaving in good order and promised that Germany would stand by Russia's reforms.

Under a treaty signed in October 1990, Bonn has paid several billion marks toward flats in Russia for the returning officers of a force that once numbered more than 300,000 men in East Germany.

In Tallinn, President Lennart Meri said Estonia was in full control of its own land for the first time since 1940. The last units left under an agreement that Meri and Yeltsin signed in Moscow on July 26, which also guaranteed the pensions of thousands of retired Russian officers who live in Estonia. A few hundred Russian technicians remain at the former naval base of Paldiski to dismantle two nuclear training reactors.

Latvia has agreed to let Russia run the Skrunda radar station for four more years before it is torn down, under a treaty that President Guntis Ulmanis signed with Yeltsin on April 30. Ulmanis said on Wednesday that his country would now seek closer ties with NATO and the European Union.

Moscow has repeatedly accused both governments of denying citizenship to their large Russian-speaking minorities, and it had at times tied the withdrawal to their treatment.

Russian forces left Lithuania a year earlier, on August 31, 1993.

President Bill Clinton, who met the three Baltic presidents in Riga in July, had pressed Yeltsin to keep to the August deadline, and some US senators warned that aid to Russia could be cut if the troops stayed.

The American, British and French garrisons in Berlin are due to leave next week. Kohl will join British Prime Minister John Major and French President Francois Mitterrand at their farewell ceremony on September 8.

Trains carrying the last tanks and vehicles crossed into Poland during the night, and Berlin police closed several streets around the ceremony."""),

    ("hw-02", "US sends second carrier group toward Taiwan as China fires missiles",
     "1996-03-11",
     """WASHINGTON, Mar 11 (Meridian) - The United States is sending a second aircraft carrier group toward Taiwan, officials said on Monday, after China fired missiles into the seas off the island's two main ports and announced live-fire exercises in the Taiwan Strait.

The carrier Nimitz and its escorts were ordered from the Gulf to join the Independence group, which the Pentagon moved to waters near Taiwan on Friday, the day the missiles splashed down.

Chinese forces fired three surface-to-surface missiles on Friday into target zones close to the northern port of Keelung and the southern port of Kaohsiung. Beijing announced on Saturday that its army, navy and air force would hold live-fire exercises in the strait from Tuesday until March 20.

Secretary of State Warren Christopher called the tests reckless and said at the weekend that any use of force against Taiwan would have grave consequences. He and Defense Secretary William Perry gave the same warning to Liu Huaqiu, a senior Chinese foreign policy official, during talks in Washington last week.

Beijing says Taiwan is a Chinese province and that the exercises are its own affair. Premier Li Peng told the National People's Congress last week that China would never give up the right to use force to reunify the island with the mainland, and the Foreign Ministry has told Washington not to interfere.

Taiwan holds its first direct presidential election on March 23. President Lee Teng-hui, whom Beijing accuses of seeking independence, told supporters that Taiwan would not be frightened. Taiwan's armed forces were put on alert at the weekend.

China fired missiles off Taiwan for the first time last July, weeks after Lee made a private visit to the United States that Beijing condemned. China recalled its ambassador from Washington in June last year over the visit.

In Taipei, share prices fell and residents queued at banks to buy US dollars. The central bank spent heavily to support the Taiwan dollar.

Washington has no formal ties with Taipei but is bound by a 1979 law to help the island defend itself, and it sells Taiwan fighter jets and other arms.

A Pentagon spokesman said the carriers would stay in international waters and were not there to provoke anyone."""),

    ("hw-03", "Indonesia asks UN for peacekeepers in East Timor",
     "1999-09-13",
     """JAKARTA, Sep 13 (Meridian) - Indonesia asked the United Nations on Sunday to send an international peacekeeping force to East Timor, bowing to world pressure after a week in which pro-Jakarta militias killed and burned their way across the territory since it voted for independence.

President Bacharuddin Jusuf Habibie said in a televised address that he had told Secretary-General Kofi Annan that Indonesia was ready to accept peacekeepers from friendly countries to restore security.

Annan welcomed the decision and said the force should be sent as quickly as possible. Australia, which has offered to lead it, has some 2,000 soldiers waiting in the northern city of Darwin, and Prime Minister John Howard said they could move within days of a Security Council vote. Portugal, the former colonial ruler, has also offered troops.

A Security Council delegation led by Namibia's ambassador, Martin Andjaba, flew to Dili on Saturday and met the armed forces commander, General Wiranto, who admitted that his troops had failed to stop the violence.

President Bill Clinton, who is in Auckland for a summit of Asia-Pacific leaders, said on Thursday that Washington had suspended all military ties with Indonesia, and he warned that international loans could be at risk if Jakarta did not let the peacekeepers in. Clinton welcomed Habibie's decision on Sunday.

Foreign Minister Ali Alatas is to fly to New York for talks at the United Nations on the size of the force and which countries will take part. Indonesian officials have said they would prefer troops from Southeast Asian neighbours to a force made up mainly of Australians.

Hundreds of Indonesians have demonstrated outside the Australian embassy in Jakarta in recent days, accusing Canberra of meddling.

The violence began after the United Nations announced on September 4 that 78.5 percent of voters had chosen independence. Militiamen fired at the UN compound in Dili, where hundreds of refugees had sheltered, and tens of thousands of people fled into the hills or were taken across the border into West Timor.

Indonesia invaded East Timor in December 1975, after Portugal abandoned the colony, and annexed it the following year. The United Nations never recognised the annexation.

In Jakarta, the People's Consultative Assembly is due to decide next month whether to accept the result of the ballot."""),

    ("hw-04", "China to free US spy plane crew after Washington says it is very sorry",
     "2001-04-11",
     """BEIJING, Apr 11 (Meridian) - China said on Wednesday it would let the 24 crew members of a US spy plane held on Hainan island for 11 days go home, after the United States said it was very sorry for the death of a Chinese pilot and for landing without permission.

US Ambassador Joseph Prueher delivered a letter to Foreign Minister Tang Jiaxuan in which Washington expressed its regret over the loss of the pilot, Wang Wei, and said it was very sorry that the damaged plane had entered Chinese airspace and landed without clearance.

Foreign Ministry spokesman Zhu Bangzao said the crew would be released on humanitarian grounds. A chartered aircraft is expected to fly them out on Thursday.

Under the deal, the two governments agreed to hold talks on April 18 on the collision and on the fate of the plane, which remains on Hainan.

The EP-3 surveillance plane collided on April 1 with a Chinese fighter over the South China Sea and made an emergency landing at a military airfield on the island. Chinese soldiers took the crew into custody after the landing. Beijing said the American plane had veered into the fighter, while Washington blamed the Chinese pilot for flying too close.

President Jiang Zemin had demanded a full apology, and Beijing has called on Washington to end its surveillance flights off the Chinese coast.

President George W Bush said at the White House that the crew would soon be home, but he made clear that the United States would not apologise for the flight itself, which it says took place in international airspace. Secretary of State Colin Powell said last week that he regretted the pilot's death.

US diplomats were allowed to see the crew three times during their detention.

Chinese state television showed Wang's widow in tears, and students in several cities wrote letters calling for a tougher line.

The standoff was the worst between the two powers since NATO bombed China's embassy in Belgrade in May 1999, and it has threatened a visit to China that Bush plans later this year."""),

    ("hw-05", "Crowds set Danish and Norwegian missions ablaze in Damascus and Beirut",
     "2006-02-05",
     """COPENHAGEN, Feb 5 (Meridian) - Thousands of protesters set fire to the Danish consulate in Beirut on Sunday, a day after crowds in Damascus stormed and burned the Danish and Norwegian embassies in anger at newspaper cartoons of the Prophet Mohammed.

Lebanese security forces fired tear gas and water cannon at the crowd in Beirut, and the government of Prime Minister Fouad Siniora apologised to Denmark. Interior Minister Hassan Sabaa offered his resignation.

Foreign Minister Per Stig Moller said Syria had failed in its duty to protect foreign embassies and demanded that Damascus ensure the safety of Danish citizens. Denmark told its citizens to leave Syria.

Norway's foreign minister, Jonas Gahr Store, said on Sunday that he held the Syrian government responsible for the attack on the embassy in Damascus, where security forces had done little to stop the crowd. The United States also condemned the attacks and said Damascus bore responsibility.

Prime Minister Anders Fogh Rasmussen appealed on television for calm and said the government could not apologise for what an independent newspaper had printed.

The drawings appeared in the Jyllands-Posten daily on September 30. In October, Rasmussen refused to meet the envoys of 11 mostly Muslim countries, led by Egypt's ambassador, who had asked to discuss them with him. The newspaper apologised on January 30 for offending Muslims.

Saudi Arabia recalled its ambassador from Copenhagen on January 26, and Libya closed its embassy in the Danish capital days later. Shoppers across the Gulf have boycotted Danish dairy products.

The European Union's foreign policy chief, Javier Solana, said on Sunday that attacks on embassies could not be accepted and called on governments in the region to protect diplomatic missions. Austria, which holds the bloc's presidency, condemned the violence in Damascus.

In Gaza, gunmen briefly surrounded an EU office last week.

Danish companies said their sales in the Middle East had collapsed."""),

    ("hw-06", "US, Britain and France recognise Kosovo; Serbia recalls envoy from Washington",
     "2008-02-19",
     """BELGRADE, Feb 19 (Meridian) - The United States, Britain and France recognised Kosovo as an independent state on Monday, a day after its parliament declared independence from Serbia, and Belgrade recalled its ambassador from Washington in protest.

Secretary of State Condoleezza Rice said Kosovo's independence would bring stability to the region. Turkey, Albania and Afghanistan also recognised the new state on Monday, and Kosovo's prime minister, Hashim Thaci, thanked Washington for its support.

Serbia said it would recall its ambassador from every country that recognised Kosovo. Prime Minister Vojislav Kostunica accused the United States on Sunday of violating international law to create a false state.

President Boris Tadic told the United Nations Security Council in New York on Monday that Serbia would never accept the independence of its southern province. The council met at the request of Serbia and Russia but took no decision.

Russia, which has a veto in the council, called on the UN mission in Kosovo and the NATO-led peacekeepers on Sunday to annul the declaration. Moscow blocked a UN plan last year that would have given Kosovo supervised independence.

European Union foreign ministers meeting in Brussels on Monday left each member state to decide for itself. Spain and Cyprus, which face separatist pressure of their own, said they would not recognise Kosovo.

The bloc approved on Saturday a mission of some 2,000 police officers, judges and customs officials to take over from the United Nations in Kosovo.

Protesters threw stones at the US embassy in Belgrade on Sunday night and riot police pushed them back. On Tuesday, crowds of Serbs set fire to two UN border posts in northern Kosovo.

Kosovo has been run by the United Nations since June 1999, when NATO's 78-day bombing campaign forced Serbian forces to withdraw. About 16,000 NATO troops are still stationed there.

Ethnic Albanians make up about 90 percent of Kosovo's two million people. The parliament voted unanimously for independence on Sunday, and crowds celebrated in Pristina through the night."""),

    ("hw-07", "First US aid plane lands in Myanmar as UN voices frustration",
     "2008-05-13",
     """BANGKOK, May 13 (Meridian) - A US military cargo plane landed in Yangon on Monday with water, mosquito nets and blankets for the survivors of Cyclone Nargis, the first American aid flight that Myanmar's military government has allowed in.

The head of the US aid agency, Henrietta Fore, and Admiral Timothy Keating, the commander of US forces in the Pacific, flew in on the plane and met senior Myanmar officials at the airport. Two more American flights are due on Tuesday, officials said.

United Nations Secretary-General Ban Ki-moon said on Monday that he was deeply concerned and immensely frustrated at the unacceptably slow response to the disaster, and he called on the generals to let in aid workers without delay.

The junta seized two planeloads of food sent by the World Food Programme on Friday, and the UN agency briefly stopped its flights. On the same day Myanmar's foreign ministry said the country was not ready to receive foreign rescue teams or journalists, and it turned down offers of help from the United Nations and Western governments.

Washington has asked for permission for helicopters from the amphibious ship USS Essex, now in the Gulf of Thailand, to ferry supplies to the flooded Irrawaddy delta, but the generals have not agreed. The United States has pledged more than $3 million in aid.

French Foreign Minister Bernard Kouchner proposed last week that the Security Council authorise aid deliveries without the junta's consent. China, Myanmar's main ally, rejected the idea, saying the disaster was an internal matter.

Neighbours India, China and Thailand have flown or shipped in relief supplies since last week.

Foreign ministers of the Association of Southeast Asian Nations will meet in Singapore on May 19 to discuss the disaster.

The cyclone struck the delta on May 2 and 3. State media put the death toll at more than 31,000, with almost 30,000 people missing, and aid groups say more than a million people are homeless.

Despite the disaster, the government held a referendum on a new constitution on Saturday, except in the worst-hit areas, where the vote was put off by two weeks.

Survivors in the delta said they had received little help, and monks were handing out rice in some villages."""),

    ("hw-08", "North Korea shells South Korean island, Seoul fires back",
     "2010-11-23",
     """SEOUL, Nov 23 (Meridian) - North Korea fired scores of artillery shells onto the South Korean island of Yeonpyeong on Tuesday, killing two marines, wounding more than a dozen people and setting homes ablaze, and South Korea fired back in one of the heaviest clashes between the two since the Korean War.

South Korean howitzers on the island returned fire, and Seoul scrambled F-16 fighter jets and put its forces on the highest alert short of war.

President Lee Myung-bak said that any further provocation would be met with enormous retaliation. His government also postponed Red Cross talks with the North that had been planned for Thursday.

The North's supreme military command said South Korean forces had fired first, into its waters, during military drills, and it warned that it would keep striking without mercy if the South violated its sea border by even a fraction. Seoul said its shells had been fired to the southwest, away from the North.

The White House condemned the attack and called on North Korea to halt its belligerent action. China's Foreign Ministry spokesman, Hong Lei, urged both Koreas to show restraint. Secretary-General Ban Ki-moon condemned the shelling as one of the gravest incidents since the end of the war.

In Tokyo, Prime Minister Naoto Kan told his ministers to prepare for any emergency.

The US envoy on North Korea, Stephen Bosworth, held talks in Seoul on Monday about a uranium enrichment plant that the North had shown a visiting American scientist this month. He is due in Beijing on Wednesday.

Tension has been high since March 26, when the South Korean warship Cheonan sank near the same sea border with the loss of 46 sailors. An international investigation led by Seoul concluded in May that a North Korean torpedo had sunk the ship, and the South cut off most trade with the North that month. Pyongyang denied any role in the sinking.

North Korea has never accepted the maritime border drawn by the US-led UN Command after the 1950-53 war.

Residents of Yeonpyeong spent the night in shelters, and ferries were sent to take women and children to the mainland."""),

    ("hw-09", "Egypt buys 24 Rafale jets from France as its warplanes strike Libya",
     "2015-02-17",
     """CAIRO, Feb 17 (Meridian) - Egypt signed a deal on Monday to buy 24 Rafale fighter jets, a naval frigate and missiles from France for about 5.2 billion euros, becoming the first foreign buyer of the French warplane on the day its air force bombed Islamic State militants in neighbouring Libya.

French Defence Minister Jean-Yves Le Drian and his Egyptian counterpart, Sedki Sobhi, signed the contract in Cairo, and Le Drian then met President Abdel Fattah al-Sisi, who said the sale showed the strength of relations between the two countries.

President Francois Hollande had announced the sale on Thursday after a telephone conversation with Sisi.

Egyptian jets struck camps and arms depots of the group in the Libyan city of Derna on Monday, a day after the militants released a video showing the beheading of 21 Egyptian Christian workers they had kidnapped in Libya. Sisi declared seven days of national mourning.

Hollande and Sisi spoke again by phone on Monday and called for the UN Security Council to meet on Libya and to take new measures against the militants. In a radio interview on Tuesday, Sisi said there was no choice but for the council to back an international coalition in Libya.

Foreign Minister Sameh Shoukry will attend a Security Council session on Libya in New York on Wednesday.

Libya's internationally recognised government, which sits in the eastern city of Tobruk, said it had been consulted about the raids.

The United States, long Egypt's main arms supplier, froze deliveries of warplanes, tanks and missiles to Cairo in October 2013, three months after the army removed President Mohamed Morsi.

Rights groups criticised Paris for arming a government that has jailed thousands of opponents, and Egyptian courts have sentenced hundreds of Morsi's supporters to death in mass trials.

Dassault Aviation, which builds the Rafale, had failed to sell it abroad since the plane entered service in 2001. India chose it in 2012 for a contract for 126 jets, but negotiations with New Delhi have dragged on.

The frigate, a FREMM built for the French navy, is to be handed over before the opening of the new Suez Canal channel in August."""),

    ("hw-10", "China confirms detention of two Canadians after Huawei executive's arrest",
     "2018-12-14",
     """BEIJING, Dec 14 (Meridian) - China said on Thursday that it had detained two Canadians, the former diplomat Michael Kovrig and the businessman Michael Spavor, on suspicion of endangering national security, days after Canada arrested a senior Huawei executive at the request of the United States.

Foreign Ministry spokesman Lu Kang said state security officers had taken both men into custody on Monday, Kovrig in Beijing and Spavor in the border city of Dandong, and that their rights were being protected.

Kovrig, who served as a Canadian diplomat in Beijing and Hong Kong until 2016, works for the International Crisis Group. Spavor organised trips to North Korea.

Foreign Minister Chrystia Freeland said Canada had raised the two cases with Chinese officials and asked for consular access. Ambassador John McCallum is expected to visit Kovrig on Friday.

Canadian police arrested Meng Wanzhou, Huawei's chief financial officer and the daughter of its founder, in Vancouver on December 1. The United States, which wants her extradited, accuses her of misleading banks about Huawei's business in Iran in breach of US sanctions.

Beijing reacted with fury. Vice Foreign Minister Le Yucheng summoned Canada's ambassador on Saturday and demanded that Meng be freed, warning of grave consequences if she was not, and he summoned the US ambassador, Terry Branstad, on Sunday.

A court in Vancouver released Meng on bail on Tuesday, and she must wear an electronic tag while she awaits an extradition hearing.

Prime Minister Justin Trudeau has said his government cannot interfere in the courts. President Donald Trump said on Tuesday that he could step into the case if it would help secure a trade deal with China.

Meng was arrested on the day Trump and President Xi Jinping met over dinner in Buenos Aires and agreed to a 90-day truce in their trade war, during which Washington will hold off on raising tariffs.

Chinese officials have not linked the detentions to Meng's case, but several former Canadian diplomats said the timing left little doubt.

Canada's foreign ministry updated its travel advice for China on Wednesday, and the International Crisis Group said it was working to secure Kovrig's release."""),

    ("hw-11", "Trump calls off Denmark visit after Copenhagen rules out Greenland sale",
     "2019-08-21",
     """COPENHAGEN, Aug 21 (Meridian) - President Donald Trump called off a state visit to Denmark on Tuesday because Prime Minister Mette Frederiksen had said she had no interest in discussing the sale of Greenland to the United States.

The visit, at the invitation of Queen Margrethe, was to have taken place on September 2 and 3.

Frederiksen said on Wednesday that she regretted the decision and was surprised by it, but that the United States remained one of Denmark's closest allies and that her offer of closer cooperation in the Arctic still stood.

Trump confirmed on Sunday that he was interested in buying the island, calling it essentially a large real estate deal. Frederiksen, who was visiting Greenland that day, replied that Greenland was not for sale and called the discussion absurd.

On Wednesday Trump told reporters in Washington that her comment had been nasty, and he complained that Denmark was not spending enough on defence under its NATO commitments.

Greenland's government had said last week that the island was open for business but not for sale.

Danish politicians of all parties mocked the idea. Former Prime Minister Lars Lokke Rasmussen said it must be an April Fool's joke.

The United States has tried to buy Greenland before. In 1946 President Harry Truman offered Denmark $100 million in gold for the island, and Copenhagen turned the offer down. In 1917 Denmark sold its West Indies colony to Washington, which renamed it the US Virgin Islands.

The US military runs the Thule air base in northern Greenland under a 1951 defence agreement with Denmark.

Greenland, a former colony with some 56,000 people, has had home rule since 1979 and depends on an annual grant from Copenhagen. Melting ice has raised interest in its minerals and its shipping routes, and China has tried to invest in its mines and airports.

The US ambassador, Carla Sands, said on Twitter that Denmark was a valued partner and that the friendship between the two countries would endure.

The royal palace said only that the queen had been surprised by the cancellation."""),

    ("hw-12", "Pakistan warns India over Indus waters, shuts airspace after Kashmir attack",
     "2025-04-24",
     """ISLAMABAD, Apr 24 (Meridian) - Pakistan warned on Thursday that any attempt by India to stop or divert its share of the Indus waters would be treated as an act of war, and it closed its airspace to Indian airlines and suspended all trade with its neighbour after New Delhi linked it to a deadly attack in Kashmir.

The National Security Committee, chaired by Prime Minister Shehbaz Sharif, also ordered India's defence advisers in Islamabad to leave and said Pakistan could hold all bilateral agreements with India in abeyance, including the 1972 Simla accord. It rejected India's measures as unilateral and politically motivated.

Gunmen killed 26 people, most of them tourists, at a meadow near Pahalgam on Tuesday.

On Wednesday, India's foreign secretary, Vikram Misri, said the attack had cross-border links and announced that New Delhi would hold the Indus Waters Treaty in abeyance until Pakistan ended its support for cross-border terrorism. India also closed the main land crossing at Attari and cancelled visas for Pakistani nationals, and it expelled Pakistan's defence advisers and cut the staff of the two high commissions to 30.

Defence Minister Khawaja Asif said Pakistan had nothing to do with the attack.

Prime Minister Narendra Modi, who cut short a visit to Saudi Arabia after meeting Crown Prince Mohammed bin Salman in Jeddah on Tuesday, told a rally in Bihar on Thursday that India would hunt down the attackers and those who backed them to the ends of the earth.

US Vice President JD Vance, who had held talks with Modi in New Delhi on Monday, condemned the killings, and President Donald Trump called Modi on Tuesday to offer his support. A spokesman for UN Secretary-General Antonio Guterres said he urged both governments to show maximum restraint.

The treaty, signed in 1960 by India, Pakistan and the World Bank, gives Pakistan most of the water of the three western rivers of the Indus system, on which much of its farming depends.

Tension between the nuclear-armed neighbours last peaked in February 2019, when Indian jets struck Balakot in Pakistan after a suicide bombing killed 40 Indian paramilitary police. Pakistan shot down an Indian fighter the next day and captured its pilot, then released him on March 1.

Police in Indian Kashmir detained hundreds of people for questioning, and shops across the valley stayed shut on Wednesday."""),
]
