// One measure of the benchmark: ours beside its anchor, the ratio, and whether the target is met.
import { percentileOfSorted } from "@/lib/stats/percentile";

export type Measure = { name: string; ours: number; anchor: number | null; ratio: number | null; unit: string; target: string; met: boolean | null };

export function measure(name: string, ours: number, anchor: number | null, unit: string, target: string, met: boolean | null): Measure {
  return { name, ours: round(ours), anchor: anchor === null ? null : round(anchor), ratio: anchor ? round(ours / anchor) : null, unit, target, met };
}

/** p50 and p95 of timings in ms, by linear interpolation. */
export function p50p95(samples: readonly number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentileOfSorted(sorted, 0.5), p95: percentileOfSorted(sorted, 0.95) };
}

const round = (value: number) => (Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100);

export function formatTable(measures: readonly Measure[]): string {
  const header = ["name", "ours", "anchor", "ratio", "unit", "target", "met?"];
  const rows = measures.map((m) => [m.name, String(m.ours), m.anchor === null ? "—" : String(m.anchor), m.ratio === null ? "—" : String(m.ratio), m.unit, m.target, m.met === null ? "—" : m.met ? "yes" : "NO"]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}
