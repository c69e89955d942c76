/**
 * Organizations (data only), written from general knowledge: well-known international bodies,
 * news agencies, companies, central banks, parties and sports bodies, each with its acronyms;
 * company and sports-club suffixes; words that mark a sports report.
 *
 * ORGANIZATIONS format: "full name | acronyms and other names…" (parsed by src/extractors/actors/gazetteer.ts).
 */

export const ORGANIZATIONS: readonly string[] = [
  // international bodies
  'United Nations | UN, U.N.', 'United Nations Security Council | UN Security Council, U.N. Security Council, Security Council, UNSC',
  'United Nations General Assembly | UN General Assembly, General Assembly', 'North Atlantic Treaty Organization | NATO, Nato',
  'European Union | EU, E.U.', 'European Commission | EC', 'European Parliament', 'European Central Bank | ECB',
  'Council of Europe', 'European Court of Justice | ECJ', 'European Court of Human Rights', 'European Investment Bank | EIB',
  'European Bank for Reconstruction and Development | EBRD', 'Europol', 'Eurojust', 'Interpol', 'Eurostat', 'Frontex',
  'International Monetary Fund | IMF', 'World Bank', 'World Trade Organization | WTO', 'World Health Organization | WHO',
  'International Labour Organization | ILO', 'International Atomic Energy Agency | IAEA', 'UNESCO', 'UNICEF',
  'United Nations High Commissioner for Refugees | UNHCR', 'World Food Programme | WFP', 'Food and Agriculture Organization | FAO',
  'United Nations Development Programme | UNDP', 'Organisation for Economic Co-operation and Development | OECD',
  'Organization for Security and Cooperation in Europe | OSCE, Organisation for Security and Co-operation in Europe, Organisation for Security and Cooperation in Europe, Organization for Security and Co-operation in Europe', 'Organization of Petroleum Exporting Countries | OPEC',
  'Organisation of African Unity | OAU', 'African Union | AU', 'Arab League', 'Association of Southeast Asian Nations | ASEAN',
  'Asia-Pacific Economic Cooperation | APEC', 'Group of Seven | G7, G-7', 'Group of Eight | G8, G-8', 'Group of 20 | G20, G-20',
  'Commonwealth of Independent States | CIS', 'International Criminal Court | ICC', 'International Court of Justice | ICJ',
  'International Committee of the Red Cross | ICRC, Red Cross', 'Red Crescent', 'Amnesty International | Amnesty',
  'Human Rights Watch | HRW', 'Greenpeace', 'Doctors Without Borders | MSF, Medecins Sans Frontieres', 'Oxfam',
  'Gulf Cooperation Council | GCC', 'Organisation of Islamic Cooperation | OIC', 'Mercosur', 'World Economic Forum | WEF',
  'Bank for International Settlements | BIS', 'International Energy Agency | IEA', 'Paris Club', 'Warsaw Pact',
  'Western European Union | WEU', 'International Red Cross', 'Palestine Liberation Organisation | PLO, Palestine Liberation Organization',
  'Palestinian Authority | PA', 'Hamas', 'Hezbollah, Hizbollah', 'Islamic Jihad', 'Fatah', 'Taliban', 'al Qaeda, al-Qaeda, Al Qaeda',
  'Irish Republican Army | IRA', 'Sinn Fein', 'ETA', 'Kurdistan Workers Party | PKK', 'Khmer Rouge', 'Tamil Tigers | LTTE',
  'Islamic State | ISIS, ISIL', 'Muslim Brotherhood', 'Kurdistan Democratic Party | KDP', 'Patriotic Union of Kurdistan | PUK',
  // governments and agencies
  'White House', 'Kremlin', 'Pentagon', 'State Department', 'Congress', 'Senate', 'House of Representatives',
  'House of Commons', 'House of Lords', 'Downing Street', 'Bundestag', 'Bundesrat', 'Duma, State Duma', 'Knesset', 'Elysee',
  'Supreme Court', 'Federal Reserve | Fed', 'Federal Reserve Board', 'Federal Reserve Bank of New York | New York Fed',
  'Bank of England | BoE', 'Bank of Japan | BOJ', 'Bundesbank', 'Banque de France', 'Bank of Canada', 'Reserve Bank of Australia | RBA',
  'Reserve Bank of India | RBI', 'Swiss National Bank | SNB', 'People\'s Bank of China | PBOC', 'Treasury', 'U.S. Treasury',
  'Federal Bureau of Investigation | FBI', 'Central Intelligence Agency | CIA', 'National Security Agency | NSA',
  'Securities and Exchange Commission | SEC', 'Federal Trade Commission | FTC', 'Federal Communications Commission | FCC',
  'Food and Drug Administration | FDA', 'Environmental Protection Agency | EPA', 'Internal Revenue Service | IRS',
  'Department of Justice | DOJ, Justice Department', 'Drug Enforcement Administration | DEA', 'NASA', 'Secret Service',
  'Federal Aviation Administration | FAA', 'National Transportation Safety Board | NTSB', 'Census Bureau', 'Labor Department',
  'Commerce Department', 'Defense Department', 'Homeland Security', 'Scotland Yard', 'Metropolitan Police | Met Police',
  'MI5', 'MI6', 'GCHQ', 'Mossad', 'Shin Bet', 'KGB', 'FSB', 'Information Commissioner\'s Office | ICO',
  'Competition and Markets Authority | CMA', 'Financial Conduct Authority | FCA', 'Serious Fraud Office | SFO',
  'Office for National Statistics | ONS', 'National Health Service | NHS', 'Crown Prosecution Service | CPS',
  'Ofcom', 'Ofgem', 'Ofwat', 'Ofsted', 'CNIL', 'Arcom', 'Bundeskartellamt', 'Xinhua', 'Tass, TASS', 'Itar-Tass, ITAR-TASS',
  'Interfax', 'Kyodo', 'Yonhap', 'ANSA', 'Bernama', 'Antara', 'Anadolu', 'MENA', 'IRNA', 'KCNA', 'Tanjug', 'PAP', 'CTK', 'MTI',
  'BTA', 'ATA', 'Petra', 'SPA', 'WAM', 'QNA', 'KUNA', 'Wafa',
  // news organizations
  'Reuters', 'Associated Press | AP', 'Agence France-Presse | AFP', 'Bloomberg', 'Dow Jones', 'British Broadcasting Corporation | BBC',
  'CNN', 'CNBC', 'ABC', 'CBS', 'NBC', 'Fox News', 'MSNBC', 'Sky News', 'Al Jazeera', 'Al Arabiya', 'New York Times', 'Washington Post',
  'Wall Street Journal | WSJ', 'Financial Times | FT', 'The Times', 'The Guardian', 'The Economist', 'Le Monde', 'Le Figaro',
  'Der Spiegel', 'Die Welt', 'Frankfurter Allgemeine Zeitung | FAZ', 'Handelsblatt', 'Corriere della Sera', 'La Repubblica',
  'El Pais', 'Asahi Shimbun', 'Yomiuri Shimbun', 'Nikkei', 'China Daily', 'People\'s Daily', 'Pravda', 'Izvestia',
  'Kommersant', 'Interfax', 'Haaretz', 'Jerusalem Post', 'Daily Telegraph', 'Daily Mail', 'The Sun', 'USA Today',
  'Los Angeles Times', 'Newsweek', 'Politico', 'Axios', 'NPR', 'PBS', 'Voice of America | VOA', 'Radio Free Europe',
  'Deutsche Welle', 'France 24', 'RFI', 'Euronews', 'RT', 'Sputnik', 'ITN', 'Channel 4',
  // companies
  'Apple', 'Microsoft', 'Google', 'Alphabet', 'Amazon', 'Meta', 'Facebook', 'Instagram', 'WhatsApp', 'Twitter', 'X Corp', 'xAI',
  'OpenAI', 'Anthropic', 'Tesla', 'SpaceX', 'Nvidia', 'Intel', 'AMD', 'IBM', 'Oracle', 'Cisco', 'Dell', 'HP, Hewlett-Packard',
  'Samsung', 'Sony', 'LG', 'Huawei', 'ZTE', 'Alibaba', 'Tencent', 'Baidu', 'ByteDance', 'TikTok', 'Xiaomi', 'Lenovo', 'Nokia',
  'Ericsson', 'Siemens', 'Philips', 'SAP', 'Netflix', 'Uber', 'Airbnb', 'LinkedIn', 'YouTube', 'Snapchat', 'Telegram', 'Spotify',
  'eBay', 'PayPal', 'Mastercard', 'American Express', 'Yahoo', 'AOL', 'Motorola', 'Qualcomm', 'Texas Instruments',
  'Compaq', 'Digital Equipment', 'Hitachi', 'Toshiba', 'Fujitsu', 'NEC', 'Panasonic', 'Matsushita', 'Canon', 'Nikon',
  'General Motors | GM', 'Ford', 'Chrysler', 'Toyota', 'Honda', 'Nissan', 'Mitsubishi', 'Mazda', 'Hyundai', 'Kia', 'Daewoo',
  'Volkswagen | VW', 'BMW', 'Daimler', 'Daimler-Benz', 'Mercedes-Benz, Mercedes', 'Porsche', 'Audi', 'Renault', 'Peugeot', 'Citroen',
  'Fiat', 'Ferrari', 'Volvo', 'Saab', 'Jaguar', 'Rolls-Royce', 'Boeing', 'Airbus', 'Lockheed Martin', 'Lockheed', 'Northrop Grumman',
  'Raytheon', 'General Dynamics', 'BAE Systems', 'McDonnell Douglas', 'Embraer', 'Bombardier', 'Dassault', 'Thales',
  'General Electric | GE', 'Exxon, ExxonMobil, Exxon Mobil', 'Mobil', 'Chevron', 'Texaco', 'Shell, Royal Dutch Shell', 'BP',
  'British Petroleum', 'TotalEnergies', 'Eni', 'Repsol', 'Gazprom', 'Rosneft', 'Lukoil', 'Saudi Aramco, Aramco',
  'Petrobras', 'Pemex', 'Statoil', 'Equinor', 'ConocoPhillips', 'Halliburton', 'Schlumberger', 'Enron',
  'Goldman Sachs', 'JPMorgan, J.P. Morgan, JP Morgan, JPMorgan Chase', 'Morgan Stanley', 'Citigroup, Citibank, Citi',
  'Bank of America', 'Wells Fargo', 'Merrill Lynch', 'Lehman Brothers', 'Bear Stearns', 'Salomon Brothers', 'Barclays', 'HSBC',
  'Lloyds', 'NatWest', 'Royal Bank of Scotland | RBS', 'Standard Chartered', 'Deutsche Bank', 'Commerzbank', 'Dresdner Bank',
  'UBS', 'Credit Suisse', 'BNP Paribas', 'Societe Generale', 'Credit Agricole', 'ING', 'ABN Amro', 'Rabobank', 'Santander',
  'BBVA', 'UniCredit', 'Intesa Sanpaolo', 'Nomura', 'Mitsubishi UFJ', 'Mizuho', 'Sumitomo', 'BlackRock', 'Fidelity', 'Vanguard',
  'Berkshire Hathaway', 'Moody\'s', 'Standard & Poor\'s | S&P', 'Fitch', 'Nasdaq', 'New York Stock Exchange | NYSE',
  'London Stock Exchange | LSE', 'Euronext', 'Deutsche Boerse', 'Chicago Mercantile Exchange | CME', 'Lloyd\'s of London',
  'Walmart, Wal-Mart', 'Costco', 'Tesco', 'Sainsbury', 'Carrefour', 'Aldi', 'Lidl', 'IKEA', 'H&M', 'Zara', 'Nike', 'Adidas',
  'Puma', 'Coca-Cola', 'Pepsi, PepsiCo', 'McDonald\'s', 'Starbucks', 'Nestle', 'Unilever', 'Procter & Gamble | P&G', 'Danone',
  'Kraft', 'Heinz', 'Philip Morris', 'British American Tobacco', 'Diageo', 'Heineken', 'Anheuser-Busch', 'Guinness',
  'Pfizer', 'Merck', 'Johnson & Johnson', 'Novartis', 'Roche', 'GlaxoSmithKline | GSK, Glaxo', 'AstraZeneca', 'Sanofi', 'Bayer',
  'BASF', 'Hoechst', 'Moderna', 'Eli Lilly', 'Bristol-Myers Squibb', 'Abbott', 'Novo Nordisk', 'Disney, Walt Disney',
  'Time Warner', 'Warner Bros', 'Viacom', 'Paramount', 'Comcast', 'News Corp, News Corporation', 'Vivendi', 'Bertelsmann',
  'AT&T', 'Verizon', 'Vodafone', 'BT, British Telecom', 'Deutsche Telekom', 'France Telecom', 'Telefonica', 'MCI',
  'T-Mobile', 'NTT', 'Alcatel', 'Lufthansa', 'British Airways', 'Air France', 'KLM', 'United Airlines',
  'American Airlines', 'El Al', 'Ryanair', 'easyJet', 'Emirates', 'Qantas', 'Aeroflot', 'Swissair', 'Alitalia', 'Iberia', 'Cathay Pacific',
  'Singapore Airlines', 'FedEx', 'UPS', 'DHL', 'Maersk', 'ArcelorMittal', 'Rio Tinto', 'BHP', 'Glencore', 'Anglo American',
  'De Beers', 'Caterpillar', '3M', 'Honeywell', 'Accenture', 'Deloitte', 'PwC', 'KPMG', 'Ernst & Young, EY', 'McKinsey',
  // parties
  'Democratic Party | Democrats', 'Republican Party | GOP, Republicans', 'Labour Party | Labour', 'Conservative Party | Conservatives, Tories',
  'Liberal Democrats | Lib Dems', 'Christian Democratic Union | CDU', 'Christian Social Union | CSU', 'Social Democratic Party | SPD',
  'Free Democratic Party | FDP', 'Greens', 'African National Congress | ANC', 'Inkatha Freedom Party | Inkatha', 'Congress Party',
  'Bharatiya Janata Party | BJP', 'Likud', 'Communist Party', 'Chinese Communist Party | CCP, CPC', 'Kuomintang | KMT',
  'National Front', 'Rassemblement National', 'Front National', 'Socialist Party', 'Liberal Party', 'Liberal Democratic Party | LDP',
  // sports bodies and clubs
  'FIFA', 'UEFA', 'International Olympic Committee | IOC', 'IAAF', 'World Athletics', 'NBA', 'NFL', 'NHL', 'MLB', 'NCAA',
  'International Cricket Council | ICC', 'ATP', 'WTA', 'Formula One | F1', 'Premier League', 'Bundesliga', 'Serie A',
  'Football Association | FA', 'Test and County Cricket Board | TCCB', 'England and Wales Cricket Board | ECB',
  'Real Madrid', 'FC Barcelona, Barca', 'Atletico Madrid', 'Athletic Bilbao',
  'Manchester United | Man United', 'Manchester City | Man City', 'Arsenal', 'Chelsea', 'Tottenham, Tottenham Hotspur, Spurs',
  'Newcastle United', 'Aston Villa', 'Everton', 'Leeds United', 'West Ham, West Ham United', 'Celtic', 'Rangers',
  'Juventus', 'AC Milan', 'Inter Milan, Internazionale', 'AS Roma', 'Lazio', 'Napoli', 'Fiorentina', 'Sampdoria',
  'Bayern Munich, Bayern Munchen, Bayern', 'Borussia Dortmund', 'Schalke', 'Werder Bremen', 'Hamburg SV | HSV',
  'Ajax, Ajax Amsterdam', 'PSV Eindhoven, PSV', 'Feyenoord', 'Paris Saint-Germain, Paris St Germain | PSG', 'Olympique Marseille',
  'Olympique Lyon, Olympique Lyonnais', 'AS Monaco', 'Benfica', 'FC Porto', 'Sporting Lisbon',
  'Galatasaray', 'Fenerbahce', 'Besiktas', 'Olympiakos, Olympiacos', 'Panathinaikos', 'Anderlecht', 'Club Brugge',
  'Dynamo Kiev', 'Spartak Moscow', 'CSKA Moscow', 'Red Star Belgrade, Red Star', 'Partizan Belgrade', 'Boca Juniors', 'River Plate',
  'New York Yankees | Yankees', 'Boston Red Sox | Red Sox', 'Los Angeles Dodgers | Dodgers', 'Chicago Cubs | Cubs',
  'Los Angeles Lakers | Lakers', 'Chicago Bulls | Bulls', 'Boston Celtics | Celtics', 'Dallas Cowboys | Cowboys',
];

