import { describe, expect, it, test } from "vitest";
import { regionOf } from "@/lib/geo/regions";
import { seniorityForYears } from "@/lib/surveys/seniority-bands";
import { missingColumns, missingQuestions } from "@/scrapers/so-survey/columns";
import { COLUMNS_2023 } from "@/scrapers/so-survey/columns-2023";
import { countryCodeOf } from "@/scrapers/so-survey/country-names";
import { roleOfDevType } from "@/scrapers/so-survey/dev-types";
import { mapResponse } from "@/scrapers/so-survey/map-response";
import { columnsForYear } from "@/scrapers/so-survey/years";

test.each([
  ["Data scientist or machine learning specialist", "data_scientist"],
  ["Developer, AI", "ml_engineer"],
  ["Engineer, data", "data_engineer"],
  ["Academic researcher", "research_scientist"],
  ["Research & Development role", "research_scientist"],
  ["Developer, full-stack", "software_engineer"],
  ["Cloud infrastructure engineer", "software_engineer"],
  ["Engineering manager", "management"],
  ["Senior Executive (C-Suite, VP, etc.)", "management"],
  ["Data or business analyst", "other"],
  ["Student", "other"],
  ["Astronaut", null],
])("DevType %j → role %s", (devType, role) => {
  expect(roleOfDevType(devType)).toBe(role);
});

test.each([
  [null, "unspecified"],
  [-1, "unspecified"],
  [0, "junior"],
  [2, "junior"],
  [3, "mid"],
  [5, "mid"],
  [6, "senior"],
  [10, "senior"],
  [11, "staff_plus"],
  [51, "staff_plus"],
])("%s professional years → %s", (years, seniority) => {
  expect(seniorityForYears(years)).toBe(seniority);
});

test.each([
  ["United States of America", "US", "northern_america"],
  ["United Kingdom of Great Britain and Northern Ireland", "GB", "europe"],
  ["Iran, Islamic Republic of...", "IR", "asia"],
  ["Republic of Korea", "KR", "asia"],
  ["Viet Nam", "VN", "asia"],
  ["The former Yugoslav Republic of Macedonia", "MK", "europe"],
  ["Venezuela, Bolivarian Republic of...", "VE", "latin_america"],
  ["Russian Federation", "RU", "europe"],
  ["Turkey", "TR", "asia"],
  ["Hong Kong (S.A.R.)", "HK", "asia"],
  ["Kosovo", "XK", "europe"],
  ["Nigeria", "NG", "africa"],
  ["Australia", "AU", "oceania"],
  ["Atlantis", null, null],
])("country %j → %s in %s", (name, code, region) => {
  expect(countryCodeOf(name)).toBe(code);
  expect(regionOf(code)).toBe(region);
});

describe("mapResponse with the 2023 columns", () => {
  const cells = (values: Partial<Record<keyof typeof COLUMNS_2023.columns, string>>) => (column: keyof typeof COLUMNS_2023.columns) => values[column] ?? "NA";

  it("maps a full answer: role, band, country, region, pay, frameworks used and wanted", () => {
    const verdict = mapResponse(COLUMNS_2023, cells({
      responseId: "42",
      devType: "Data scientist or machine learning specialist",
      country: "Germany",
      yearsPro: "Less than 1 year",
      frameworksUsed: "NumPy;TensorFlow;Keras;Torch/PyTorch",
      frameworksWanted: "Torch/PyTorch;JAX;Hugging Face Transformers",
      compYearlyUsd: "85672",
    }));
    expect(verdict).toEqual({
      rows: [
        {
          source: "so-survey",
          year: 2023,
          sourceId: "42",
          role: "data_scientist",
          devType: "Data scientist or machine learning specialist",
          seniority: "junior",
          yearsPro: 0,
          country: "DE",
          countryName: "Germany",
          region: "europe",
          compYearlyUsd: 85672,
          frameworks: [
            { framework: "tensorflow", relation: "used" },
            { framework: "keras", relation: "used" },
            { framework: "pytorch", relation: "used" },
            { framework: "pytorch", relation: "wanted" },
            { framework: "jax", relation: "wanted" },
            { framework: "hugging_face_transformers", relation: "wanted" },
          ],
        },
      ],
      notes: [],
    });
  });

  it("stores an unanswered response with nulls and no frameworks", () => {
    const verdict = mapResponse(COLUMNS_2023, cells({ responseId: "1" }));
    expect(verdict).toMatchObject({ rows: [{ sourceId: "1", role: null, seniority: "unspecified", country: null, region: null, compYearlyUsd: null, frameworks: [] }], notes: [] });
  });

  it("keeps answers it cannot map, with a note each; Nomadic is no country but no note", () => {
    const unmapped = mapResponse(COLUMNS_2023, cells({ responseId: "7", devType: "Astronaut", country: "Atlantis", yearsPro: "ages", compYearlyUsd: "lots" }));
    expect(unmapped).toMatchObject({ rows: [{ devType: "Astronaut", role: null, countryName: "Atlantis", country: null, yearsPro: null, compYearlyUsd: null }] });
    expect("notes" in unmapped && unmapped.notes).toEqual([
      '2023: unmapped DevType answer "Astronaut"',
      '2023: unmapped YearsCodePro answer "ages"',
      '2023: unmapped Country answer "Atlantis"',
      '2023: unmapped ConvertedCompYearly answer "lots"',
    ]);
    expect(mapResponse(COLUMNS_2023, cells({ responseId: "8", country: "Nomadic" }))).toMatchObject({ rows: [{ country: null, countryName: "Nomadic" }], notes: [] });
  });

  test.each([[""], ["NA"], ["R2"]])("refuses a response id %j", (responseId) => {
    expect(mapResponse(COLUMNS_2023, cells({ responseId }))).toMatchObject({ invalid: expect.stringMatching(/response id/) });
  });
});

describe("column checks against the year's files", () => {
  it("finds a matrix question by its qname and a plain one by name", () => {
    expect(missingQuestions(COLUMNS_2023, new Set(["DevType", "Country", "YearsCodePro", "MiscTech", "CompTotal"]))).toEqual([]);
    expect(missingQuestions(COLUMNS_2023, new Set(["DevType", "Country", "YearsCodePro", "MiscTechHaveWorkedWith", "CompTotal"]))).toEqual([]);
    expect(missingQuestions(COLUMNS_2023, new Set(["DevType", "Country", "CompTotal"]))).toEqual(["YearsCodePro", "MiscTech"]);
  });

  it("names the mapped columns the responses header lacks", () => {
    expect(missingColumns(COLUMNS_2023, ["ResponseId", "DevType", "Country", "YearsCodePro", "MiscTechHaveWorkedWith"])).toEqual(["MiscTechWantToWorkWith", "ConvertedCompYearly"]);
  });

  it("has a mapping for each configured year and none for others", () => {
    expect(columnsForYear(2023)?.year).toBe(2023);
    expect(columnsForYear(2024)?.year).toBe(2024);
    expect(columnsForYear(2022)).toBeNull();
  });
});
