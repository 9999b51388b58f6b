import { REGION_LABELS, type Region } from "@/lib/geo/regions";
import type { Framework, Role, Seniority } from "@/lib/taxonomy";
import { FRAMEWORK_LABELS } from "./colors";
import { ROLE_LABELS, SENIORITY_LABELS } from "./labels";

// Display names of a market table's cells: a label, "All …" when the table is not split by the
// dimension, "Not stated" when the posting or respondent gave none.

export const DIMENSION_LABELS = { role: "Role", seniority: "Seniority", region: "Region" } as const;
type Dimension = keyof typeof DIMENSION_LABELS;

const LABELS: { role: Record<Role, string>; seniority: Record<Seniority, string>; region: Record<Region, string> } = {
  role: ROLE_LABELS,
  seniority: SENIORITY_LABELS,
  region: REGION_LABELS,
};

export function cellLabel(dimension: Dimension, value: string): string {
  if (value === "all") return `All ${dimension === "seniority" ? "levels" : `${dimension}s`}`;
  if (value === "unknown") return "Not stated";
  return (LABELS[dimension] as Record<string, string>)[value] ?? value;
}

export const ANY_FRAMEWORK_LABEL = "Any framework";

export function frameworkLabel(framework: Framework | "any"): string {
  return framework === "any" ? ANY_FRAMEWORK_LABEL : FRAMEWORK_LABELS[framework];
}