/** Last words that make a name an organization (lower-case, stops removed). */
export const COMPANY_SUFFIXES: readonly string[] = [
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'llp', 'lp', 'plc', 'ag', 'sa', 'nv', 'bv',
  'gmbh', 'spa', 'srl', 'oy', 'oyj', 'ab', 'asa', 'as', 'kk', 'pty', 'bhd', 'tbk', 'group', 'holdings', 'holding', 'partners',
  'associates', 'bancorp', 'bank', 'bancshares', 'airlines', 'airways', 'motors', 'industries', 'technologies', 'technology',
  'systems', 'pharmaceuticals', 'securities', 'capital', 'investments', 'financial', 'insurance', 'trust', 'fund', 'funds',
  'enterprises', 'entertainment', 'studios', 'labs', 'media', 'communications', 'telecom', 'networks', 'energy', 'petroleum',
  'oil', 'gas', 'resources', 'mining', 'steel', 'electric', 'electronics', 'chemicals', 'foods', 'brewery', 'breweries',
  'stores', 'software', 'ventures', 'partnership', 'exchange', 'newspapers', 'publishing', 'broadcasting', 'television', 'tv',
  'services', 'controls', 'medical', 'copper', 'cables', 'health', 'healthcare', 'pharma', 'semiconductor', 'semiconductors',
  'chemical', 'textiles', 'mills', 'products', 'solutions', 'instruments', 'equipment', 'aerospace', 'shipping', 'logistics',
  'properties', 'realty', 'hotels', 'resorts', 'restaurants', 'brands', 'apparel', 'beverages', 'tobacco', 'construction',
  'engineering', 'cement', 'minerals', 'metals', 'refining', 'utilities', 'telecommunications', 'wireless', 'cellular',
  'pictures', 'records', 'bancorporation', 'financiere', 'zeitung', 'bancorp', 'trading', 'motor', 'auto', 'automotive',
  'radio', 'news', 'times', 'post', 'journal', 'herald', 'tribune', 'telegraph', 'gazette', 'daily', 'press', 'agency',
];

