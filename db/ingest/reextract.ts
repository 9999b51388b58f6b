import type { NormalisedPosting } from "@/lib/normalise/types";
import type { Db } from "../client";
import { postings } from "../schema";
import { otherPostingsGroup } from "./dedup";
import { derivedColumns } from "./derived-columns";
import { labelBitColumns } from "./label-bits";
import { replaceLabels } from "./postings";
import { updateRowById } from "./statements";

export type Rederived = { id: number; postedAt: string; posting: NormalisedPosting };

/** Rewrites the derived columns and labels of postings whose extraction changed, in one transaction. */
export function applyRederived(db: Db, rows: Rederived[]): void {
  db.transaction(() => {
    for (const { id, postedAt, posting } of rows) {
      const columns = { ...derivedColumns(posting), ...labelBitColumns(db.$client, posting) };
      // The group only depends on the other postings, so it is found before this one is rewritten.
      updateRowById(db.$client, postings, id, { ...columns, groupId: otherPostingsGroup(db, id, postedAt, columns) ?? id });
      replaceLabels(db, id, posting);
    }
  });
}
