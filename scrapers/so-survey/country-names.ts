// The Stack Overflow survey's country answers (its own, UN-style spellings) → ISO 3166-1 alpha-2.
// Matched exactly as written; a name not listed stays unmapped and is reported, never guessed.
// Where the survey's spelling changed between years, both spellings are listed.
const ENTRIES = `
Afghanistan=AF; Albania=AL; Algeria=DZ; Andorra=AD; Angola=AO; Antigua and Barbuda=AG; Argentina=AR; Armenia=AM;
Australia=AU; Austria=AT; Azerbaijan=AZ; Bahamas=BS; Bahrain=BH; Bangladesh=BD; Barbados=BB; Belarus=BY; Belgium=BE;
Belize=BZ; Benin=BJ; Bhutan=BT; Bolivia=BO; Bosnia and Herzegovina=BA; Botswana=BW; Brazil=BR; Brunei Darussalam=BN;
Bulgaria=BG; Burkina Faso=BF; Burundi=BI; Cambodia=KH; Cameroon=CM; Canada=CA; Cape Verde=CV; Cabo Verde=CV;
Central African Republic=CF; Chad=TD; Chile=CL; China=CN; Colombia=CO; Comoros=KM; Congo, Republic of the...=CG;
Costa Rica=CR; Côte d'Ivoire=CI; Croatia=HR; Cuba=CU; Cyprus=CY; Czech Republic=CZ; Czechia=CZ;
Democratic People's Republic of Korea=KP; Democratic Republic of the Congo=CD; Denmark=DK; Djibouti=DJ; Dominica=DM;
Dominican Republic=DO; Ecuador=EC; Egypt=EG; El Salvador=SV; Equatorial Guinea=GQ; Eritrea=ER; Estonia=EE;
Eswatini=SZ; Swaziland=SZ; Ethiopia=ET; Fiji=FJ; Finland=FI; France=FR; Gabon=GA; Gambia=GM; Georgia=GE; Germany=DE;
Ghana=GH; Greece=GR; Grenada=GD; Guatemala=GT; Guinea=GN; Guinea-Bissau=GW; Guyana=GY; Haiti=HT; Honduras=HN;
Hong Kong (S.A.R.)=HK; Hungary=HU; Iceland=IS; India=IN; Indonesia=ID; Iran, Islamic Republic of...=IR; Iraq=IQ;
Ireland=IE; Isle of Man=IM; Israel=IL; Italy=IT; Jamaica=JM; Japan=JP; Jordan=JO; Kazakhstan=KZ; Kenya=KE; Kiribati=KI;
Kosovo=XK; Kuwait=KW; Kyrgyzstan=KG; Lao People's Democratic Republic=LA; Latvia=LV; Lebanon=LB; Lesotho=LS;
Liberia=LR; Libyan Arab Jamahiriya=LY; Libya=LY; Liechtenstein=LI; Lithuania=LT; Luxembourg=LU; Madagascar=MG;
Malawi=MW; Malaysia=MY; Maldives=MV; Mali=ML; Malta=MT; Marshall Islands=MH; Mauritania=MR; Mauritius=MU; Mexico=MX;
Micronesia, Federated States of...=FM; Monaco=MC; Mongolia=MN; Montenegro=ME; Morocco=MA; Mozambique=MZ; Myanmar=MM;
Namibia=NA; Nauru=NR; Nepal=NP; Netherlands=NL; New Zealand=NZ; Nicaragua=NI; Niger=NE; Nigeria=NG;
North Korea=KP; North Macedonia=MK; The former Yugoslav Republic of Macedonia=MK; Norway=NO; Oman=OM; Pakistan=PK;
Palau=PW; Palestine=PS; Panama=PA; Papua New Guinea=PG; Paraguay=PY; Peru=PE; Philippines=PH; Poland=PL; Portugal=PT;
Puerto Rico=PR; Qatar=QA; Republic of Korea=KR; South Korea=KR; Republic of Moldova=MD; Romania=RO;
Russian Federation=RU; Rwanda=RW; Saint Kitts and Nevis=KN; Saint Lucia=LC; Saint Vincent and the Grenadines=VC;
Samoa=WS; San Marino=SM; Sao Tome and Principe=ST; Saudi Arabia=SA; Senegal=SN; Serbia=RS; Seychelles=SC;
Sierra Leone=SL; Singapore=SG; Slovakia=SK; Slovenia=SI; Solomon Islands=SB; Somalia=SO; South Africa=ZA;
South Sudan=SS; Spain=ES; Sri Lanka=LK; Sudan=SD; Suriname=SR; Sweden=SE; Switzerland=CH; Syrian Arab Republic=SY;
Taiwan=TW; Tajikistan=TJ; Thailand=TH; Timor-Leste=TL; Togo=TG; Tonga=TO; Trinidad and Tobago=TT; Tunisia=TN;
Turkey=TR; Türkiye=TR; Turkmenistan=TM; Tuvalu=TV; Uganda=UG; Ukraine=UA; United Arab Emirates=AE;
United Kingdom of Great Britain and Northern Ireland=GB; United Republic of Tanzania=TZ; United States of America=US;
Uruguay=UY; Uzbekistan=UZ; Vanuatu=VU; Venezuela, Bolivarian Republic of...=VE; Viet Nam=VN; Yemen=YE; Zambia=ZM;
Zimbabwe=ZW
`;

/** Answers that name no country on purpose: stored without a country, not reported as unmapped. */
export const NO_COUNTRY = new Set(["Nomadic", "I prefer not to say"]);

const COUNTRY_BY_NAME = new Map(
  ENTRIES.split(";")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const at = entry.lastIndexOf("=");
      return [entry.slice(0, at), entry.slice(at + 1)] as const;
    }),
);

/** The ISO alpha-2 code of a survey country answer, or null when the table does not hold it. */
export function countryCodeOf(name: string): string | null {
  return COUNTRY_BY_NAME.get(name) ?? null;
}
