import { expect, test } from "vitest";
import { anyPattern, unionOf } from "@/lib/extract/any-pattern";
import { topLevelAlternatives } from "@/lib/extract/regex-alternatives";

test.each<[RegExp, string[]]>([
  [/a|b/, ["a", "b"]],
  [/\ba(?:b|c)\b|d/i, [String.raw`\ba(?:b|c)\b`, "d"]],
  [/[|\]]x|\|y/, [String.raw`[|\]]x`, String.raw`\|y`]],
  [/(?<![\w|])z|(?:x|(y|w))/, [String.raw`(?<![\w|])z`, "(?:x|(y|w))"]],
  [/a|/, ["a", ""]],
])("the top-level alternatives of %s", (pattern, expected) => {
  expect(topLevelAlternatives(pattern).map((alternative) => alternative.source)).toEqual(expected);
});

test("a v-flag pattern is kept whole", () => {
  expect(topLevelAlternatives(new RegExp("[[a-z]--[aeiou]]|x", "v")).map((alternative) => alternative.source)).toEqual(["(?:[[a-z]--[aeiou]]|x)"]);
});

test("the word boundary that alternatives open and close with is checked once", () => {
  expect(unionOf(topLevelAlternatives(/\ba\b|\bb\b|\bc|d|\b/))).toBe(String.raw`\b(?:(?:a|b)\b|c|)|d`);
  expect(unionOf(topLevelAlternatives(/x|y/))).toBe("x|y");
});

test("a screen matches exactly the texts one of its patterns matches", () => {
  const patterns = [/\bRL\b/, /\b(?:robots?|embodied AI)\b/gi, /(?<![\w.])tf\.[a-z_]+/, /\bflax\b|\bjax\b(?!-rs)/i];
  const screen = anyPattern(patterns);
  const texts = ["RL", "rl", "Robot arms", "robotics", "use tf.data", "x.tf.data", "JAX", "jax-rs", "Flax!", "", "embodied ai", "ARL"];
  for (const text of texts) expect(screen(text), text).toBe(patterns.some((pattern) => new RegExp(pattern.source, pattern.flags.replace("g", "")).test(text)));
  expect(texts.filter(screen)).toEqual(["RL", "Robot arms", "use tf.data", "JAX", "Flax!", "embodied ai"]);
});
