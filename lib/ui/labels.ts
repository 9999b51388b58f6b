import type { MentionContext, RemoteMode, Role, Seniority, UseCase } from "@/lib/taxonomy";

// Display names of the TAXONOMY.md vocabularies (framework names live beside their colours).

export const USE_CASE_LABELS: Record<UseCase, string> = {
  computer_vision: "Computer vision",
  nlp_llm: "NLP / LLMs",
  speech_audio: "Speech & audio",
  reinforcement_learning: "Reinforcement learning",
  time_series: "Time series",
  recommender_systems: "Recommender systems",
  robotics: "Robotics",
};

export const ROLE_LABELS: Record<Role, string> = {
  ml_engineer: "ML engineer",
  research_scientist: "Research scientist",
  research_engineer: "Research engineer",
  mlops_engineer: "MLOps / ML platform",
  data_scientist: "Data scientist",
  data_engineer: "Data engineer",
  software_engineer: "Software engineer",
  management: "Engineering management",
  other: "Other (non-engineering)",
};

export const SENIORITY_LABELS: Record<Seniority, string> = {
  intern: "Intern",
  junior: "Junior",
  mid: "Mid",
  senior: "Senior",
  staff_plus: "Staff+",
  management: "Management",
  unspecified: "Unspecified",
};

export const REMOTE_LABELS: Record<RemoteMode, string> = {
  remote: "Remote",
  hybrid: "Hybrid",
  onsite: "On-site",
  unspecified: "Unspecified",
};

export const CONTEXT_LABELS: Record<MentionContext, string> = {
  required: "required",
  preferred: "preferred",
  migration: "migration",
  stack: "in the stack",
};

/** `{value, label}` options for a select, from a label map, in the map's order. */
export function optionsOf<T extends string>(labels: Record<T, string>): Array<{ value: T; label: string }> {
  return (Object.entries(labels) as Array<[T, string]>).map(([value, label]) => ({ value, label }));
}
