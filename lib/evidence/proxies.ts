import type { Role } from "@/lib/taxonomy";

// The posting-text proxies of /recommendations and /claims, stated once. Terms are searched as the
// explorer's search box searches (FTS5 over title, company and description), so each term is a
// /postings?q=… link. Framework-specific tools (TFX, TF Serving, TorchServe) are left out of the
// context proxies: a job naming them names its framework, which would decide the comparison.

/** Roles whose work is research. */
export const RESEARCH_ROLES = ["research_scientist", "research_engineer"] as const satisfies readonly Role[];
/** The role whose work is running models in production. */
export const PRODUCTION_ROLES = ["mlops_engineer"] as const satisfies readonly Role[];

/** Words of production ML work. */
export const PRODUCTION_TERMS = ["mlops", "model serving", "inference"] as const;
/** Words of enterprise customers or settings. */
export const ENTERPRISE_TERMS = ["enterprise"] as const;
/** Words of on-device work, without any framework's own runtime. */
export const EDGE_TERMS = ["on-device", "edge devices", "embedded", "mobile"] as const;
/** Each framework's own on-device runtimes. */
export const EDGE_RUNTIME_TERMS = {
  tensorflow: ["tflite", "tensorflow lite", "litert"],
  pytorch: ["executorch", "pytorch mobile"],
} as const;
