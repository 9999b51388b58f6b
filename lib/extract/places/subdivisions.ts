// States and provinces imply their country. Full names match case-insensitively; the two-letter
// codes only right after a comma ("Austin, TX", "Vancouver, BC"), where they cannot be words.
const SUBDIVISIONS_BY_COUNTRY: Record<string, string> = {
  US:
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|" +
    "Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|" +
    "Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|" +
    "Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|" +
    "West Virginia|Wisconsin|Wyoming",
  CA: "Ontario|Quebec|Québec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland",
  IN: "Karnataka|Maharashtra|Telangana|Tamil Nadu|Haryana|Uttar Pradesh|Kerala|Gujarat|West Bengal",
  AU: "New South Wales|Queensland",
  DE: "Bavaria|Bayern|Baden-Württemberg|Baden Württemberg|Baden Würtemberg|Berlin-Brandenburg",
};

const CODES_BY_COUNTRY: Record<string, string> = {
  US:
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|" +
    "RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC",
  CA: "ON|QC|BC|AB|MB|SK|NS|NB|NL|PE",
};

const entries = (table: Record<string, string>) =>
  Object.entries(table).flatMap(([code, names]) => names.split("|").map((name) => [name, code] as const));

export const SUBDIVISION_COUNTRIES: ReadonlyMap<string, string> = new Map(entries(SUBDIVISIONS_BY_COUNTRY));
export const SUBDIVISION_CODE_COUNTRIES: ReadonlyMap<string, string> = new Map(entries(CODES_BY_COUNTRY));
