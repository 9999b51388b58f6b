import type { Contender } from "@/lib/evidence/compare";

// A respondent's profile: which of the two contenders they used and want, one bit each. Migration
// 0007 writes the same bits in SQL (survey_responses.profile); keep the two in step.
export const PROFILE_BITS: Record<"used" | "wanted", Record<Contender, number>> = {
  used: { pytorch: 1, tensorflow: 2 },
  wanted: { pytorch: 4, tensorflow: 8 },
};

/** Every profile value there is (four bits). */
export const PROFILES = Array.from({ length: 16 }, (_, profile) => profile);
