import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getContenderPayFigures, getPayFigures } from "@/db/queries/market-evidence";
import { CONTENDERS } from "@/lib/evidence/compare";
import type { Region } from "@/lib/geo/regions";
import type { Role } from "@/lib/taxonomy";
import { seedJobs, seedRespondents, times } from "../helpers/market-fixtures";
import { createTempDb } from "../helpers/temp-db";

// getContenderPayFigures reads posted_pay once for both contenders: each list must be exactly the
// getPayFigures list of that contender alone (same figures, same order).
let temp: ReturnType<typeof createTempDb>;

beforeAll(() => {
  temp = createTempDb();
  const frameworkSets = [["pytorch"], ["tensorflow"], ["pytorch", "tensorflow"], ["jax"], []] as const;
  const roles: Role[] = ["ml_engineer", "research_scientist", "software_engineer"];
  seedJobs(temp.db, [
    ...times(30, (i) => ({
      frameworks: [...frameworkSets[i % frameworkSets.length]!],
      roles: [roles[i % roles.length]!],
      countries: [["US", "DE", "IN"][i % 3]!],
      salary: { min: 60_000 + ((i * 7) % 13) * 5_000, max: 80_000 + ((i * 7) % 13) * 5_000, currency: i % 6 === 5 ? "EUR" : "USD", period: "year" as const },
      applyUrl: `https://apply.example.test/contender-${i}`,
    })),
    // A repost with other pay: one job, the earliest posting's pay stands.
    { source: "greenhouse", frameworks: ["pytorch", "tensorflow"], roles: ["ml_engineer"], countries: ["US"], salary: { min: 990_000, max: 990_000, currency: "USD", period: "year" }, applyUrl: "https://apply.example.test/contender-2" },
  ]);
  seedRespondents(temp.db, times(14, (i) => ({ role: roles[i % roles.length]!, country: i % 2 ? "US" : "DE", comp: 50_000 + i * 4_000, used: i % 3 ? ["pytorch" as const] : ["tensorflow" as const, "pytorch" as const] })));
});
afterAll(() => temp.cleanup());

const scopes: Array<{ roles?: Role[]; region?: Region }> = [{}, { roles: ["ml_engineer"] }, { roles: ["ml_engineer", "research_scientist"], region: "northern_america" }, { region: "europe" }];

describe("getContenderPayFigures", () => {
  it.each(scopes.flatMap((scope) => (["posted", "survey"] as const).map((origin) => [origin, JSON.stringify(scope), scope] as const)))("%s %s: each contender's getPayFigures", (origin, _name, scope) => {
    const both = getContenderPayFigures(temp.db, { origin, ...scope });
    for (const framework of CONTENDERS) expect(both[framework]).toEqual(getPayFigures(temp.db, { origin, framework, ...scope }));
    expect(CONTENDERS.some((framework) => both[framework].length > 0)).toBe(true);
  });
});
