// A Hacker News comment in the shape of the official item API (/v0/item/<id>.json), so whatever
// scraped it (Algolia JSON or the thread's HTML pages) the product stores the same raw item.
export type HnComment = {
  id: number;
  by: string | null;
  /** Unix seconds. */
  time: number;
  /** HN's HTML as the item API serves it: `first paragraph<p>next`, entities like `&#x2F;`. */
  text: string | null;
  parent: number;
  type: "comment";
  dead: boolean;
  deleted: boolean;
};
