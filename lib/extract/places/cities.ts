// Cities (and metro names) that postings name, by country. Matched case-sensitively as written.
// Names shared by several well-known places (Cambridge, Victoria, Nice, Reading) are left out.
const CITIES_BY_COUNTRY: Record<string, string> = {
  US:
    "New York|New York City|NYC|Manhattan|Brooklyn|San Francisco|San Fran|SF|Bay Area|Silicon Valley|San Jose|Palo Alto|" +
    "Mountain View|Menlo Park|Redwood City|San Mateo|Sunnyvale|Santa Clara|Oakland|Berkeley|Los Angeles|LA|Santa Monica|" +
    "San Diego|Irvine|Seattle|Bellevue|Redmond|Portland|Austin|Dallas|Houston|Denver|Boulder|Boston|Somerville|Chicago|" +
    "Atlanta|Miami|Washington DC|Washington, DC|Washington D.C.|Washington, D.C.|DC|Philadelphia|Pittsburgh|Baltimore|Detroit|" +
    "Minneapolis|Phoenix|Salt Lake City|Raleigh|Nashville|Columbus|Cincinnati|Cleveland|St. Louis|Kansas City|" +
    "Ann Arbor|Princeton|Jersey City|Hoboken|Tampa|Orlando|Las Vegas|Sacramento|Honolulu|East Coast|West Coast|" +
    "Provo|Arlington|Reston|Stamford|New Haven",
  CA: "Toronto|Montreal|Montréal|Vancouver|Ottawa|Calgary|Edmonton|Waterloo|Kitchener|Quebec City|Halifax|Winnipeg",
  GB: "London|Edinburgh|Manchester|Bristol|Oxford|Glasgow|Leeds|Belfast|Cardiff|Brighton|Sheffield|Liverpool|Nottingham",
  IE: "Dublin|Cork|Galway|Limerick",
  FR: "Paris|Lyon|Marseille|Toulouse|Bordeaux|Lille|Nantes|Grenoble|Sophia Antipolis|Montpellier",
  DE:
    "Berlin|Munich|München|Hamburg|Frankfurt|Cologne|Köln|Stuttgart|Düsseldorf|Heidelberg|Jena|Karlsruhe|Leipzig|Dresden|" +
    "Darmstadt|Tübingen|Aachen|Hannover|Nuremberg|Nürnberg|Bonn|Freiburg|Potsdam",
  NL: "Amsterdam|Rotterdam|The Hague|Utrecht|Eindhoven|Delft|Leiden|Groningen",
  BE: "Brussels|Ghent|Gent|Antwerp|Leuven",
  CH: "Zurich|Zürich|Geneva|Basel|Lausanne|Bern",
  AT: "Vienna|Wien|Graz|Linz|Salzburg|Krems",
  ES: "Madrid|Barcelona|Valencia|Seville|Sevilla|Malaga|Málaga|Bilbao",
  PT: "Lisbon|Lisboa|Porto|Braga",
  IT: "Milan|Milano|Rome|Turin|Torino|Bologna|Florence",
  PL: "Warsaw|Krakow|Kraków|Cracow|Wroclaw|Wrocław|Gdansk|Gdańsk|Poznan|Poznań|Lodz|Łódź",
  CZ: "Prague|Brno",
  HU: "Budapest",
  RO: "Bucharest|Cluj-Napoca|Cluj|Iasi|Iași",
  BG: "Sofia|Plovdiv",
  GR: "Athens|Thessaloniki",
  SE: "Stockholm|Gothenburg|Malmö|Malmo",
  NO: "Oslo",
  DK: "Copenhagen|Aarhus",
  FI: "Helsinki|Espoo|Tampere",
  EE: "Tallinn|Tartu",
  LV: "Riga",
  LT: "Vilnius",
  UA: "Kyiv|Kiev|Lviv|Kharkiv",
  RS: "Belgrade|Novi Sad",
  HR: "Zagreb",
  SI: "Ljubljana",
  SK: "Bratislava",
  TR: "Istanbul|Ankara",
  IL: "Tel Aviv|Tel-Aviv|Jerusalem|Haifa|Herzliya",
  AE: "Dubai|Abu Dhabi",
  SA: "Riyadh",
  EG: "Cairo",
  NG: "Lagos",
  KE: "Nairobi",
  ZA: "Cape Town|Johannesburg",
  IN: "Bangalore|Bengaluru|Mumbai|Delhi|New Delhi|Hyderabad|Pune|Chennai|Gurgaon|Gurugram|Noida|Kolkata|Ahmedabad",
  SG: "Singapore",
  HK: "Hong Kong",
  CN: "Beijing|Shanghai|Shenzhen|Hangzhou",
  TW: "Taipei",
  JP: "Tokyo|Osaka|Kyoto",
  KR: "Seoul|Busan",
  AU: "Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra",
  NZ: "Auckland|Wellington",
  BR: "São Paulo|Sao Paulo|Rio de Janeiro|Belo Horizonte|Florianópolis|Florianopolis|Curitiba|Porto Alegre|Recife",
  AR: "Buenos Aires",
  MX: "Mexico City|CDMX|Guadalajara|Monterrey",
  CO: "Bogotá|Bogota|Medellín|Medellin",
  CL: "Santiago",
  PE: "Lima",
  UY: "Montevideo",
  VN: "Ho Chi Minh City|Hanoi",
  TH: "Bangkok",
  ID: "Jakarta",
  MY: "Kuala Lumpur",
  PH: "Manila",
  PK: "Karachi|Lahore|Islamabad",
  CY: "Limassol|Nicosia",
};

export const CITY_COUNTRIES: ReadonlyMap<string, string> = new Map(
  Object.entries(CITIES_BY_COUNTRY).flatMap(([code, names]) => names.split("|").map((name) => [name, code] as const)),
);
