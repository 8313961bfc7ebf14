import type { Role } from "./domain/role.enum";
import { forbidden, invalidTransition } from "./errors";

/** One allowed step of a lifecycle: which action, from which states, to which state, by whom. */
export interface Transition<S extends string, A extends string> {
  action: A;
  from: readonly S[];
  to: S;
  roles: readonly Role[];
}

export type TransitionTable<S extends string, A extends string> = readonly Transition<S, A>[];

/**
 * Looks an action up in a lifecycle table. A role that may never take the action gets
 * FORBIDDEN; a state the action does not start from gets CONFLICT naming the current state.
 */
export function nextState<S extends string, A extends string>(
  table: TransitionTable<S, A>,
  entity: string,
  current: S,
  action: A,
  role: Role,
): S {
  const candidates = table.filter((t) => t.action === action);
  if (!candidates.some((t) => t.roles.includes(role)))
    throw forbidden(`${role} may not ${action} a ${entity}`);
  const step = candidates.find((t) => t.roles.includes(role) && t.from.includes(current));
  if (!step) throw invalidTransition(entity, current, action);
  return step.to;
}
