// Label vocabularies of ../shared/TAXONOMY.md: one array each feeds columns, zod enums and types.
export const FRAMEWORKS = ["tensorflow", "pytorch", "jax", "keras"] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export const MENTION_CONTEXTS = ["required", "preferred", "migration", "stack"] as const;
export type MentionContext = (typeof MENTION_CONTEXTS)[number];

export const ROLES = [
  "ml_engineer",
  "research_scientist",
  "research_engineer",
  "mlops_engineer",
  "data_scientist",
  "data_engineer",
  "software_engineer",
  "management",
  "other",
] as const;
export type Role = (typeof ROLES)[number];

export const SENIORITIES = ["intern", "junior", "mid", "senior", "staff_plus", "management", "unspecified"] as const;
export type Seniority = (typeof SENIORITIES)[number];

export const REMOTE_MODES = ["remote", "hybrid", "onsite", "unspecified"] as const;
export type RemoteMode = (typeof REMOTE_MODES)[number];

export const USE_CASES = [
  "computer_vision",
  "nlp_llm",
  "speech_audio",
  "reinforcement_learning",
  "time_series",
  "recommender_systems",
  "robotics",
] as const;
export type UseCase = (typeof USE_CASES)[number];
