import { CorrectiveActionStatus as S } from "../../shared/domain/audit.enums";
import { orderHistory } from "./corrective-action-history";

const step = (id: string, at: string, fromStatus: S | null, toStatus: S) => ({
  id,
  at: new Date(at),
  fromStatus,
  toStatus,
});
const T0 = "2026-06-01T09:00:00.000Z";

describe("orderHistory", () => {
  it("orders by time first", () => {
    const rows = [
      step("a", "2026-06-03T00:00:00Z", S.PROPOSED, S.ACCEPTED),
      step("b", "2026-06-01T00:00:00Z", null, S.PROPOSED),
    ];
    expect(orderHistory(rows).map((r) => r.id)).toEqual(["b", "a"]);
  });

  it("follows the chain when every step has the same timestamp", () => {
    // ids chosen so that sorting by id alone would give a wrong order
    const rows = [
      step("a", T0, S.IMPLEMENTED, S.VERIFIED),
      step("b", T0, S.ACCEPTED, S.IMPLEMENTED),
      step("c", T0, S.IMPLEMENTED, S.ACCEPTED),
      step("d", T0, S.ACCEPTED, S.IMPLEMENTED),
      step("e", T0, S.PROPOSED, S.ACCEPTED),
      step("f", T0, S.REJECTED, S.PROPOSED),
      step("g", T0, S.PROPOSED, S.REJECTED),
      step("h", T0, null, S.PROPOSED),
    ];
    expect(orderHistory(rows).map((r) => `${r.fromStatus ?? "-"}>${r.toStatus}`)).toEqual([
      "->PROPOSED",
      "PROPOSED>REJECTED",
      "REJECTED>PROPOSED",
      "PROPOSED>ACCEPTED",
      "ACCEPTED>IMPLEMENTED",
      "IMPLEMENTED>ACCEPTED",
      "ACCEPTED>IMPLEMENTED",
      "IMPLEMENTED>VERIFIED",
    ]);
  });
});
