// Remote OK's API answers with a legal notice asking for a followed link back to the job on
// Remote OK ("with follow, and without nofollow"), with Remote OK named as the source, or it
// suspends access. Every other original is linked without passing on ranking or our URL.
const FOLLOWED_LINK_SOURCES: ReadonlySet<string> = new Set(["remoteok"]);

/** The `rel` of the link from a posting page to the posting on its source. */
export function originalLinkRel(source: string): string {
  return FOLLOWED_LINK_SOURCES.has(source) ? "noopener" : "noopener noreferrer nofollow";
}
