import { REPORT_SOURCES, RESPONDENT_SOURCES } from "@/db/queries/survey-rows";
import { REGION_LABELS } from "@/lib/geo/regions";
import { EMPLOYMENT_TYPES } from "@/lib/surveys/salary-fields";
import { FRAMEWORKS } from "@/lib/taxonomy";
import { FRAMEWORK_LABELS } from "@/lib/ui/colors";
import { optionsOf, ROLE_LABELS, SENIORITY_LABELS } from "@/lib/ui/labels";
import type { FilterField, FilterOption } from "../components/filter-form";
import { EMPLOYMENT_LABELS } from "./reports-table";
import type { SurveysParams } from "./search-params";

const NOT_STATED = { value: "unknown", label: "Not stated" };
const RELATION_OPTIONS = [
  { value: "used", label: "Used it this year" },
  { value: "wanted", label: "Wants it next year" },
  { value: "new", label: "Wants it, has not used it" },
];

/** A select's options plus, when a link asked for several values at once, that list as one more option. */
function withList(options: FilterOption[], list: readonly string[] | undefined): { value: string | undefined; options: FilterOption[] } {
  if (!list || list.length < 2) return { value: list?.[0], options };
  const label = list.map((value) => options.find((o) => o.value === value)?.label ?? value).join(" or ");
  return { value: list.join(","), options: [...options, { value: list.join(","), label }] };
}

/** The explorer's controls for the selected dataset, filled with the current filter. */
export function surveyFilterFields(params: SurveysParams, years: readonly number[]): FilterField[] {
  const respondents = params.dataset === "respondents";
  const roles = withList([...optionsOf(ROLE_LABELS), ...(respondents ? [NOT_STATED] : [])], params.role);
  const frameworks = withList(FRAMEWORKS.map((f) => ({ value: f, label: FRAMEWORK_LABELS[f] })), params.framework);
  const common: FilterField[] = [
    { kind: "select", name: "dataset", label: "Dataset", value: params.dataset, options: [{ value: "respondents", label: "Stack Overflow respondents" }, { value: "salary-reports", label: "ai-jobs.net salary reports" }], allLabel: null },
    { kind: "select", name: "source", label: "Source", value: params.source, options: (respondents ? RESPONDENT_SOURCES : REPORT_SOURCES).map((s) => ({ value: s, label: s })) },
    { kind: "select", name: "year", label: respondents ? "Survey year" : "Work year", value: params.year?.toString(), options: years.map((y) => ({ value: String(y), label: String(y) })), allLabel: "Every year" },
  ];
  const answers: FilterField[] = respondents
    ? [
        { kind: "select", name: "framework", label: "Framework", value: frameworks.value, options: frameworks.options, allLabel: "Any or none" },
        { kind: "select", name: "relation", label: "Relation to the framework", value: params.relation, options: RELATION_OPTIONS, allLabel: "Used it (default)", hint: "Applies with a framework" },
      ]
    : [{ kind: "select", name: "employment", label: "Employment", value: params.employment, options: EMPLOYMENT_TYPES.map((e) => ({ value: e, label: EMPLOYMENT_LABELS[e] })) }];
  return [
    ...common,
    ...answers,
    { kind: "select", name: "role", label: "Role", value: roles.value, options: roles.options },
    { kind: "select", name: "seniority", label: "Seniority", value: params.seniority, options: optionsOf(SENIORITY_LABELS), hint: respondents ? "A band of professional years" : "The reported experience level" },
    { kind: "select", name: "region", label: "Region", value: params.region, options: [...optionsOf(REGION_LABELS), NOT_STATED] },
    { kind: "select", name: "has_pay", label: respondents ? "Compensation" : "Salary", value: params.has_pay, options: [{ value: "yes", label: "Stated (above 0)" }, { value: "no", label: "Not stated or 0" }] },
  ];
}
