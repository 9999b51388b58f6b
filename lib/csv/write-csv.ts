import { stringify } from "csv-stringify/sync";
import { defuseCell } from "@/lib/export/defuse";

/**
 * CSV with a header row; text cells defused, numbers as they are, null as an empty cell. Each
 * comment becomes a leading `# ` line (read them back with csv-parse's `comment: "#"`).
 */
export function writeCsv(rows: readonly object[], columns: ReadonlyArray<{ key: string; header: string }>, comments: readonly string[] = []): string {
  const head = comments.map((line) => `# ${line.replace(/[\r\n]+/g, " ")}\n`).join("");
  return head + stringify([...rows], { header: true, columns: columns.map(({ key, header }) => ({ key, header })), cast: { string: defuseCell } });
}
