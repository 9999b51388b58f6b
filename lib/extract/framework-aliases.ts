import type { Framework } from "@/lib/taxonomy";

/**
 * How much evidence a written name needs before it counts as the framework:
 * `name` counts on its own; `ml-posting` needs machine-learning words somewhere in the posting;
 * `ml-sentence` needs them in the same sentence; `ml-nearby` also accepts a skill phrase right
 * before the name ("familiarity with Torch") in a posting that is about machine learning.
 */
export type AliasEvidence = "name" | "ml-posting" | "ml-sentence" | "ml-nearby";

export type FrameworkAlias = {
  framework: Framework;
  pattern: RegExp;
  evidence: AliasEvidence;
  /** A sentence matching this is about something else with the same name. */
  falseFriend?: RegExp;
  /** Before this month (YYYY-MM) the name meant another library. */
  notBefore?: string;
};

// Code-like names (tf.x, torch.x) must not sit inside a host name or file name such as main.tf.
const NOT_IN_PATH = String.raw`(?<![\w./@-])`;

const TERRAFORM = /\b(terraform|terragrunt|pulumi|cloudformation|ansible|iac|infrastructure[- ]as[- ]code|hcl|tfstate)\b/i;
const FIRE_AND_LIGHT =
  /\b(weld\w*|braz\w*|solder\w*|plasma|cutting torch|oxy-?(?:fuel|acetylene)|acetylene|propane|blow ?torch\w*|flashlights?|lanterns?|tiki|flames?|lighting|lamps?|torch ?bearers?|olympic)\b|\bpass(?:es|ed|ing)? (?:on )?the torch\b/i;
// Lua Torch (Torch7) came before PyTorch and is a different library; PyTorch was released in January 2017.
const LUA_TORCH = /\blua\b|\btorch ?7\b/i;
export const PYTORCH_RELEASED = "2017-01";
const AIRPORT = /\b(?:[Jj]acksonville|[Aa]irports?|[Ff]lights?|[Ff]lorida|FL)\b/;

export const FRAMEWORK_ALIASES: readonly FrameworkAlias[] = [
  // TensorFlow, TensorFlow.js, TensorFlow Lite/Serving/Extended all start with the full name.
  { framework: "tensorflow", pattern: /\btensor ?flow\b/gi, evidence: "name" },
  { framework: "tensorflow", pattern: /\bTF[ -]?(?:Lite|Serving|js)\b|\bTF\.js\b|\bTFX\b|\bLiteRT\b/gi, evidence: "name" },
  { framework: "tensorflow", pattern: new RegExp(`${NOT_IN_PATH}tf\\.[a-z_]+`, "g"), evidence: "name" },
  // "TF2" is also Team Fortress 2.
  { framework: "tensorflow", pattern: /\bTF ?2(?:\.\d+|\.x)?\b/gi, evidence: "ml-posting" },
  { framework: "tensorflow", pattern: /\bTF\b(?![-/ ]?IDF\b)/g, evidence: "ml-sentence", falseFriend: TERRAFORM },

  { framework: "pytorch", pattern: /\bpy ?torch\b/gi, evidence: "name" },
  {
    framework: "pytorch",
    pattern:
      /\b(?:lib|execu)torch\b|\btorch ?(?:script|serve|vision|audio|text|rec|tune|titan|ao|dynamo|inductor|data|x|chat|elastic)\b/gi,
    evidence: "name",
  },
  { framework: "pytorch", pattern: new RegExp(`${NOT_IN_PATH}torch\\.[a-z_]+`, "g"), evidence: "name" },
  {
    framework: "pytorch",
    pattern: /\btorch\b/gi,
    evidence: "ml-nearby",
    falseFriend: new RegExp(`${FIRE_AND_LIGHT.source}|${LUA_TORCH.source}`, "i"),
    notBefore: PYTORCH_RELEASED,
  },

  // JAX-RS, JAX-WS, JAX-B … are Java APIs, not the array library.
  { framework: "jax", pattern: /\b(?:JAX|jax)\b(?!-(?:RS|WS|RPC|B|P|M|R|rs|ws|rpc|b)\b)/g, evidence: "ml-posting", falseFriend: AIRPORT },
  // Mixed case "Jax" is more often a person or a place.
  { framework: "jax", pattern: /\bJax\b/g, evidence: "ml-nearby", falseFriend: AIRPORT },
  { framework: "jax", pattern: /\bflax\b/gi, evidence: "ml-nearby" },

  // tf.keras belongs to TensorFlow above.
  { framework: "keras", pattern: /(?<!\btf\.)\bkeras(?:nlp|cv|hub|[ _-]?tuner)?\b/gi, evidence: "name" },
];
