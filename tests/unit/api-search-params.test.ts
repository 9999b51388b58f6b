import { z } from "zod";
import { describe, expect, it } from "vitest";
import { parseTrendsParams, trendsParamsSchema } from "@/app/trends/search-params";
import { InvalidParametersError } from "@/lib/api/errors";
import { rawParams, strictPageParams } from "@/lib/api/search-params";

const parse = (query: string) => strictPageParams(trendsParamsSchema, rawParams(new URLSearchParams(query)), parseTrendsParams);

function issues(query: string): Array<{ param: string; message: string }> {
  try {
    parse(query);
  } catch (error) {
    if (error instanceof InvalidParametersError) return error.issues;
    throw error;
  }
  throw new Error(`${query} was accepted`);
}

describe("a page's parameters, strictly", () => {
  it.each([
    ["", { framework: "pytorch" }],
    ["from=2018-03&to=2018-06", { from: "2018-03", to: "2018-06", framework: "pytorch" }],
    ["from=%202018-03%20&to=", { from: "2018-03", framework: "pytorch" }],
    ["framework=jax&country=US", { framework: "jax", country: "US" }],
  ])("?%s reads as the page reads it", (query, expected) => {
    expect(parse(query)).toEqual(expected);
  });

  it.each([
    ["from=2018-13", "from"],
    ["framework=torch", "framework"],
    ["form=2018-01", "form"],
    ["from=2018-01&from=2018-02", "from"],
    ["from=2019-01&to=2018-01", "from"],
  ])("?%s is refused, naming %s", (query, param) => {
    expect(issues(query).map((issue) => issue.param)).toContain(param);
  });

  it("names every unknown key at once", () => {
    expect(issues("a=1&b=2")).toEqual([{ param: "a, b", message: expect.any(String) }]);
  });

  it("keeps zod's message for a bad value", () => {
    const error = InvalidParametersError.fromZod(z.object({ n: z.number() }).safeParse({ n: "x" }).error!);
    expect(error.status).toBe(400);
    expect(error.code).toBe("invalid_parameters");
    expect(error.issues[0]?.param).toBe("n");
  });
});
