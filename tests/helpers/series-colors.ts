import type { Page } from "playwright-core";

export type SeriesColor = { legend: string; mark: string };

/**
 * The colour of each series of the charts in a card, by legend label: the legend swatch and the
 * line or bar Recharts drew. Recharts draws series in the order of the legend.
 */
export function seriesColors(page: Page, cardSelector: string): Promise<Record<string, SeriesColor>> {
  return page.locator(cardSelector).first().evaluate((card) => {
    const out: Record<string, { legend: string; mark: string }> = {};
    for (const chart of card.querySelectorAll("[data-chart]")) {
      const marks = [...chart.querySelectorAll(".recharts-line path.recharts-curve, .recharts-bar")].map((mark) => {
        const drawn = mark.matches(".recharts-bar") ? mark.querySelector(".recharts-bar-rectangle :is(rect, path)") : mark;
        if (!drawn) return "";
        const style = getComputedStyle(drawn);
        return mark.matches(".recharts-bar") ? style.fill : style.stroke;
      });
      chart.querySelectorAll("[data-chart-legend] [data-series]").forEach((item, i) => {
        const swatch = item.querySelector("[data-swatch]");
        out[item.getAttribute("data-series") ?? ""] = { legend: swatch ? getComputedStyle(swatch).backgroundColor : "", mark: marks[i] ?? "" };
      });
    }
    return out;
  });
}
