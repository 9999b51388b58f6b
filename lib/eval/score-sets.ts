/** One item's expected and predicted label sets. */
export type SetRow = { id: string; expected: readonly string[]; got: readonly string[] };

export type LabelScore = {
  label: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** null when nothing was predicted (or expected) for the label, so the ratio is undefined. */
  precision: number | null;
  recall: number | null;
  support: number;
};

export type SetScores = {
  total: number;
  exact: number;
  accuracy: number;
  labels: LabelScore[];
  disagreements: SetRow[];
};

/** Exact-set accuracy over items plus precision / recall / support for each label. */
export function scoreSets(rows: readonly SetRow[], labels: readonly string[]): SetScores {
  const disagreements = rows.filter((row) => !sameSet(row.expected, row.got));
  const exact = rows.length - disagreements.length;
  return {
    total: rows.length,
    exact,
    accuracy: rows.length === 0 ? 0 : exact / rows.length,
    labels: labels.map((label) => scoreLabel(rows, label)),
    disagreements,
  };
}

function scoreLabel(rows: readonly SetRow[], label: string): LabelScore {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const row of rows) {
    const expected = row.expected.includes(label);
    const got = row.got.includes(label);
    if (expected && got) truePositives += 1;
    else if (got) falsePositives += 1;
    else if (expected) falseNegatives += 1;
  }
  return {
    label,
    truePositives,
    falsePositives,
    falseNegatives,
    precision: ratio(truePositives, truePositives + falsePositives),
    recall: ratio(truePositives, truePositives + falseNegatives),
    support: truePositives + falseNegatives,
  };
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
}
