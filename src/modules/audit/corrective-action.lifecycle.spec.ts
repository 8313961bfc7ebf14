import { DomainError, ErrorCode } from "../../shared/errors";
import { Role } from "../../shared/domain/role.enum";
import { CorrectiveActionStatus as S } from "../../shared/domain/audit.enums";
import {
  NO_PLAN,
  nextCapState,
  type CapAction,
  type CapState,
} from "./corrective-action.lifecycle";

function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    return error instanceof DomainError ? error.code : error;
  }
}

describe("corrective action lifecycle", () => {
  it.each<[CapState, CapAction, Role, S | ErrorCode]>([
    [NO_PLAN, "propose", Role.SUPPLIER, S.PROPOSED],
    [S.REJECTED, "propose", Role.ADMIN, S.PROPOSED],
    [S.PROPOSED, "accept", Role.AUDITOR, S.ACCEPTED],
    [S.PROPOSED, "reject", Role.ADMIN, S.REJECTED],
    [S.ACCEPTED, "implement", Role.SUPPLIER, S.IMPLEMENTED],
    [S.IMPLEMENTED, "verify", Role.AUDITOR, S.VERIFIED],
    [S.IMPLEMENTED, "reopen", Role.AUDITOR, S.ACCEPTED],
    [NO_PLAN, "propose", Role.AUDITOR, ErrorCode.FORBIDDEN],
    [S.PROPOSED, "accept", Role.SUPPLIER, ErrorCode.FORBIDDEN],
    [S.IMPLEMENTED, "verify", Role.PROCUREMENT, ErrorCode.FORBIDDEN],
    [S.PROPOSED, "propose", Role.SUPPLIER, ErrorCode.CONFLICT],
    [S.PROPOSED, "implement", Role.SUPPLIER, ErrorCode.CONFLICT],
    [S.ACCEPTED, "verify", Role.AUDITOR, ErrorCode.CONFLICT],
    [S.VERIFIED, "propose", Role.SUPPLIER, ErrorCode.CONFLICT],
    [S.VERIFIED, "reopen", Role.ADMIN, ErrorCode.CONFLICT],
  ])("%s --%s by %s--> %s", (from, action, role, expected) => {
    expect(outcome(() => nextCapState(from, action, role))).toBe(expected);
  });
});
