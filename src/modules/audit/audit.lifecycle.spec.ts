import { DomainError, ErrorCode } from "../../shared/errors";
import { Role } from "../../shared/domain/role.enum";
import { AuditStatus as S } from "../../shared/domain/audit.enums";
import { assertRecording, nextAuditState, type AuditAction } from "./audit.lifecycle";

function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    return error instanceof DomainError ? error.code : error;
  }
}

describe("audit lifecycle", () => {
  it.each<[S, AuditAction, Role, S | ErrorCode]>([
    [S.PLANNED, "start", Role.AUDITOR, S.IN_PROGRESS],
    [S.IN_PROGRESS, "complete", Role.AUDITOR, S.COMPLETED],
    [S.PLANNED, "cancel", Role.AUDITOR, S.CANCELLED],
    [S.IN_PROGRESS, "cancel", Role.ADMIN, S.CANCELLED],
    [S.PLANNED, "start", Role.ADMIN, ErrorCode.FORBIDDEN],
    [S.IN_PROGRESS, "complete", Role.ADMIN, ErrorCode.FORBIDDEN],
    [S.PLANNED, "cancel", Role.PROCUREMENT, ErrorCode.FORBIDDEN],
    [S.IN_PROGRESS, "start", Role.AUDITOR, ErrorCode.CONFLICT],
    [S.PLANNED, "complete", Role.AUDITOR, ErrorCode.CONFLICT],
    [S.COMPLETED, "cancel", Role.ADMIN, ErrorCode.CONFLICT],
    [S.CANCELLED, "start", Role.AUDITOR, ErrorCode.CONFLICT],
    [S.CANCELLED, "cancel", Role.AUDITOR, ErrorCode.CONFLICT],
  ])("%s --%s by %s--> %s", (from, action, role, expected) => {
    expect(outcome(() => nextAuditState(from, action, role))).toBe(expected);
  });

  it("names the current state when refusing", () => {
    expect(() => nextAuditState(S.COMPLETED, "complete", Role.AUDITOR)).toThrow(/COMPLETED/);
  });

  it.each<[S, Role, ErrorCode | undefined]>([
    [S.IN_PROGRESS, Role.AUDITOR, undefined],
    [S.IN_PROGRESS, Role.ADMIN, ErrorCode.FORBIDDEN],
    [S.PLANNED, Role.AUDITOR, ErrorCode.CONFLICT],
    [S.COMPLETED, Role.AUDITOR, ErrorCode.CONFLICT],
  ])("recording on %s by %s -> %s", (status, role, expected) => {
    expect(outcome(() => assertRecording(status, role, "record results"))).toBe(expected);
  });
});
