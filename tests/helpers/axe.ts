import fs from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: Array<{ target: string[]; failureSummary?: string }> };

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core"), "utf8");
// WCAG 2.0–2.2 A and AA, plus the best practices behind landmarks and heading order.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * Runs axe-core in the page as it is now; the page keeps the script for later runs. Evaluated through
 * the devtools protocol, not a <script> tag, which the page's Content-Security-Policy rightly refuses.
 */
export async function auditPage(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, TAGS);
}

export const isBlocking = (violation: AxeViolation) => violation.impact === "serious" || violation.impact === "critical";

/** One line per violation and up to three of its elements, for the test log. */
export function describeViolations(path: string, violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => `${path} [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length}×) ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}${v.nodes[0]?.failureSummary ? `\n    ${v.nodes[0].failureSummary.replace(/\n/g, " ")}` : ""}`)
    .join("\n");
}
