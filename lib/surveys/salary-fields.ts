// Vocabularies of the salary survey's own fields, as stored.
export const EMPLOYMENT_TYPES = ["full_time", "part_time", "contract", "freelance"] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const COMPANY_SIZES = ["S", "M", "L"] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];
