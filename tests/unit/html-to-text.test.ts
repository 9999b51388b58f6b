import { expect, test } from "vitest";
import { htmlToText } from "@/lib/text/html-to-text";

test.each<[string, string, string]>([
  ["empty input", "", ""],
  ["plain text", "Just text", "Just text"],
  ["HN paragraphs (unclosed <p>)", "Acme | Remote<p>We build things.<p>Apply now", "Acme | Remote\n\nWe build things.\n\nApply now"],
  ["closed paragraphs", "<p>First</p><p>Second</p>", "First\n\nSecond"],
  ["empty paragraphs leave one blank line", "<p>a</p><p></p><p> </p><p>b</p>", "a\n\nb"],
  ["one <br> is a line break", "a<br>b", "a\nb"],
  ["two <br> are a paragraph break", "a<br/><br/>b", "a\n\nb"],
  ["list items on their own lines", "<ul><li>one</li><li>two</li></ul>", "- one\n- two"],
  ["a paragraph inside a list item", "<ul><li><p>one</p></li><li><p>two</p></li></ul>", "- one\n- two"],
  ["indentation between tags is not a line", "<ul>\n  <li>\n    <p>one</p>\n  </li>\n</ul>", "- one"],
  ["headings", "<h2>About</h2>text", "About\n\ntext"],
  ["divs", "<div>a</div><div>b</div>", "a\nb"],
  ["HN hex entities", "Europe&#x2F;LatAm &amp; &quot;ML&quot; &#x27;26", "Europe/LatAm & \"ML\" '26"],
  ["named entities and nbsp", "caf&eacute;&nbsp;&nbsp;bar", "café bar"],
  ["links keep their visible text", '<a href="https:&#x2F;&#x2F;x.com&#x2F;jobs" rel="nofollow">https:&#x2F;&#x2F;x.com&#x2F;jobs</a>', "https://x.com/jobs"],
  ["link text, not the address", 'See <a href="/careers">our careers page</a>.', "See our careers page."],
  ["script and style dropped", "<style>p{color:red}</style>a<script>alert(1)</script>b", "ab"],
  ["whitespace collapsed within lines", "a  \t b\n   c   ", "a b\nc"],
  ["newlines typed in an HN comment stay", "Roles:\nBackend Engineer\nML Engineer", "Roles:\nBackend Engineer\nML Engineer"],
  ["inline tags join without spaces", "<b>Py</b><i>Torch</i> and <strong>JAX</strong>", "PyTorch and JAX"],
  ["code blocks keep their lines", "<pre><code>x = 1\ny = 2</code></pre>after", "x = 1\ny = 2\n\nafter"],
])("%s", (_, html, expected) => {
  expect(htmlToText(html)).toBe(expected);
});
