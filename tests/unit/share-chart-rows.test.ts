import { describe, expect, it } from "vitest";
import { shareChartRows } from "@/lib/ui/share-chart-rows";

const row = (month: string, postings: number, tensorflow: number, pytorch: number) => ({ month, postings, tensorflow, pytorch, jax: 0, keras: 0 });

describe("shareChartRows", () => {
  it("turns counts into shares and leaves months without a thread as gaps", () => {
    const chart = shareChartRows([row("2017-11", 200, 10, 2), row("2018-02", 100, 5, 5)]);
    expect(chart.map((r) => r.month)).toEqual(["Nov 2017", "Dec 2017", "Jan 2018", "Feb 2018"]);
    expect(chart[0]).toMatchObject({ TensorFlow: 0.05, PyTorch: 0.01, JAX: 0, Keras: 0 });
    expect(chart[1]).toMatchObject({ TensorFlow: null, PyTorch: null });
    expect(chart[3]).toMatchObject({ TensorFlow: 0.05, PyTorch: 0.05 });
  });

  it("is empty without data", () => {
    expect(shareChartRows([])).toEqual([]);
  });
});
