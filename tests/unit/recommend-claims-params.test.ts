import { describe, expect, it } from "vitest";
import { parseClaimsParams } from "@/app/claims/search-params";
import { parseRecommendationParams, recommendationHref } from "@/app/recommendations/search-params";
import { scopeLinks } from "@/lib/evidence/links";
import { evidenceWindows, windowBefore } from "@/lib/recommend/situation";

describe("parseRecommendationParams", () => {
  it("reads repeated checkboxes and single fields into a situation", () => {
    const { values, problems } = parseRecommendationParams({ skill: ["tensorflow", "keras", "keras"], use_case: "nlp_llm", focus: "research", deploy: "edge", region: "europe", hires: "3", role: ["ml_engineer"] });
    expect(problems).toEqual([]);
    expect(values).toEqual({ skills: ["tensorflow", "keras"], useCases: ["nlp_llm"], focus: "research", deployment: "edge", region: "europe", hires: 3, roles: ["ml_engineer"] });
  });

  it("defaults an empty form and an untouched select", () => {
    expect(parseRecommendationParams({ region: "" }).values).toEqual({ skills: [], useCases: [], focus: "both", deployment: "server", region: undefined, hires: 0, roles: [] });
  });

  it("ignores what it cannot read, says so, and keeps the rest", () => {
    const { values, problems } = parseRecommendationParams({ skill: ["pytorch", "theano"], hires: "-2", focus: "<script>", role: "wizard", region: "atlantis" });
    expect(values.skills).toEqual(["pytorch"]);
    expect(values.hires).toBe(0);
    expect(values.focus).toBe("both");
    expect(problems).toHaveLength(5);
    expect(problems.find((p) => p.startsWith("Ignored skill"))).toBe("Ignored skill = “theano”: expected one of tensorflow, pytorch, jax, keras.");
    expect(problems.some((p) => p.startsWith("Ignored hires = “-2”: hires cannot be negative"))).toBe(true);
  });

  it("writes a situation back as the form's URL", () => {
    const { values } = parseRecommendationParams({ skill: ["pytorch"], use_case: ["computer_vision", "robotics"], hires: "2", focus: "production" });
    expect(recommendationHref(values)).toBe("/recommendations?skill=pytorch&use_case=computer_vision&use_case=robotics&focus=production&deploy=server&hires=2");
  });
});

describe("parseClaimsParams", () => {
  it("drops a reversed month range with a message", () => {
    const { values, problems } = parseClaimsParams({ from: "2026-05", to: "2026-01" });
    expect(values).toEqual({ from: undefined, to: undefined });
    expect(problems[0]).toContain("from is after to");
  });
});

describe("evidence windows", () => {
  it("takes the last 12 months and the 12 before", () => {
    expect(evidenceWindows("2026-05")).toEqual({ recent: { from: "2025-06", to: "2026-05" }, previous: { from: "2024-06", to: "2025-05" } });
    expect(windowBefore({ from: "2026-02", to: "2026-03" })).toEqual({ from: "2025-12", to: "2026-01" });
  });
});

describe("scopeLinks", () => {
  it("links one role and no region exactly", () => {
    expect(scopeLinks({ from: "2025-06", to: "2026-05", roles: ["ml_engineer"] }, "pytorch", "PyTorch")).toEqual({
      links: [{ label: "PyTorch · ML engineer", href: "/postings?framework=pytorch&role=ml_engineer&from=2025-06&to=2026-05" }],
      wider: [],
    });
  });

  it("splits several roles or terms into links and says what a link cannot narrow", () => {
    const { links, wider } = scopeLinks({ region: "europe", terms: ["mobile", "on-device"], sources: ["hn", "ashby"] }, "tensorflow", "TensorFlow");
    expect(links.map((l) => l.href)).toEqual(["/postings?q=mobile&framework=tensorflow", "/postings?q=on-device&framework=tensorflow"]);
    expect(wider).toHaveLength(3);
  });
});
