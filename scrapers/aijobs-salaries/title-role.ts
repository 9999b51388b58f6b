import type { Role } from "@/lib/taxonomy";

// ai-jobs.net job titles → our roles (TAXONOMY.md), first matching rule wins. The titles are a
// short fixed list (about 300), so plain rules cover them. Decisions worth knowing: product,
// project, marketing, sales and business-development managers and product owners are "other";
// any other manager, head, director, VP or chief is "management" (the survey is of data and AI
// staff); data analysts are "other"; "… scientist" is research_scientist unless it is a data or
// decision scientist.
const RULES: ReadonlyArray<[RegExp, Role]> = [
  [/\b(product|project|program|marketing|sales|account|business development)\b.*\b(manager|owner|director|head|executive)\b/i, "other"],
  [/\b(manager|head|director|vp|vice president|chief|cto|cdo)\b/i, "management"],
  [/\bmlops\b|\bml ?ops\b|\b(machine learning|ml|ai) (infrastructure|platform|performance)\b/i, "mlops_engineer"],
  [/\bresearch engineer\b/i, "research_engineer"],
  [/\b(data scientist|decision scientist|data science|statistician)\b/i, "data_scientist"],
  [/\b(scientist|researcher|postdoctoral|bioinformatician|computational biologist)\b/i, "research_scientist"],
  [/\b(data|analytics|etl|bi|business intelligence|databricks|spark)\b.*\b(engineer|developer|architect|modeler)\b|\bdataops\b/i, "data_engineer"],
  [/\b(machine learning|ml|ai|artificial intelligence|deep learning|computer vision|machine vision|nlp|prompt engineer|chatbot)\b/i, "ml_engineer"],
  [/\b(engineer|developer|architect|programmer|devops|site reliability|technical staff|tech lead|technical lead|administrator)\b/i, "software_engineer"],
];

export function roleOfJobTitle(title: string): Role {
  return RULES.find(([pattern]) => pattern.test(title))?.[1] ?? "other";
}
