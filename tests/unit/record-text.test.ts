import { expect, test } from "vitest";
import { recordText } from "@/lib/extract/record-text";

test.each<[string, string, unknown, { title: string | null; text: string }]>([
  [
    "hn comment: HTML text, no title",
    "hn",
    { id: 1, by: "x", time: 1, parent: 0, type: "comment", text: "Acme | Remote<p>We use PyTorch &amp; JAX" },
    { title: null, text: "Acme | Remote\n\nWe use PyTorch & JAX" },
  ],
  ["hn comment without text", "hn", { id: 1, type: "comment" }, { title: null, text: "" }],
  [
    "ashby prefers descriptionPlain",
    "ashby",
    { title: " ML Engineer ", descriptionPlain: "Plain text", descriptionHtml: "<p>Html text</p>" },
    { title: "ML Engineer", text: "Plain text" },
  ],
  [
    "ashby falls back to descriptionHtml",
    "ashby",
    { title: "ML Engineer", descriptionPlain: "  ", descriptionHtml: "<p>Html</p><ul><li>PyTorch</li></ul>" },
    { title: "ML Engineer", text: "Html\n\n- PyTorch" },
  ],
  ["remotive", "remotive", { id: 7, title: "Data Scientist", description: "<p>Keras</p>", tags: [] }, { title: "Data Scientist", text: "Keras" }],
  ["arbeitnow", "arbeitnow", { slug: "x", title: "KI-Entwickler", description: "<p>TensorFlow</p>" }, { title: "KI-Entwickler", text: "TensorFlow" }],
  [
    "greenhouse serves escaped HTML",
    "greenhouse",
    { id: 1, title: "Research Engineer", content: "&lt;p&gt;JAX &amp;amp; Flax&lt;/p&gt;&lt;p&gt;More&lt;/p&gt;" },
    { title: "Research Engineer", text: "JAX & Flax\n\nMore" },
  ],
  ["remoteok titles are positions", "remoteok", { id: "1", position: "ML Engineer", description: "Torch<br>Go" }, { title: "ML Engineer", text: "Torch\nGo" }],
  [
    "lever lists become headed sections",
    "lever",
    {
      text: "Android Engineer",
      description: "<div>About the role</div>",
      lists: [{ text: "Requirements", content: "<li>Kotlin</li><li>TF Lite</li>" }],
      additional: "<div>Perks</div>",
    },
    { title: "Android Engineer", text: "About the role\n\nRequirements\n\n- Kotlin\n- TF Lite\n\nPerks" },
  ],
])("%s", (_, source, record, expected) => {
  expect(recordText(source, record)).toEqual(expected);
});

test.each<[string, string, unknown, RegExp]>([
  ["unknown source", "monster", { title: "x" }, /unknown source "monster"/],
  ["ashby record without a title", "ashby", { descriptionPlain: "x" }, /invalid ashby record \(title:/],
  ["record that is not an object", "hn", "text", /invalid hn record/],
])("%s throws a clear error", (_, source, record, message) => {
  expect(() => recordText(source, record)).toThrow(message);
});
