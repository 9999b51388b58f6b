import { describe, expect, it } from "vitest";
import { z } from "zod";
import { postingHref, postingsHref, withParams } from "@/lib/ui/drilldown";
import { safeHttpUrl } from "@/lib/ui/safe-url";
import { checkMonthRange, parseSearchParams } from "@/lib/ui/search-params";

describe("postingsHref", () => {
  it.each([
    [{}, "/postings"],
    [{ use_case: "nlp_llm", framework: "pytorch" }, "/postings?framework=pytorch&use_case=nlp_llm"],
    [{ framework: "jax", source: undefined, from: "", to: null }, "/postings?framework=jax"],
    [{ q: "vision & speech", page: 2 }, "/postings?q=vision+%26+speech&page=2"],
    [{ salary_min: 100000, company: "Open AI" }, "/postings?company=Open+AI&salary_min=100000"],
  ])("%j → %s", (link, href) => {
    expect(postingsHref(link)).toBe(href);
  });

  it("links a posting by id", () => {
    expect(postingHref(42)).toBe("/postings/42");
  });

  it("keeps the order it is given", () => {
    expect(withParams("/trends", [["to", "2020-01"], ["from", "2019-01"], ["x", undefined]])).toBe("/trends?to=2020-01&from=2019-01");
  });
});

const schema = z.object({
  framework: z.enum(["pytorch", "tensorflow"]).optional(),
  page: z.coerce.number().int().min(1).max(40).default(1),
  from: z.string().regex(/^\d{4}-\d{2}$/, "a month is written YYYY-MM").optional(),
});

describe("parseSearchParams", () => {
  it.each([
    { raw: {}, values: { framework: undefined, page: 1, from: undefined }, problems: 0 },
    { raw: { framework: "pytorch", page: "3" }, values: { framework: "pytorch", page: 3 }, problems: 0 },
    { raw: { framework: "", page: "", from: "  " }, values: { framework: undefined, page: 1, from: undefined }, problems: 0 },
    { raw: { framework: ["tensorflow", "pytorch"] }, values: { framework: "tensorflow" }, problems: 0 },
    { raw: { framework: "torch7", page: "2" }, values: { framework: undefined, page: 2 }, problems: 1 },
    { raw: { page: "999", from: "March" }, values: { page: 1, from: undefined }, problems: 2 },
    { raw: { page: "<script>" }, values: { page: 1 }, problems: 1 },
  ])("$raw", ({ raw, values, problems }) => {
    const parsed = parseSearchParams(schema, raw);
    expect(parsed.values).toMatchObject(values);
    expect(parsed.problems).toHaveLength(problems);
  });

  it("names the parameter and the value it ignored", () => {
    expect(parseSearchParams(schema, { from: "March" }).problems).toEqual(["Ignored from = “March”: a month is written YYYY-MM."]);
  });
});

describe("checkMonthRange", () => {
  it.each([
    [{ from: "2020-01", to: "2020-03" }, { from: "2020-01", to: "2020-03" }, 0],
    [{ from: "2020-03", to: "2020-03" }, { from: "2020-03", to: "2020-03" }, 0],
    [{ from: "2020-04", to: "2020-03" }, { from: undefined, to: undefined }, 1],
    [{ from: "2020-04" }, { from: "2020-04" }, 0],
  ])("%j", (values, expected, problems) => {
    const checked = checkMonthRange({ values, problems: [] });
    expect(checked.values).toEqual(expected);
    expect(checked.problems).toHaveLength(problems);
  });
});

describe("safeHttpUrl", () => {
  it.each([
    ["https://jobs.ashbyhq.com/cohere/1", "https://jobs.ashbyhq.com/cohere/1"],
    ["http://example.org/a?b=c", "http://example.org/a?b=c"],
    ["javascript:alert(1)", null],
    ["JaVaScRiPt:alert(1)", null],
    ["data:text/html,<script>alert(1)</script>", null],
    ["/relative/path", null],
    ["", null],
    [null, null],
  ])("%j → %j", (url, expected) => {
    expect(safeHttpUrl(url)).toBe(expected);
  });
});
