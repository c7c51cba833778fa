"""The third held-out set's articles, written by the team in its own words (see README.md).

Each entry: id, title, published, text. ``build.py`` turns them into ``articles.jsonl``.
"""

SOURCE = "Meridian News Service"

ARTICLES = [
    ("hz-01", "US rushes troops and warplanes to the Gulf as Iraqi divisions mass near Kuwait",
     "1994-10-10",
     """KUWAIT CITY, Oct 10 (Meridian) - The United States ordered more warplanes and thousands of extra troops to the Gulf on Sunday after Iraq massed tens of thousands of soldiers, among them two divisions of the elite Republican Guard, within a few hours' drive of the Kuwaiti border.

Defense Secretary William Perry said the Iraqi build-up was a threat to Kuwait that Washington would not ignore. An aircraft carrier, the George Washington, was heading for the Gulf, and some 4,000 soldiers and marines were already on their way, with more to follow within days, he said.

"Baghdad would be making a grave mistake if it believed it could repeat 1990. We will not let it threaten its neighbours again," President Bill Clinton said at the White House.

Kuwait moved most of its small army north toward the frontier on Saturday and called up its reservists. The emirate has asked Washington and London for help, and Britain said it would send a destroyer and more Tornado aircraft to the Gulf.

Baghdad denied any hostile intent. Iraqi state television said the troops were on Iraqi soil and that Iraq was free to move its forces wherever it chose.

Western diplomats said the move was meant to press the United Nations Security Council to ease the trade embargo it imposed on Iraq on August 6, 1990, four days after Iraqi forces invaded Kuwait. Iraq's leadership has repeatedly demanded that the sanctions be lifted, and Iraqi officials have warned that Baghdad could stop cooperating with the council's weapons inspectors if nothing changes.

Russia, which has argued for easing the embargo, urged Baghdad to avoid any step that could be seen as a threat to its neighbour.

A US-led coalition drove the Iraqi army out of Kuwait in February 1991, and American, British and French planes have patrolled no-flight zones over northern and southern Iraq since then.

In Kuwait City, residents queued for petrol and some families drove south toward Saudi Arabia. Air raid sirens were tested across the capital on Sunday afternoon.

In Baghdad, the Iraqi dinar fell to a new low against the dollar, and the government announced cuts in the food rations it has handed out since the embargo began."""),

    ("hz-02", "Italian-led force lands in Albania to protect aid convoys",
     "1997-04-16",
     """DURRES, Apr 16 (Meridian) - Italian troops began landing in Albania on Tuesday at the head of a multinational force of some 6,000 soldiers sent to protect aid deliveries to a country that has slid into anarchy since the collapse of fraudulent investment schemes.

The first Italian marines came ashore at the port of Durres, where Albanian officials greeted them on the quay, and French and Spanish units followed during the day. Greek, Turkish, Romanian, Austrian and Danish contingents are due over the coming days.

"We are here at the request of the Albanian government, to make sure that food and medicine reach the people who need them. We have not come to fight anyone," the force's Italian commander, General Luciano Forlani, told reporters.

The United Nations Security Council authorised the mission for three months on March 28, after the government of Prime Minister Bashkim Fino asked Italy and its European partners to send troops. The European Union has promised emergency food aid.

The same day, a crowded Albanian boat carrying people fleeing the chaos sank in the Strait of Otranto after colliding with an Italian navy corvette that was trying to turn it back, and dozens of people drowned. Albanian officials demanded an explanation from Rome, and Italian Prime Minister Romano Prodi expressed his country's sorrow to the Albanian people.

The Italian navy has patrolled Albanian waters since late March under an accord with Tirana to stop boats leaving for the Italian coast, where more than 10,000 Albanians have landed this year.

The force will not disarm the gangs and rebel committees that took over much of the south in March, when crowds looted army depots and carried off hundreds of thousands of weapons. President Sali Berisha, whose opponents blame him for the pyramid schemes, has agreed to hold early elections in June.

Franz Vranitzky, the former Austrian chancellor who is the envoy of the Organization for Security and Cooperation in Europe, is due in Tirana later this week for talks with Fino and Berisha on preparing the vote.

The mission has divided Italy. Prodi's government won parliament's approval last week only with votes from the opposition, after the Communist Refoundation party, whose support it needs, voted against.

It is the second time in six years that Albanians have fled across the Adriatic in large numbers. In August 1991 Italy sent back most of the roughly 20,000 people who had sailed into the port of Bari aboard a single freighter."""),

    ("hz-03", "US missiles hit Khartoum factory and Afghan camps after embassy bombings",
     "1998-08-21",
     """KHARTOUM, Aug 21 (Meridian) - American cruise missiles destroyed a pharmaceutical factory in Khartoum and struck training camps run by Osama bin Laden's network in eastern Afghanistan on Thursday, two weeks after the bombing of two US embassies in East Africa that Washington blames on the Saudi-born militant.

President Bill Clinton said on Thursday that the network had been planning further attacks on Americans and that the Khartoum plant had been helping to make ingredients for nerve gas. Sudanese officials denied it, saying the al-Shifa factory made medicines for people and animals and had nothing to do with weapons.

"This was a criminal act against a poor country, and Sudan keeps the right to answer it," President Omar Hassan al-Bashir told a rally in the capital on Friday.

Thousands of demonstrators marched on the abandoned US embassy in Khartoum on Friday, chanting against America and burning American flags. Washington pulled its diplomats out of Sudan in 1996, citing threats to their safety.

Sudan's foreign minister, Mustafa Osman Ismail, asked the United Nations Security Council on Friday to send a team to the ruins to establish what the plant produced.

In Afghanistan, the Taliban, who rule most of the country, condemned the strikes and said on Friday they would never hand bin Laden over to Washington. Bill Richardson, the US ambassador to the United Nations, asked Taliban leaders in Kabul in April to expel him, without success.

Pakistan, whose airspace the missiles crossed, has protested to Washington.

British Prime Minister Tony Blair said on Thursday that he strongly supported the American action, but Russian President Boris Yeltsin said on Friday he was outraged by it.

The embassy bombings in Nairobi and Dar es Salaam on August 7 killed more than 220 people, most of them Kenyans and Tanzanians.

Relations between Washington and Khartoum were already poor. The United States has listed Sudan as a state sponsor of terrorism since 1993, and last November it imposed a trade embargo on the country. Bin Laden lived in Sudan until 1996, when Khartoum asked him to leave under pressure from Washington and Riyadh.

Investigators in Kenya said on Friday that they had questioned several suspects, and the Federal Bureau of Investigation has sent more than 100 agents to the two cities."""),

    ("hz-04", "Chinese crowds besiege US embassy after NATO bombs embassy in Belgrade",
     "1999-05-09",
     """BEIJING, May 9 (Meridian) - Tens of thousands of Chinese protesters besieged the US embassy in Beijing for a second day on Sunday, hurling stones, bottles and paint at the building after NATO bombs struck the Chinese embassy in Belgrade and killed three Chinese journalists.

Riot police kept the crowds from breaking through the gates, but almost every window was smashed, and Ambassador James Sasser and his staff have not left the compound since Saturday. In the southwestern city of Chengdu, demonstrators set fire to the residence of the US consul general on Saturday night. Crowds also gathered at American and British missions in Shanghai and Guangzhou.

Vice President Hu Jintao said in a televised speech on Sunday that the government supported all lawful protests against the attack, which he called barbaric, but he warned against violence and said foreigners in China would be protected.

China has demanded that NATO, and the United States above all, apologise publicly, investigate the attack and punish those responsible. On Saturday Foreign Minister Tang Jiaxuan summoned Sasser to lodge what he called the strongest protest, and China called an emergency meeting of the United Nations Security Council.

The bombs hit the embassy shortly before midnight on Friday, Belgrade time, wounding about 20 other people and setting the building on fire.

President Bill Clinton said on Saturday that the attack was a tragic mistake and offered his condolences to the Chinese people. NATO's secretary general, Javier Solana, also expressed regret, but said the air campaign against Yugoslavia would go on.

NATO began bombing Yugoslavia on March 24 to force President Slobodan Milosevic to end his crackdown in Kosovo. Beijing, which holds a veto in the Security Council, has opposed the campaign from the start, and Russia condemned the embassy attack as well.

The bombing came at a delicate moment for relations between Beijing and Washington. Premier Zhu Rongji visited Washington in April, when he and Clinton failed to close a deal on China's entry into the World Trade Organization.

State television showed the embassy ruins over and over on Sunday, and newspapers printed the photographs of the three journalists on their front pages.

Universities laid on buses to carry students to the embassy district, and police let the marchers pass in columns of a few hundred at a time."""),

    ("hz-05", "Last Israeli troops leave southern Lebanon after 18 years",
     "2000-05-24",
     """BEIRUT, May 24 (Meridian) - The last Israeli troops left southern Lebanon before dawn on Wednesday, ending 18 years of occupation six weeks before the deadline Prime Minister Ehud Barak had set, as Hezbollah guerrillas and jubilant villagers poured into the strip Israel had held.

A final column of tanks and armoured vehicles crossed the border overnight, and soldiers closed the gate at the Fatima crossing behind them, the army said.

Barak said Israel had now carried out United Nations Security Council Resolution 425 in full, and he warned Beirut and Damascus that they would be held responsible for any attack on Israeli towns from Lebanon.

The Israel-allied South Lebanon Army militia collapsed in the past week as Hezbollah fighters advanced, and thousands of its members and their families fled across the border into Israel. On Tuesday crowds broke open the gates of Khiam prison, where the militia had held Lebanese detainees, and freed the inmates.

Prime Minister Salim al-Hoss said Lebanon still regarded the Shebaa Farms, a strip of land on the slopes of Mount Hermon, as Lebanese territory that Israel must leave. He also said Lebanon would not send its army to guard Israel's border, rejecting calls from the United Nations and Washington to take control of the area.

United Nations Secretary-General Kofi Annan said the United Nations would send a team to confirm that Israel had pulled back to the international border. Foreign Minister David Levy had formally told Annan in April that Israel would comply with Resolution 425.

Israel invaded Lebanon in June 1982 to drive out Palestinian guerrillas and pulled back to a self-declared security zone in 1985. Since then Hezbollah, which Syria and Iran back, has waged a guerrilla war against the troops that has killed hundreds of Israeli soldiers.

The Israeli cabinet decided in March to bring the troops home by July 7, whether or not there was a peace agreement with Syria. Barak had hoped for a deal that would cover Lebanon too, but President Bill Clinton's meeting with Syrian President Hafez al-Assad in Geneva on March 26 ended without a breakthrough.

Syria, which keeps tens of thousands of troops in Lebanon, says there can be no peace while Israel holds the Golan Heights, which it captured in 1967.

In the border village of Kfar Kila, families climbed onto the roofs of abandoned militia posts and waved Lebanese flags at Israeli soldiers on the other side of the fence."""),

    ("hz-06", "Turkish parliament refuses to let US troops use Turkey for Iraq war",
     "2003-03-02",
     """ANKARA, Mar 2 (Meridian) - Turkey's parliament has refused to let the United States station 62,000 troops on Turkish soil for a war in Iraq, dealing a blow to American plans to open a northern front against Saddam Hussein.

The motion won 264 votes to 250 on Saturday, with 19 abstentions, but Speaker Bulent Arinc ruled that it had fallen short of the majority of deputies present that the constitution requires.

Prime Minister Abdullah Gul said on Sunday that his government would not put the motion to a new vote before it had consulted Washington and its own party, and that Turkish officials would discuss the next steps with their American counterparts in the coming days.

"We respect the decision of Turkey's parliament, but we are disappointed," a White House spokesman said late on Saturday, adding that the United States had other options.

Washington had offered Ankara $6 billion in grants, which could have been turned into as much as $24 billion in loans, to cushion the economic blow of a war. Dozens of American ships loaded with tanks and equipment of the 4th Infantry Division are waiting off the Mediterranean port of Iskenderun.

Tens of thousands of people marched in Ankara on Saturday against the war while deputies debated behind closed doors.

Baghdad praised the vote on Sunday as a sign that Turks would not let their country become a base for aggression against a neighbour.

The Saturday vote follows one on February 6 in which parliament allowed American engineers to begin upgrading Turkish bases and ports.

Turkish leaders have also insisted that Turkish troops enter northern Iraq alongside any American force, to stop Kurdish groups there from declaring independence and to keep refugees away from the border. Massoud Barzani, whose Kurdistan Democratic Party controls part of the region, said last week that the Kurds would resist any Turkish incursion.

NATO agreed on February 16 to send surveillance planes and Patriot missile batteries to defend Turkey, after France, Germany and Belgium had blocked the plan for a week. Ankara had asked its allies for consultations under Article 4 of the alliance's treaty, the first time a member had done so.

The ruling Justice and Development Party's leader, Tayyip Erdogan, is expected to enter parliament in a by-election next Sunday and then to replace Gul as prime minister.

American warplanes have flown patrols over northern Iraq from the Incirlik air base in southern Turkey since 1991."""),

    ("hz-07", "US warns Syria of a price for gas attack as Britain stays out",
     "2013-08-30",
     """WASHINGTON, Aug 30 (Meridian) - The United States warned Syria on Friday that it would pay a price for a poison gas attack that Secretary of State John Kerry said had killed 1,429 people near Damascus, and President Barack Obama said he was weighing a limited military strike even after Britain's parliament refused to take part in one.

Kerry said US intelligence had established with high confidence that President Bashar al-Assad's forces fired rockets loaded with nerve agent into rebel-held suburbs of the capital before dawn on August 21, and that 426 of the dead were children. "History would judge us harshly if we looked away," he said.

Obama said he had not made a final decision, but that any action would be narrow and would not put American troops on the ground. Four US destroyers armed with cruise missiles are in the eastern Mediterranean. Obama and French President Francois Hollande spoke by telephone on Friday, the White House said.

Britain's House of Commons voted 285 to 272 on Thursday against a government motion backing military action in principle, and Prime Minister David Cameron said he would respect the result. France said it still stood ready to act: Hollande told the newspaper Le Monde on Friday that the massacre must not go unpunished.

The Syrian government denies using chemical weapons and blames the rebels. Foreign Minister Walid al-Moualem said on Tuesday that Syria would defend itself with every means it has against any attack by the United States.

Russia, Assad's main ally, says there is no proof that Damascus was to blame and has warned that a strike without a United Nations mandate would violate international law. On Wednesday Russia and China refused to back a British draft resolution at the Security Council that would have authorised force.

United Nations inspectors, who have spent the week collecting samples at the sites, are due to leave Syria on Saturday and report to Secretary-General Ban Ki-moon, who has asked for time to let them finish their work. Damascus agreed on Sunday to let them visit the area, and snipers fired at their convoy on Monday.

A year ago, on August 20, 2012, Obama warned Assad that the use or movement of chemical weapons would cross a red line and change his calculus.

The civil war, which began with protests in March 2011, has killed more than 100,000 people, according to the United Nations."""),

    ("hz-08", "West Africa threatens to remove Gambia's Jammeh by force as deadline nears",
     "2017-01-18",
     """DAKAR, Jan 18 (Meridian) - West African states warned Gambian President Yahya Jammeh on Wednesday that their troops would remove him by force if he did not hand power to Adama Barrow, the winner of last month's election, when his mandate expires at midnight.

Senegalese troops have massed on the border with Gambia, a sliver of a country that Senegal surrounds on three sides, and Nigeria has sent a warship and fighter jets to Dakar, military sources said.

"If he is still there at midnight, the troops will go in," Marcel de Souza, the president of the Economic Community of West African States' commission, told reporters.

Jammeh, who seized power in a coup in 1994, declared a 90-day state of emergency on Tuesday, and parliament voted on Wednesday to extend his term by three months. Several of his ministers have resigned and fled abroad.

Barrow, who has stayed in Senegal since Sunday, has said he will be sworn in on Thursday as planned.

Jammeh accepted his defeat in a televised telephone call to Barrow on December 2, but reversed himself a week later, citing irregularities, and has asked the Supreme Court to annul the result.

The bloc's leaders, meeting in Abuja on December 17, said Barrow must take office on January 19 and that they would take all necessary measures to enforce the result. Jammeh called their stand a declaration of war in a New Year's Eve broadcast.

Nigerian President Muhammadu Buhari, the bloc's mediator, flew to Banjul on Friday with Liberian President Ellen Johnson Sirleaf, who chairs the bloc, but failed to persuade Jammeh to step down. The African Union said the same day that it would no longer recognise Jammeh as president once his term ended.

Mauritanian President Mohamed Ould Abdel Aziz flew to Banjul on Wednesday for last-minute talks with Jammeh, and he was expected to go on to Dakar to meet Senegalese President Macky Sall later in the day.

Senegal has put a draft resolution before the United Nations Security Council backing the bloc's efforts, and a vote could come as early as Thursday.

Tour operators flew hundreds of British and Dutch holidaymakers home on Wednesday after London and The Hague advised against travel to Gambia. Thousands of Gambians have crossed into Senegal in the past week, according to the United Nations refugee agency."""),

    ("hz-09", "India buys Russian S-400 missiles despite US sanctions threat",
     "2018-10-05",
     """NEW DELHI, Oct 5 (Meridian) - India signed a $5.4 billion deal on Friday to buy five S-400 air defence systems from Russia, shrugging off the threat of American sanctions, as President Vladimir Putin and Prime Minister Narendra Modi held their annual summit in New Delhi.

The contract was not among the documents exchanged before the cameras at Hyderabad House, but a joint statement issued after the talks said the two leaders welcomed its conclusion. Officials of the two countries also signed eight agreements, among them one under which Russia will help train Indian astronauts for the country's first manned space flight, and the statement said they would work on a new site in India for six more Russian-designed nuclear reactors.

Modi said the partnership between the two countries was special and privileged, and that it had only grown stronger. Putin arrived on Thursday evening and dined with Modi at the prime minister's residence.

The United States has said that countries which buy major weapons from Russia risk sanctions under a law passed in 2017 to punish Moscow for its actions in Ukraine and its interference in American elections. A spokesman for the US embassy said this week that there were no blanket waivers and that each case would be judged on its merits.

Washington last month imposed sanctions on a Chinese military agency for buying Russian fighter jets and S-400 missiles.

India has sought an exemption. Foreign Minister Sushma Swaraj and Defence Minister Nirmala Sitharaman raised the issue with Secretary of State Mike Pompeo and Defense Secretary Jim Mattis when they met in New Delhi on September 6.

Indian officials said the first systems would be delivered in about two years. The two governments signed an intergovernmental agreement on the purchase at a summit in Goa in October 2016, and Modi and Putin met informally at the Black Sea resort of Sochi in May.

Russia has supplied most of India's military hardware since the 1960s, from fighter jets to submarines, and the two countries build the BrahMos cruise missile together.

Analysts in New Delhi said Washington was unlikely to punish a country it courts as a counterweight to China, but Indian companies that trade with Russian defence firms were watching the dispute closely."""),

    ("hz-10", "Bolsonaro spurns G7 fire aid until Macron withdraws 'insults'",
     "2019-08-27",
     """BRASILIA, Aug 27 (Meridian) - Brazil has turned down $20 million pledged by the Group of Seven rich nations to fight fires in the Amazon, and President Jair Bolsonaro said on Tuesday he would not discuss any offer until French President Emmanuel Macron withdrew what he called insults against him and his country.

Macron announced the money on Monday at the close of the G7 summit in the French resort of Biarritz, which he hosted. Hours later Bolsonaro's chief of staff, Onyx Lorenzoni, said Brazil would not accept it and told Macron to look after his own house and his colonies.

"First he takes back what he said, then we can talk," Bolsonaro told reporters outside his official residence on Tuesday.

The quarrel began last week when Macron put the fires on the summit's agenda, calling them an international crisis. On Friday he accused Bolsonaro of lying about his commitments on climate change and said France would block the European Union's trade deal with the Mercosur bloc as long as Brazil failed to protect the forest. Irish Prime Minister Leo Varadkar made the same threat.

Bolsonaro has accused Macron of a colonialist mentality for discussing the Amazon at a summit to which Brazil was not invited.

The dispute turned personal at the weekend, when Bolsonaro endorsed a comment on Facebook that mocked Macron's wife. On Monday Macron called the remark extraordinarily rude and said he hoped Brazilians would soon have a president who behaved as the office required.

Germany and Norway suspended payments to the Amazon Fund, which pays for forest protection, earlier this month after figures showed deforestation rising sharply.

Brazil has accepted an offer of four firefighting planes from Chile, and Britain pledged 10 million pounds for the rainforest at the summit.

Bolsonaro sent soldiers to help fight the fires on Saturday, and the defence ministry said more than 40,000 troops were available in the seven states of the Amazon region.

The number of fires recorded by the national space research institute this year is the highest since 2010, and smoke darkened the sky over Sao Paulo, more than 2,000 kilometres away, last week."""),

    ("hz-11", "Somalia recalls envoy to Ethiopia over Somaliland port deal",
     "2024-01-03",
     """MOGADISHU, Jan 3 (Meridian) - Somalia recalled its ambassador to Ethiopia on Tuesday and declared null and void a deal that would give landlocked Ethiopia a stretch of coast in the breakaway region of Somaliland, calling it an attack on its sovereignty.

The cabinet met in emergency session after Ethiopian Prime Minister Abiy Ahmed and Somaliland's leader, Muse Bihi Abdi, signed a memorandum of understanding in Addis Ababa on Monday. Under it, Ethiopia would lease 20 kilometres of coastline on the Gulf of Aden for a naval base and a port for 50 years, and Somaliland says Ethiopia would in return become the first country to recognise it as an independent state.

"Somalia belongs to the Somali people, and we will defend every inch of our land," President Hassan Sheikh Mohamud told parliament on Tuesday, adding that no one had the right to give away any part of it.

Ethiopia's national security adviser, Redwan Hussien, said that the deal broke no law and would harm no country.

The African Union's commission chairman, Moussa Faki Mahamat, called on both governments on Wednesday to keep calm and to respect the unity and sovereignty of all member states. The Arab League has said the memorandum violates Somalia's sovereignty, and Egypt has voiced its support for Mogadishu. The United States has said it recognises Somalia's sovereignty and territorial integrity within its 1960 borders.

Somaliland declared independence in 1991 as Somalia slid into civil war, and it has run its own affairs since then, but no country recognises it. Ethiopia lost its coastline when Eritrea became independent in 1993, and most of its trade passes through neighbouring Djibouti.

The deal came days after Hassan Sheikh and Bihi met in Djibouti last week, in talks hosted by President Ismail Omar Guelleh, and agreed to resume negotiations on Somaliland's status.

Ethiopia has thousands of troops in Somalia fighting the al-Shabaab insurgency, some of them in the African Union's mission. Ethiopian troops first entered Somalia in December 2006 at the request of its transitional government and drove an Islamist movement out of Mogadishu.

Crowds marched through Mogadishu and other cities on Wednesday to denounce the deal, and in Hargeisa, Somaliland's capital, people gathered to celebrate it."""),

    ("hz-12", "Mexico breaks ties with Ecuador after police storm its embassy in Quito",
     "2024-04-06",
     """MEXICO CITY, Apr 6 (Meridian) - Mexico broke off diplomatic relations with Ecuador after Ecuadorian police forced their way into its embassy in Quito late on Friday and arrested former Vice President Jorge Glas, who had taken refuge there in December.

Video of the raid showed officers climbing over the embassy walls and the Mexican charge d'affaires, Roberto Canseco, being wrestled to the ground as he tried to block their way.

President Andres Manuel Lopez Obrador called the raid a flagrant violation of international law and of Mexico's sovereignty, and ordered all Mexican diplomats home. Foreign Minister Alicia Barcena said on Saturday that Mexico would take Ecuador to the International Court of Justice.

Mexico had granted Glas political asylum on Friday and asked Ecuador to let him leave the country safely, which Quito refused. The government of President Daniel Noboa said Glas, who has been convicted twice of corruption, was a fugitive and accused Mexico of abusing the immunity of its mission.

The crisis began on Thursday, when Ecuador declared Mexico's ambassador, Raquel Serur, persona non grata over remarks by Lopez Obrador about last year's murder of presidential candidate Fernando Villavicencio.

Nicaragua said on Saturday it was breaking off relations with Ecuador as well. Brazil and Colombia condemned the raid, and the Organization of American States said its permanent council would discuss it next week.

Glas was flown on Saturday to a maximum-security prison in the port city of Guayaquil, his lawyers said.

The diplomatic staff of the Mexican embassy is expected to leave Quito on Sunday.

Ecuador itself once sheltered a fugitive in an embassy. In August 2012 it granted asylum to WikiLeaks founder Julian Assange in its embassy in London and protested when Britain warned that it could enter the building to arrest him. He stayed there for almost seven years."""),
]
