import { eq } from "drizzle-orm";
import type { NormalisedPosting } from "@/lib/normalise/types";
import type { Db } from "../client";
import { postings } from "../schema";
import { findGroup } from "./dedup";
import { derivedColumns } from "./derived-columns";
import { replaceLabels } from "./postings";

export type Rederived = { id: number; postedAt: string; posting: NormalisedPosting };

/** Rewrites the derived columns and labels of postings whose extraction changed, in one transaction. */
export function applyRederived(db: Db, rows: Rederived[]): void {
  db.transaction((tx) => {
    for (const { id, postedAt, posting } of rows) {
      const columns = derivedColumns(posting);
      tx.update(postings).set(columns).where(eq(postings.id, id)).run();
      tx.update(postings).set({ groupId: findGroup(tx, id, postedAt, columns) }).where(eq(postings.id, id)).run();
      replaceLabels(tx, id, posting);
    }
  });
}
