import { describe, expect, test } from "vitest";
import { extractCountries, type CountriesInput } from "@/lib/extract/countries";
import { findCountries } from "@/lib/extract/places/find-countries";
import { textSentences } from "@/lib/extract/text-lines";

describe("places imply countries", () => {
  test.each<[string, string[]]>([
    ["San Francisco, CA", ["US"]],
    ["Bengaluru, Karnataka", ["IN"]],
    ["Chicago, IL / Remote", ["US"]],
    ["Vancouver, BC", ["CA"]],
    ["NYC, SF, LA", ["US"]],
    ["Amsterdam, Berlin, Munich, Eindhoven, Ghent (EU)", ["NL", "DE", "BE"]],
    ["REMOTE (UK/Europe/US East Coast)", ["GB", "US"]],
    ["Mexico City", ["MX"]],
    ["New Mexico", ["US"]],
    ["Remote (US)", ["US"]],
    ["Krems an der Donau (near Vienna), Austria", ["AT"]],
    ["South Korea", ["KR"]],
    ["Remote (EU)", []],
    ["Americas, Europe, Israel", ["IL"]],
    ["Remote-first with PST overlap", []],
    ["Let us know", []],
    ["Indiana", ["US"]],
  ])("%j → %j", (text, expected) => {
    expect(findCountries(text)).toEqual(expected);
  });
});

const input = (over: Partial<CountriesInput> & { text?: string }): CountriesInput => ({
  title: "",
  fields: [],
  structured: true,
  fieldsAreFinal: false,
  addressCountry: null,
  remote: "unspecified",
  ...over,
  sentences: textSentences(over.text ?? ""),
});

test.each<[string, CountriesInput, string[]]>([
  ["every listed location", input({ fields: ["London", "Paris"] }), ["FR", "GB"]],
  ["the address of the primary location", input({ fields: ["East Coast"], addressCountry: "United States" }), ["US"]],
  ["a region is not expanded", input({ fields: ["Canada", "United States", "Europe", "United Kingdom"] }), ["CA", "GB", "US"]],
  ["a country in the title", input({ title: "Sales Development - Poland", fields: ["Remote"] }), ["PL"]],
  [
    "relocation sources are not where the job is",
    input({ fields: ["USA | Relocate", "Boston l Relocation"], addressCountry: "United States", remote: "remote", text: "You can work from anywhere in Europe within a 3-hour flight from Paris (HQ)." }),
    ["FR"],
  ],
  [
    "worldwide remote has no country",
    input({ fields: ["United Kingdom", "Germany"], remote: "remote", text: "LOCATION\nThis role is remote and can be executed globally." }),
    [],
  ],
  [
    "remote limited only by time zone has no country",
    input({ fields: ["London", "Toronto"], remote: "remote", text: "This team operates between ET to CET time zones, so we're seeking candidates in locations that align with these hours." }),
    [],
  ],
  [
    "remote limited to a country keeps it",
    input({ fields: ["New York"], remote: "remote", text: "This role is remote-first, so it can be executed from anywhere in the US, in GMT-5 to GMT-7 timezones." }),
    ["US"],
  ],
  [
    "the company's customers worldwide are not a location rule",
    input({ fields: ["Paris | Remote"], remote: "remote", text: "About us\nBusinesses worldwide use our product." }),
    ["FR"],
  ],
  ["a remote board's candidate rule is final", input({ fields: ["USA, Canada, USA timezones"], fieldsAreFinal: true, remote: "remote", text: "Applicants may work anywhere in Europe." }), ["CA", "US"]],
  ["'Worldwide' on a remote board", input({ fields: ["Worldwide"], fieldsAreFinal: true, remote: "remote" }), []],
  [
    "free text: header and job-place sentences, not market lists",
    input({
      structured: false,
      fields: ["SuppMatch | CTO | Warsaw, Poland | Hybrid"],
      text: "We're live in 8+ markets (Germany, UK, Italy, USA) and closing a seed round.\nRequirements: Warsaw-based (hybrid).",
    }),
    ["PL"],
  ],
  ["free text: a relocation sentence", input({ structured: false, text: "Senior ML Engineer\nRelocation to Jena, Germany after onboarding" }), ["DE"]],
])("%s", (_, given, expected) => {
  expect(extractCountries(given)).toEqual(expected);
});
