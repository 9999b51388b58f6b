import { describe, expect, it } from "vitest";
import { cellLabel, frameworkLabel } from "@/lib/ui/cell-labels";
import { marketChartRows } from "@/lib/ui/market-chart-rows";

describe("marketChartRows", () => {
  it("pivots long rows to one row per group, every series present, withheld values null", () => {
    const rows = marketChartRows(
      [
        { group: "Europe", series: "PyTorch", value: 2.05 },
        { group: "Asia", series: "PyTorch", value: null },
        { group: "Europe", series: "TensorFlow", value: 0.8 },
        { group: "Europe", series: "Other", value: 9 },
      ],
      ["PyTorch", "TensorFlow"],
    );
    expect(rows).toEqual([
      { group: "Europe", PyTorch: 2.05, TensorFlow: 0.8 },
      { group: "Asia", PyTorch: null, TensorFlow: null },
    ]);
  });

  it("is empty without rows", () => expect(marketChartRows([], ["PyTorch"])).toEqual([]));
});

describe("cell labels", () => {
  it.each([
    ["role", "all", "All roles"],
    ["seniority", "all", "All levels"],
    ["region", "unknown", "Not stated"],
    ["region", "latin_america", "Latin America and the Caribbean"],
    ["role", "ml_engineer", "ML engineer"],
    ["seniority", "staff_plus", "Staff+"],
  ] as const)("%s %s → %s", (dimension, value, label) => expect(cellLabel(dimension, value)).toBe(label));

  it("names the any-framework band", () => {
    expect(frameworkLabel("any")).toBe("Any framework");
    expect(frameworkLabel("pytorch")).toBe("PyTorch");
  });
});
