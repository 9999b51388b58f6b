import { z } from "zod";

// Each source's own date field, in its own unit; a record without one gives null.
const DATE_FIELDS: Record<string, { field: string; unit: "iso" | "seconds" | "ms" }> = {
  hn: { field: "time", unit: "seconds" },
  ashby: { field: "publishedAt", unit: "iso" },
  remotive: { field: "publication_date", unit: "iso" },
  arbeitnow: { field: "created_at", unit: "seconds" },
  greenhouse: { field: "first_published", unit: "iso" },
  remoteok: { field: "date", unit: "iso" },
  lever: { field: "createdAt", unit: "ms" },
};

const dateValue = z.union([z.string(), z.number()]);

/** When the source says the item was posted, as ISO 8601 UTC. */
export function recordPostedAt(source: string, record: unknown): string | null {
  const spec = DATE_FIELDS[source];
  if (!spec || typeof record !== "object" || record === null) return null;
  const parsed = dateValue.safeParse((record as Record<string, unknown>)[spec.field]);
  if (!parsed.success) return null;
  const value = parsed.data;
  const millis = spec.unit === "seconds" ? Number(value) * 1000 : spec.unit === "ms" ? Number(value) : Date.parse(String(value));
  return Number.isFinite(millis) ? new Date(millis).toISOString() : null;
}
