import { describe, expect, test } from "vitest";
import { canonicalApplyUrl, descriptionFingerprint, listingKey } from "@/lib/dedup/keys";

describe("canonicalApplyUrl", () => {
  test.each([
    ["https://jobs.ashbyhq.com/cohere/443368a3/application", "jobs.ashbyhq.com/cohere/443368a3"],
    ["https://jobs.ashbyhq.com/Cohere/443368A3/", "jobs.ashbyhq.com/cohere/443368a3"],
    ["https://www.example.com/jobs/42?utm_source=remotive&utm_medium=feed", "example.com/jobs/42"],
    ["https://boards.greenhouse.io/gitlab/jobs/1?gh_src=abc&id=9", "boards.greenhouse.io/gitlab/jobs/1?id=9"],
    ["https://jobs.lever.co/matchgroup/abc/apply?lever-source=RemoteOK", "jobs.lever.co/matchgroup/abc"],
    ["mailto:jobs@example.com", null],
    ["not a url", null],
    [null, null],
  ])("%s → %s", (url, expected) => {
    expect(canonicalApplyUrl(url)).toBe(expected);
  });
});

describe("listingKey", () => {
  test.each([
    [["Acme, Inc.", "Senior ML Engineer", "Berlin, Germany"], "acme|senior ml engineer|berlin germany"],
    [["ACME", "Senior ML Engineer ", "Berlin,  Germany"], "acme|senior ml engineer|berlin germany"],
    [["Zürich Labs GmbH", "Research Scientist", null], "zurich labs|research scientist|"],
    [[null, "Engineer", "Remote"], null],
    [["Acme", "", "Remote"], null],
  ] as const)("%j → %s", ([company, title, location], expected) => {
    expect(listingKey(company, title, location)).toBe(expected);
  });
});

describe("descriptionFingerprint", () => {
  const long = "We build recommendation systems with PyTorch. ".repeat(10);
  test("ignores case, punctuation and spacing", () => {
    expect(descriptionFingerprint(long)).toBe(descriptionFingerprint(long.toUpperCase().replace(/\./g, " !  ")));
  });
  test("differs for different text", () => {
    expect(descriptionFingerprint(long)).not.toBe(descriptionFingerprint(`${long} Remote in Europe.`));
  });
  test("ignores link targets printed inline", () => {
    expect(descriptionFingerprint(`${long} Apply via the form (https://forms.example.com/x?y=1).`)).toBe(descriptionFingerprint(`${long} Apply via the form .`));
  });
  test("is null for text too short to identify a job", () => {
    expect(descriptionFingerprint("Python developer wanted.")).toBeNull();
  });
});
