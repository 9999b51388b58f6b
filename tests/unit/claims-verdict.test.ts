import { describe, expect, it, test } from "vitest";
import { judgeClaim, type CheckInput } from "@/lib/claims/claims";
import { combineVerdicts, leadVerdict, payVerdict, riseVerdict } from "@/lib/claims/verdict";

const usd = (v: number) => `$${v}`;
const spread = (n: number, from: number, step: number) => Array.from({ length: n }, (_, i) => from + i * step);

describe("leadVerdict: the claimed framework's share of a base against the other's", () => {
  test.each([
    ["claimed clearly ahead", { claimed: 60, other: 30, base: 100 }, "supported"],
    ["claimed clearly behind", { claimed: 30, other: 60, base: 100 }, "contradicted"],
    ["intervals overlap", { claimed: 50, other: 45, base: 100 }, "not-enough-data"],
    ["base under 30, however far apart", { claimed: 20, other: 1, base: 29 }, "not-enough-data"],
    ["base of exactly 30 counts", { claimed: 30, other: 3, base: 30 }, "supported"],
    ["empty base", { claimed: 0, other: 0, base: 0 }, "not-enough-data"],
  ] as const)("%s → %s", (_name, counts, verdict) => {
    expect(leadVerdict(counts).verdict).toBe(verdict);
  });

  it("states the intervals it compared", () => {
    expect(leadVerdict({ claimed: 60, other: 30, base: 100 }).reason).toBe("intervals apart: 50.2%–69.1% against 21.9%–39.6%");
    expect(leadVerdict({ claimed: 5, other: 1, base: 12 }).reason).toBe("12 in the base, under 30");
  });
});

describe("riseVerdict: one share, earlier against later", () => {
  test.each([
    ["rose clearly", { before: { count: 20, base: 100 }, after: { count: 50, base: 100 } }, "supported"],
    ["fell clearly", { before: { count: 50, base: 100 }, after: { count: 20, base: 100 } }, "contradicted"],
    ["moved within the noise", { before: { count: 45, base: 100 }, after: { count: 50, base: 100 } }, "not-enough-data"],
    ["earlier period too small", { before: { count: 1, base: 10 }, after: { count: 500, base: 1000 } }, "not-enough-data"],
    ["nothing before", { before: { count: 0, base: 0 }, after: { count: 50, base: 100 } }, "not-enough-data"],
  ] as const)("%s → %s", (_name, counts, verdict) => {
    expect(riseVerdict(counts).verdict).toBe(verdict);
  });
});

describe("payVerdict: medians with distribution-free intervals", () => {
  test.each([
    ["claimed paid clearly more", spread(20, 200, 5), spread(20, 100, 5), "supported"],
    ["claimed paid clearly less", spread(20, 100, 5), spread(20, 200, 5), "contradicted"],
    ["medians close", spread(20, 100, 5), spread(20, 110, 5), "not-enough-data"],
    ["under 10 figures a side", spread(9, 500, 5), spread(20, 100, 5), "not-enough-data"],
  ] as const)("%s → %s", (_name, claimed, other, verdict) => {
    expect(payVerdict(claimed, other, usd).verdict).toBe(verdict);
  });

  it("reports the medians and their intervals", () => {
    const result = payVerdict(spread(10, 10, 10), spread(10, 200, 10), usd);
    expect(result.claimed).toEqual({ n: 10, median: 55, low: 20, high: 90 });
    expect(result.reason).toBe("median intervals apart the other way: $20–$90 against $210–$280");
  });
});

describe("combineVerdicts", () => {
  test.each([
    [[], "not-enough-data", "no check could be run"],
    [["not-enough-data", "not-enough-data"], "not-enough-data", "no check separates the two"],
    [["supported"], "supported", "1 of 1 check decisive, all for the claim"],
    [["supported", "not-enough-data"], "supported", "1 of 2 checks decisive, all for the claim"],
    [["contradicted", "contradicted"], "contradicted", "2 of 2 checks decisive, all against the claim"],
    [["supported", "contradicted"], "not-enough-data", "the checks disagree"],
  ] as const)("%j → %s", (verdicts, verdict, reason) => {
    expect(combineVerdicts(verdicts)).toEqual({ verdict, reason });
  });
});

describe("judgeClaim", () => {
  const base = { unit: "jobs", survey: false, source: { kind: "jobs", links: [] } } as const;
  const lead = (id: string, pytorch: number, tensorflow: number, total: number): CheckInput => ({ ...base, id, label: id, proxy: id, kind: "lead", claimed: "pytorch", counts: { pytorch, tensorflow, base: total } });

  it("gives each check its n and verdict, and says which undecided checks lean against the claim", () => {
    const claim = judgeClaim("pytorch-talent-growth", [lead("questions", 60, 30, 100), lead("survey", 45, 50, 100)]);
    expect(claim.checks.map((c) => [c.id, c.n, c.result.verdict, c.leansAgainst])).toEqual([
      ["questions", 100, "supported", false],
      ["survey", 100, "not-enough-data", true],
    ]);
    expect(claim.verdict).toBe("supported");
    expect(claim.reason).toBe("1 of 2 checks decisive, all for the claim; survey leans the other way without separating");
    expect(claim.statement).toBe("PyTorch talent grows faster");
  });

  it("counts both periods of a rise and both sides of a pay check in n", () => {
    const rise: CheckInput = { ...base, id: "r", label: "r", proxy: "r", kind: "rise", framework: "pytorch", before: { count: 1, base: 858, label: "a" }, after: { count: 24, base: 1330, label: "b" } };
    const pay: CheckInput = { ...base, unit: "pay figures", id: "p", label: "p", proxy: "p", kind: "pay", claimed: "pytorch", figures: { pytorch: [1, 2, 3], tensorflow: [4, 5] } };
    const claim = judgeClaim("pytorch-industry-growth", [rise, pay]);
    expect(claim.checks.map((c) => [c.n, c.result.verdict])).toEqual([
      [2188, "supported"],
      [5, "not-enough-data"],
    ]);
  });
});
