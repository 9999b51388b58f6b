// World regions for survey and posting breakdowns: the UN M49 regions, with the Americas split as
// M49's own sub-regions do (Northern America; Latin America and the Caribbean). Keyed by ISO
// alpha-2; so Turkey, Israel and Cyprus are in Asia (M49 Western Asia) and Russia in Europe.
export const REGIONS = ["northern_america", "latin_america", "europe", "asia", "africa", "oceania"] as const;
export type Region = (typeof REGIONS)[number];

export const REGION_LABELS: Record<Region, string> = {
  northern_america: "Northern America",
  latin_america: "Latin America and the Caribbean",
  europe: "Europe",
  asia: "Asia",
  africa: "Africa",
  oceania: "Oceania",
};

const CODES_BY_REGION: Record<Region, string> = {
  northern_america: "BM CA GL PM US",
  latin_america:
    "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI " +
    "BZ CR SV GT HN MX NI PA AR BO BR CL CO EC FK GF GY PY PE SR UY VE",
  europe:
    "BY BG CZ HU PL MD RO RU SK UA AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB " +
    "AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES XK AT BE FR DE LI LU MC NL CH",
  asia:
    "KZ KG TJ TM UZ CN HK MO KP JP MN KR TW BN KH ID LA MY MM PH SG TH TL VN " +
    "AF BD BT IN IR MV NP PK LK AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE",
  africa:
    "DZ EG LY MA SD TN EH BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW " +
    "AO CM CF TD CG CD GQ GA ST BW SZ LS NA ZA BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG",
  oceania: "AU NZ NF FJ NC PG SB VU GU KI MH FM NR MP PW AS CK PF NU PN WS TK TO TV WF",
};

/** Every ISO alpha-2 code the table holds with its region, for SQL that groups by region. */
export const COUNTRY_REGIONS: ReadonlyArray<readonly [string, Region]> = REGIONS.flatMap((region) =>
  CODES_BY_REGION[region].split(" ").map((code) => [code, region] as const),
);

const REGION_BY_CODE = new Map<string, Region>(COUNTRY_REGIONS);

/** The region of an ISO 3166-1 alpha-2 code (any case); null for a code the table does not hold. */
export function regionOf(country: string | null | undefined): Region | null {
  return country ? (REGION_BY_CODE.get(country.toUpperCase()) ?? null) : null;
}