/** Last words that make a name an institution or other organization (lower-case). */
export const INSTITUTION_SUFFIXES: readonly string[] = [
  'office', 'ministry', 'department', 'commission', 'committee', 'council', 'court', 'tribunal', 'party', 'university', 'college',
  'institute', 'institution', 'association', 'federation', 'union', 'league', 'club', 'fc', 'afc', 'police', 'army', 'navy',
  'force', 'forces', 'service', 'parliament', 'senate', 'congress', 'assembly', 'foundation', 'organisation', 'organization',
  'authority', 'board', 'bureau', 'division', 'church', 'front', 'movement', 'brigade', 'brigades', 'society', 'academy', 'school',
  'hospital', 'agency', 'administration', 'directorate', 'secretariat', 'inspectorate', 'regulator', 'watchdog', 'guard', 'corps',
  'militia', 'alliance', 'coalition', 'caucus', 'cabinet', 'government', 'centre', 'center', 'federation', 'confederation',
  'syndicate', 'cartel', 'consortium', 'network', 'orchestra', 'band', 'team', 'united', 'city', 'rovers', 'wanderers', 'athletic',
  'county', 'albion', 'hotspur', 'town', 'sporting', 'dynamo', 'reserve', 'observatory', 'museum', 'library', 'mission', 'fund',
  'newsroom', 'newsdesk', 'bureau', 'treasury', 'standard', 'gazette', 'courier', 'chronicle', 'observer', 'express', 'survey',
  'command', 'patrol', 'bloc', 'sports',
];

