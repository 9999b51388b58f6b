import type { Page } from "playwright-core";

// Measurements taken inside the page: what a reader of a narrow screen and a keyboard user meets.

/** How far the document is wider than the window (0 when nothing but its own boxes scroll sideways). */
export function documentOverflow(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth);
}

/** Boxes that scroll sideways now and that a keyboard cannot reach or a screen reader cannot name. */
export function unreachableScrollBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1)
      .filter((el) => el.tabIndex < 0 || !(el.getAttribute("aria-label") || el.getAttribute("aria-labelledby")))
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} (${el.scrollWidth} > ${el.clientWidth})`),
  );
}

/** Visible text drawn smaller than `min` CSS pixels, SVG text at its scaled size; one entry per element. */
export function textSmallerThan(page: Page, min: number): Promise<string[]> {
  return page.evaluate((min) => {
    const small = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || el.closest("script, style, title, [aria-hidden=true], .sr-only")) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || el.getClientRects().length === 0) continue;
      const scale = el instanceof SVGGraphicsElement ? Math.abs(el.getScreenCTM()?.a ?? 1) : 1;
      const size = parseFloat(style.fontSize) * scale;
      if (size < min - 0.01) small.add(`${size.toFixed(1)}px "${node.textContent.trim().slice(0, 30)}" in <${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}">`);
    }
    return [...small];
  }, min);
}

export type FocusRing = { outline: string; boxShadow: string };

/** How the focused element is drawn now, tagged (once) so that `ringWithoutFocus` can find it again. */
export function focusedElement(page: Page, tag: number): Promise<{ tag: number; name: string; focusVisible: boolean; ring: FocusRing } | null> {
  return page.evaluate((tag) => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    el.dataset.tabStop ??= String(tag);
    const style = getComputedStyle(el);
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    return {
      tag: Number(el.dataset.tabStop),
      name: (el.getAttribute("aria-label") ?? label ?? el.textContent ?? "").replace(/\s+/g, " ").trim(),
      focusVisible: el.matches(":focus-visible"),
      ring: { outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`, boxShadow: style.boxShadow },
    };
  }, tag);
}

/** How a tagged element is drawn once nothing has focus. */
export function ringWithoutFocus(page: Page, tag: number): Promise<FocusRing> {
  return page.evaluate((tag) => {
    (document.activeElement as HTMLElement | null)?.blur();
    const el = document.querySelector<HTMLElement>(`[data-tab-stop="${tag}"]`);
    if (!el) throw new Error(`no element tagged ${tag}`);
    const style = getComputedStyle(el);
    return { outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`, boxShadow: style.boxShadow };
  }, tag);
}

/** Whether a focus ring can be seen: an outline at least 2px wide, or a box shadow the element does not have unfocused. */
export function ringIsVisible(focused: FocusRing, unfocused: FocusRing): boolean {
  const [style, width] = focused.outline.split(" ");
  const outlined = style !== "none" && parseFloat(width ?? "0") >= 2;
  return outlined || (focused.boxShadow !== "none" && focused.boxShadow !== unfocused.boxShadow);
}

/**
 * Charts a screen reader cannot read: every drawing (Recharts or our SVG) must be an image with a
 * name, in a card that states its n.
 */
export function chartsWithoutAlternative(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll(".recharts-responsive-container, svg[viewBox]:not(.recharts-surface)")].flatMap((drawing) => {
      const image = drawing.closest('[role="img"]') ?? (drawing.matches('[role="img"]') ? drawing : null);
      const labelledBy = image?.getAttribute("aria-labelledby");
      const name = (image?.getAttribute("aria-label") ?? (labelledBy ? document.getElementById(labelledBy)?.textContent : "") ?? "").trim();
      const card = drawing.closest(".card");
      const where = card?.querySelector("h2, h3")?.textContent ?? drawing.outerHTML.slice(0, 80);
      const problems = [];
      if (!name) problems.push(`a chart without a name in "${where}"`);
      if (!card || !/n = [\d,]+/.test(card.textContent ?? "")) problems.push(`a chart without its n in "${where}"`);
      return problems;
    }),
  );
}
