import type { FrameworkMention } from "@/lib/extract/frameworks";
import type { RemoteMode, Role, Seniority, UseCase } from "@/lib/taxonomy";

export type Salary = { min: number; max: number; currency: string; period: "year" | "month" | "week" | "day" | "hour"; text: string };

/** What the product reads out of one raw item: the fields of ../shared/TAXONOMY.md. */
export type NormalisedPosting = {
  company: string | null;
  title: string;
  locationText: string | null;
  description: string;
  applyUrl: string | null;
  frameworks: FrameworkMention[];
  roles: Role[];
  useCases: UseCase[];
  countries: string[];
  seniority: Seniority;
  remote: RemoteMode;
  salary: Salary | null;
};
