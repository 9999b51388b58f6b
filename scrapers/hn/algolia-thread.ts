import { z } from "zod";
import { toItemApiHtml } from "./html-thread";
import type { HnComment } from "./types";

// Replies are not read here, so only their presence as an array is checked.
const algoliaCommentSchema = z.object({
  id: z.number().int().positive(),
  created_at_i: z.number().int().nonnegative(),
  type: z.literal("comment"),
  author: z.string().nullable(),
  text: z.string().nullable(),
  parent_id: z.number().int().positive().nullable(),
  children: z.array(z.unknown()),
});

const algoliaStorySchema = z.object({
  id: z.number().int().positive(),
  created_at: z.iso.datetime({ offset: true }),
  type: z.literal("story"),
  title: z.string().min(1),
  children: z.array(algoliaCommentSchema),
});

export type AlgoliaThread = {
  story: { id: number; title: string; createdAt: string };
  /** Top-level comments only, in the order Algolia lists them. */
  comments: HnComment[];
};

const MAX_LISTED_ISSUES = 5;

const issuePath = (path: PropertyKey[]): string =>
  path.map((key, index) => (typeof key === "number" ? `[${key}]` : `${index === 0 ? "" : "."}${String(key)}`)).join("") ||
  "(root)";

// A payload of the wrong shape fails on every comment: name the first few places, not hundreds.
function describeIssues(error: z.ZodError): string {
  const listed = error.issues.slice(0, MAX_LISTED_ISSUES).map((issue) => `${issuePath(issue.path)}: ${issue.message}`);
  const more = error.issues.length - listed.length;
  return listed.join("; ") + (more > 0 ? `; and ${more} more` : "");
}

/** Reads hn.algolia.com `/api/v1/items/<story id>` into the story and its top-level comments. */
export function parseAlgoliaThread(json: unknown): AlgoliaThread {
  const parsed = algoliaStorySchema.safeParse(json);
  if (!parsed.success) throw new Error(`Algolia items payload is invalid: ${describeIssues(parsed.error)}`);
  const story = parsed.data;
  const comments = story.children.map((child): HnComment => {
    // Algolia keeps deleted comments as placeholders with neither author nor text.
    const deleted = child.author === null || child.text === null;
    return {
      id: child.id,
      by: deleted ? null : child.author,
      time: child.created_at_i,
      text: deleted || child.text === null ? null : toItemApiHtml(child.text),
      parent: child.parent_id ?? story.id,
      type: "comment",
      dead: false,
      deleted,
    };
  });
  return {
    story: { id: story.id, title: story.title, createdAt: new Date(story.created_at).toISOString() },
    comments,
  };
}
