import type { SurveyResponseInput } from "@/db/ingest/survey-responses";
import { regionOf } from "@/lib/geo/regions";
import type { SurveyFramework } from "@/lib/surveys/frameworks";
import { seniorityForYears } from "@/lib/surveys/seniority-bands";
import type { RowVerdict } from "../data-files/csv-batches";
import type { SurveyColumns } from "./columns";
import { countryCodeOf, NO_COUNTRY } from "./country-names";
import { roleOfDevType } from "./dev-types";

export const SO_SURVEY_SOURCE = "so-survey";

type Column = keyof SurveyColumns["columns"];

/**
 * One response → one row with its framework answers. Only a response without a usable id is
 * refused; an answer our tables do not map is stored as given, with a note for the run's errors.
 */
export function mapResponse(mapping: SurveyColumns, get: (column: Column) => string): RowVerdict<SurveyResponseInput> {
  const answer = (column: Column): string | null => {
    const value = get(column).trim();
    return value === "" || value === mapping.missing ? null : value;
  };
  const responseId = answer("responseId");
  if (!responseId || !/^\d+$/.test(responseId)) return { invalid: `response id ${JSON.stringify(get("responseId"))} is not a number` };
  const notes: string[] = [];
  const unmapped = (column: Column, value: string) => notes.push(`${mapping.year}: unmapped ${mapping.columns[column]} answer ${JSON.stringify(value)}`);

  const devType = answer("devType");
  const role = devType ? roleOfDevType(devType) : null;
  if (devType && !role) unmapped("devType", devType);

  const yearsText = answer("yearsPro");
  const yearsPro = yearsText === null ? null : (mapping.yearsWords[yearsText] ?? (/^\d+$/.test(yearsText) ? Number(yearsText) : null));
  if (yearsText !== null && yearsPro === null) unmapped("yearsPro", yearsText);

  const countryName = answer("country");
  const country = countryName && !NO_COUNTRY.has(countryName) ? countryCodeOf(countryName) : null;
  if (countryName && !NO_COUNTRY.has(countryName) && !country) unmapped("country", countryName);

  const compText = answer("compYearlyUsd");
  const comp = compText === null ? null : Number(compText);
  const compYearlyUsd = comp !== null && Number.isFinite(comp) && comp >= 0 ? comp : null;
  if (compText !== null && compYearlyUsd === null) unmapped("compYearlyUsd", compText);

  const frameworks = [
    ...frameworksIn(mapping, answer("frameworksUsed")).map((framework) => ({ framework, relation: "used" as const })),
    ...frameworksIn(mapping, answer("frameworksWanted")).map((framework) => ({ framework, relation: "wanted" as const })),
  ];
  const row: SurveyResponseInput = {
    source: SO_SURVEY_SOURCE,
    year: mapping.year,
    sourceId: responseId,
    role,
    devType,
    seniority: seniorityForYears(yearsPro),
    yearsPro,
    country,
    countryName,
    region: regionOf(country),
    compYearlyUsd,
    frameworks,
  };
  return { rows: [row], notes };
}

function frameworksIn(mapping: SurveyColumns, cell: string | null): SurveyFramework[] {
  if (!cell) return [];
  const found = cell.split(mapping.separator).flatMap((label) => mapping.frameworkLabels[label.trim()] ?? []);
  return [...new Set(found)];
}
