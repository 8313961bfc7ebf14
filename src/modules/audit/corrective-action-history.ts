import type { CorrectiveActionTransition } from "./corrective-action-transition.entity";

type Step = Pick<CorrectiveActionTransition, "id" | "at" | "fromStatus" | "toStatus">;

/** Orders `steps` so each starts where the previous ended, beginning at `from`; null if none does. */
function chain<T extends Step>(steps: readonly T[], from: string | null): T[] | null {
  if (steps.length === 0) return [];
  for (const [index, step] of steps.entries()) {
    if (step.fromStatus !== from) continue;
    const rest = chain([...steps.slice(0, index), ...steps.slice(index + 1)], step.toStatus);
    if (rest) return [step, ...rest];
  }
  return null;
}

/**
 * A plan's transitions in the order they happened. Rows carry only a timestamp, and several
 * steps can share one (a fixed clock, or mutations within one millisecond), so steps with equal
 * timestamps are ordered as the lifecycle chain they must form: each starts from the state the
 * previous one reached.
 */
export function orderHistory<T extends Step>(rows: readonly T[]): T[] {
  const sorted = [...rows].sort(
    (a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id),
  );
  const ordered: T[] = [];
  let start = 0;
  while (start < sorted.length) {
    let end = start + 1;
    while (end < sorted.length && sorted[end].at.getTime() === sorted[start].at.getTime()) end++;
    const group = sorted.slice(start, end);
    const reached = ordered.length > 0 ? ordered[ordered.length - 1].toStatus : null;
    // A group that forms no chain (inconsistent rows) keeps the deterministic id order.
    ordered.push(...(chain(group, reached) ?? group));
    start = end;
  }
  return ordered;
}