/** Sports played by teams (lower-case): in their reports a city or county named as a side is a club. */
export const TEAM_SPORTS: readonly string[] = [
  'soccer', 'football', 'american football', 'cricket', 'baseball', 'basketball', 'rugby', 'rugby union', 'rugby league',
  'hockey', 'ice hockey', 'volleyball', 'handball', 'water polo', 'nfl', 'nba', 'nhl', 'afl',
];

/** Body words of team-sport reports (lower-case). */
export const TEAM_SPORT_WORDS: readonly string[] = [
  'goal', 'goals', 'halftime', 'half-time', 'innings', 'wicket', 'wickets', 'inning', 'innings', 'homer', 'homers', 'pitcher',
  'striker', 'midfielder', 'goalkeeper', 'defender', 'standings', 'touchdown', 'quarterback', 'batsman', 'bowler', 'penalty',
  'league', 'division', 'relegation', 'promoted', 'scorers', 'try', 'tries', 'rebounds', 'playoff', 'playoffs',
];

/** Words in a headline or body that mark a sports report (lower-case). */
export const SPORTS_WORDS: readonly string[] = [
  'soccer', 'football', 'cricket', 'tennis', 'golf', 'baseball', 'basketball', 'athletics', 'cycling', 'rugby', 'boxing', 'hockey',
  'motor racing', 'motorcycling', 'formula one', 'horse racing', 'racing', 'swimming', 'skiing', 'sailing', 'rowing', 'squash',
  'badminton', 'volleyball', 'handball', 'snooker', 'darts', 'olympics', 'sport', 'sports', 'nfl', 'nba', 'nhl',
  'match', 'matches', 'innings', 'wicket', 'wickets', 'goal', 'goals', 'scored', 'halftime', 'half-time', 'standings', 'league',
  'championship', 'tournament', 'seeded', 'semifinal', 'semi-final', 'quarterfinal', 'quarter-final', 'final', 'striker',
  'midfielder', 'goalkeeper', 'defender', 'coach', 'batsman', 'bowler', 'pitcher', 'homer', 'inning', 'runs', 'beat', 'drew',
  'draw', 'victory', 'win', 'won', 'lost', 'defeat', 'season', 'cup', 'title', 'champion', 'champions', 'club', 'clubs', 'team',
  'teams', 'player', 'players', 'game', 'games', 'round', 'points', 'scorers', 'played', 'premier', 'division', 'stadium',
];

/** First words that make a name an organization: clubs ("Dinamo Zagreb", "SK Rapid", "Real Betis") and media ("Radio Free Asia"). */
export const ORG_PREFIXES: readonly string[] = [
  'radio', 'tv', 'television', 'air', 'banco', 'banque', 'banca', 'club', 'sporting', 'dynamo', 'dinamo', 'real', 'fc', 'ac', 'as',
  'sk', 'cf', 'cd', 'sv', 'vfb', 'vfl', 'tsv', 'olympique', 'olympiakos', 'racing', 'atletico', 'deportivo', 'spartak',
  'lokomotiv', 'torpedo', 'rapid', 'slavia', 'sparta', 'partizan', 'hajduk', 'steaua', 'legia', 'widzew', 'ferencvaros', 'ujpest',
  'borussia', 'eintracht', 'fortuna', 'hertha', 'werder', 'bayer', 'union', 'grupo', 'groupe', 'gruppo', 'compagnie', 'societe',
  'editions',
];
