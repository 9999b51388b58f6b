import type { SurveyColumns } from "./columns";
import { COLUMNS_2023 } from "./columns-2023";
import { COLUMNS_2024 } from "./columns-2024";

// Every survey year we can read. A year in sources.json without an entry here fails with a
// message saying which module to add, rather than being read with another year's columns.
const MAPPINGS: readonly SurveyColumns[] = [COLUMNS_2023, COLUMNS_2024];

export function columnsForYear(year: number): SurveyColumns | null {
  return MAPPINGS.find((mapping) => mapping.year === year) ?? null;
}
