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
 * The roles that may ever take one of `actions`, from any state: the check before any row is
 * read, and the `@Authorized` roles of the operation that takes them (the permission tables).
 * An operation that takes one of several actions (accept or reject) is open to any of them;
 * the lifecycle then refuses the particular step.
 */
export function rolesFor<S extends string, A extends string>(
  table: TransitionTable<S, A>,
  ...actions: A[]
): Role[] {
  const roles = table.filter((t) => actions.includes(t.action)).flatMap((t) => t.roles);
  if (roles.length === 0) throw new Error(`No transition for ${actions.join(", ")}`);
  return [...new Set(roles)];
}

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
