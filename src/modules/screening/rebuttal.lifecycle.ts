import { Role } from "../../shared/domain/role.enum";
import type { TransitionTable } from "../../shared/lifecycle";
import { RebuttalStatus } from "./screening.enums";

export type RebuttalAction = "approve" | "reject";

/**
 * An admin records a rebuttal (PENDING); a second person, another admin or a procurement user,
 * approves or rejects it (four-eyes: never the one who recorded it, rebuttal.service.ts).
 */
export const REBUTTAL_TRANSITIONS: TransitionTable<RebuttalStatus, RebuttalAction> = [
  {
    action: "approve",
    from: [RebuttalStatus.PENDING],
    to: RebuttalStatus.APPROVED,
    roles: [Role.ADMIN, Role.PROCUREMENT],
  },
  {
    action: "reject",
    from: [RebuttalStatus.PENDING],
    to: RebuttalStatus.REJECTED,
    roles: [Role.ADMIN, Role.PROCUREMENT],
  },
];
