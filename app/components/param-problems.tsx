/** The filters a page could not read and ignored, said plainly instead of failing. */
export function ParamProblems({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" data-testid="param-problems" className="rounded-tremor-default border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      <p className="font-medium">Some filters in the address were not understood and were ignored:</p>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
