import { FRAMEWORKS, type Framework, type MentionContext } from "@/lib/taxonomy";
import { isConvincing } from "@/lib/extract/alias-evidence";
import { anyPattern } from "@/lib/extract/any-pattern";
import { isEmployerBoilerplate } from "@/lib/extract/boilerplate";
import { FRAMEWORK_ALIASES } from "@/lib/extract/framework-aliases";
import { classifyMention } from "@/lib/extract/mention-context";
import { hasMachineLearningCue } from "@/lib/extract/ml-context";
import { splitPassages, type Passage } from "@/lib/extract/passages";
import { snippetAround } from "@/lib/extract/snippet";

export type FrameworkMention = { framework: Framework; context: MentionContext; snippet: string };

/** `postedAt` (ISO) tells which library an old name meant; without it the name's current meaning applies. */
export type PostingText = { title?: string | null; text: string; postedAt?: string | null };

// When a framework is named several times, the most telling mention represents it.
const CONTEXT_RANK: Record<MentionContext, number> = { migration: 3, required: 2, preferred: 1, stack: 0 };
// A passage that no alias matches names no framework.
const namesAnyAlias = anyPattern(FRAMEWORK_ALIASES.map((alias) => alias.pattern));

/** The frameworks a posting names as technologies of the job, one mention each, in FRAMEWORKS order. */
export function extractFrameworks(input: PostingText): FrameworkMention[] {
  const title = (input.title ?? "").replace(/\s+/g, " ").trim();
  const postingIsMl = hasMachineLearningCue(`${title}\n${input.text}`);
  // The title is one passage of its own, never a heading over the text.
  const passages: Passage[] = title === "" ? splitPassages(input.text) : [{ sentence: title, heading: null }, ...splitPassages(input.text)];
  const best = new Map<Framework, FrameworkMention>();
  for (const passage of passages) {
    for (const mention of mentionsIn(passage, postingIsMl, input.postedAt?.slice(0, 7) ?? null)) {
      const kept = best.get(mention.framework);
      if (kept === undefined || CONTEXT_RANK[mention.context] > CONTEXT_RANK[kept.context]) {
        best.set(mention.framework, mention);
      }
    }
  }
  return FRAMEWORKS.flatMap((framework) => best.get(framework) ?? []);
}

function mentionsIn({ sentence, heading }: Passage, postingIsMl: boolean, postedMonth: string | null): FrameworkMention[] {
  const mentions: FrameworkMention[] = [];
  if (!namesAnyAlias(sentence)) return mentions;
  for (const alias of FRAMEWORK_ALIASES) {
    if (alias.notBefore && postedMonth && postedMonth < alias.notBefore) continue;
    for (const match of sentence.matchAll(alias.pattern)) {
      const index = match.index;
      const length = match[0].length;
      if (!isConvincing(alias, { sentence, index, length, postingIsMl })) continue;
      if (isEmployerBoilerplate(sentence, index, length, heading)) continue;
      mentions.push({
        framework: alias.framework,
        context: classifyMention(sentence, index, length, heading),
        snippet: snippetAround(sentence, index, length),
      });
    }
  }
  return mentions;
}
