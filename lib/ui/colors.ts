import type { Framework } from "@/lib/taxonomy";

// One colour per framework, everywhere (Tremor palette names).
export const FRAMEWORK_COLORS: Record<Framework, string> = {
  pytorch: "orange",
  tensorflow: "blue",
  jax: "emerald",
  keras: "rose",
};

export const FRAMEWORK_LABELS: Record<Framework, string> = {
  pytorch: "PyTorch",
  tensorflow: "TensorFlow",
  jax: "JAX",
  keras: "Keras",
};
