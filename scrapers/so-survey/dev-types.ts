import type { Role } from "@/lib/taxonomy";

// The survey's DevType answers → our roles (TAXONOMY.md). The survey lumps "data scientist or
// machine learning specialist" together: it maps to data_scientist, so survey ml_engineer counts
// come only from "Developer, AI" (a later year's answer). Answers not listed are reported.
const ROLE_BY_DEV_TYPE: Record<string, Role> = {
  "Developer, AI": "ml_engineer",
  "Data scientist or machine learning specialist": "data_scientist",
  "Engineer, data": "data_engineer",
  "Academic researcher": "research_scientist",
  "Research & Development role": "research_scientist",
  Scientist: "research_scientist",
  "Developer, full-stack": "software_engineer",
  "Developer, back-end": "software_engineer",
  "Developer, front-end": "software_engineer",
  "Developer, desktop or enterprise applications": "software_engineer",
  "Developer, mobile": "software_engineer",
  "Developer, embedded applications or devices": "software_engineer",
  "Developer, game or graphics": "software_engineer",
  "Developer, QA or test": "software_engineer",
  "Developer Experience": "software_engineer",
  "DevOps specialist": "software_engineer",
  "Cloud infrastructure engineer": "software_engineer",
  "Engineer, site reliability": "software_engineer",
  "Security professional": "software_engineer",
  "System administrator": "software_engineer",
  "Database administrator": "software_engineer",
  "Hardware Engineer": "software_engineer",
  Blockchain: "software_engineer",
  "Engineering manager": "management",
  "Senior Executive (C-Suite, VP, etc.)": "management",
  "Data or business analyst": "other",
  "Product manager": "other",
  "Project manager": "other",
  Designer: "other",
  Educator: "other",
  "Marketing or sales professional": "other",
  "Developer Advocate": "other",
  Student: "other",
  "Other (please specify):": "other",
};

/** Our role for a DevType answer, or null when the table does not hold it. */
export function roleOfDevType(devType: string): Role | null {
  return ROLE_BY_DEV_TYPE[devType] ?? null;
}
