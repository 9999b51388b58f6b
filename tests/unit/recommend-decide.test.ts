import { describe, expect, it, test } from "vitest";
import { currentFramework, MIN_SIGNAL_BASE, recommend, signalsOf, type RecommendInput, type SplitCounts } from "@/lib/recommend/decide";

const split = (pytorch: number, tensorflow: number, base: number): SplitCounts => ({ pytorch, tensorflow, base });
const none: RecommendInput = { skills: [], hires: 0, demand: null, trend: null, useCaseFit: null, researchFit: null, productionFit: null, edgeFit: null, supply: null };
const input = (changes: Partial<RecommendInput>): RecommendInput => ({ ...none, ...changes });

// Reference intervals (95% Wilson): 60/100 → 50.2–69.1%, 30/100 → 21.9–39.6% (apart);
// 50/100 → 40.4–59.6%, 45/100 → 35.6–54.8% (overlap); 5% of 1,000 → 3.8–6.5%, 10% → 8.3–12.0% (apart).
describe("recommend", () => {
  test.each([
    ["no evidence at all", input({}), { status: "not-enough-data", framework: null, confidence: null, basis: null }],
    ["only thin signals", input({ demand: split(15, 3, 20), supply: split(5, 1, 25) }), { status: "not-enough-data", framework: null, confidence: null, basis: null }],
    [
      "demand and research both clear for PyTorch, supply leaning the same way",
      input({ demand: split(60, 30, 100), researchFit: split(300, 60, 1000), supply: split(60, 50, 500) }),
      { status: "recommended", framework: "pytorch", confidence: "high", basis: "data" },
    ],
    [
      "one clear signal, one leaning the other way",
      input({ demand: split(60, 30, 100), supply: split(50, 60, 500) }),
      { status: "recommended", framework: "pytorch", confidence: "moderate", basis: "data" },
    ],
    ["clear signals that cancel, no current framework", input({ demand: split(60, 30, 100), useCaseFit: split(30, 60, 100) }), { status: "no-clear-winner", framework: null, confidence: null, basis: null }],
    [
      "clear signals that cancel, a TensorFlow team",
      input({ skills: ["tensorflow"], demand: split(60, 30, 100), useCaseFit: split(30, 60, 100) }),
      { status: "recommended", framework: "tensorflow", confidence: "low", basis: "current-skills" },
    ],
    ["nothing separates, a Keras team", input({ skills: ["keras", "jax"], demand: split(50, 45, 100) }), { status: "recommended", framework: "tensorflow", confidence: "low", basis: "current-skills" }],
    ["nothing separates, a team using both", input({ skills: ["pytorch", "tensorflow"], demand: split(50, 45, 100) }), { status: "no-clear-winner", framework: null, confidence: null, basis: null }],
    [
      "only the trend is clear (weight 1)",
      input({ demand: split(50, 45, 100), trend: { before: { pytorch: 20, base: 100 }, after: { pytorch: 50, base: 100 } } }),
      { status: "recommended", framework: "pytorch", confidence: "low", basis: "data" },
    ],
    [
      "a falling PyTorch share leans to TensorFlow",
      input({ demand: split(30, 60, 100), trend: { before: { pytorch: 50, base: 100 }, after: { pytorch: 20, base: 100 } }, productionFit: split(30, 60, 100) }),
      { status: "recommended", framework: "tensorflow", confidence: "high", basis: "data" },
    ],
    [
      "mobile/edge and production clear for TensorFlow against PyTorch demand",
      input({ demand: split(60, 30, 100), productionFit: split(30, 60, 100), edgeFit: split(30, 60, 100) }),
      { status: "recommended", framework: "tensorflow", confidence: "moderate", basis: "data" },
    ],
    ["supply alone, team not hiring (weight 1)", input({ supply: split(50, 100, 1000) }), { status: "recommended", framework: "tensorflow", confidence: "low", basis: "data" }],
    ["supply alone, team hiring (weight 2)", input({ hires: 3, supply: split(50, 100, 1000) }), { status: "recommended", framework: "tensorflow", confidence: "moderate", basis: "data" }],
    [
      "two clear signals but demand too thin: never high",
      input({ demand: split(20, 2, 25), researchFit: split(300, 60, 1000), useCaseFit: split(60, 30, 100) }),
      { status: "recommended", framework: "pytorch", confidence: "moderate", basis: "data" },
    ],
  ] as const)("%s", (_name, given, expected) => {
    const result = recommend(given);
    expect({ status: result.status, framework: result.framework, confidence: result.confidence, basis: result.basis }).toEqual(expected);
    expect(result.why.length).toBeGreaterThan(0);
  });

  it("says which signals are too thin, with their base", () => {
    const result = recommend(input({ demand: split(60, 30, 100), supply: split(3, 4, 12) }));
    expect(result.why.at(-1)).toBe(`Too thin to count (under ${MIN_SIGNAL_BASE}): talent supply (12).`);
    expect(result.signals.find((s) => s.id === "supply")?.status).toBe("thin");
  });

  it("scores only clear signals, with their weights", () => {
    const result = recommend(input({ hires: 2, demand: split(60, 30, 100), supply: split(50, 100, 1000), researchFit: split(300, 60, 1000) }));
    expect(result.score).toEqual({ pytorch: 4, tensorflow: 2 });
    expect(result.confidence).toBe("moderate");
    expect(result.why[1]).toBe("1 clearly favour TensorFlow: talent supply.");
  });
});

describe("signalsOf", () => {
  it("lists the signals that apply, trend after demand, with shares and intervals", () => {
    const signals = signalsOf(input({ demand: split(60, 30, 100), trend: { before: { pytorch: 20, base: 100 }, after: { pytorch: 50, base: 100 } }, supply: split(50, 100, 1000) }));
    expect(signals.map((s) => [s.id, s.status, s.lean, s.weight, s.base])).toEqual([
      ["demand", "clear", "pytorch", 2, 100],
      ["trend", "clear", "pytorch", 1, 100],
      ["supply", "clear", "tensorflow", 1, 1000],
    ]);
    const demand = signals[0];
    expect(demand?.kind === "split" && demand.pytorch?.share).toBe(0.6);
    expect(demand?.kind === "split" && demand.pytorch?.low).toBeCloseTo(0.502, 3);
  });
});

describe("currentFramework", () => {
  test.each([
    [[], null],
    [["pytorch"], "pytorch"],
    [["keras"], "tensorflow"],
    [["tensorflow", "keras"], "tensorflow"],
    [["pytorch", "keras"], null],
    [["jax"], null],
  ] as const)("%j → %s", (skills, expected) => {
    expect(currentFramework(skills)).toBe(expected);
  });
});
