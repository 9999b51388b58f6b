import { REGIONS, type Region } from "@/lib/geo/regions";
import { FRAMEWORKS, ROLES, USE_CASES, type Framework, type Role, type UseCase } from "@/lib/taxonomy";

// The labels of a posting as bits: on its posted_pay row (migration 0007) and on the posting itself
// (migration 0010), which write the same bits in SQL: a label's bit is 1 << its index in the vocabulary.

export const frameworkBit = (framework: Framework): number => 1 << FRAMEWORKS.indexOf(framework);
export const roleBit = (role: Role): number => 1 << ROLES.indexOf(role);
/** The bits of several labels together (0 for none). */
export const bitsOf = <T>(labels: readonly T[], bit: (label: T) => number): number => labels.reduce((bits, label) => bits | bit(label), 0);
// Not useCaseBit: the linter would read a function named use… as a React hook.
export const bitOfUseCase = (useCase: UseCase): number => 1 << USE_CASES.indexOf(useCase);
export const regionBit = (region: Region): number => 1 << REGIONS.indexOf(region);
/** Set when one of the posting's countries is in no region of the table. */
export const UNKNOWN_REGION_BIT = 1 << REGIONS.length;

/** The vocabulary's values whose bits are set, in vocabulary order. */
export function namesOf<T extends string>(vocabulary: readonly T[], bits: number): T[] {
  return vocabulary.filter((_, index) => (bits & (1 << index)) !== 0);
}
