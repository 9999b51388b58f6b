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

// Series that are not frameworks (countries, conferences), in order; none reuses a framework colour.
export const SERIES_PALETTE = ["indigo", "teal", "fuchsia", "lime", "violet", "sky", "stone", "yellow", "cyan", "red"] as const;

// A band over every framework (or none): neutral, so it never reads as one of the four.
export const ANY_FRAMEWORK_COLOR = "gray";

// Tremor draws lines and bars in shade 500 of a palette; a legend swatch must match it.
export const swatchClass = (color: string) => `bg-${color}-500`;
