import { Role } from "./domain/role.enum";
import { rolesFor, type TransitionTable } from "./lifecycle";

type S = "OPEN" | "DONE";
type A = "close" | "reopen" | "note";

const TABLE: TransitionTable<S, A> = [
  { action: "close", from: ["OPEN"], to: "DONE", roles: [Role.AUDITOR] },
  { action: "close", from: ["DONE"], to: "DONE", roles: [Role.AUDITOR, Role.ADMIN] },
  { action: "reopen", from: ["DONE"], to: "OPEN", roles: [Role.ADMIN] },
];

describe("rolesFor", () => {
  it.each<[A[], Role[]]>([
    [["close"], [Role.AUDITOR, Role.ADMIN]],
    [["reopen"], [Role.ADMIN]],
    [
      ["close", "reopen"],
      [Role.AUDITOR, Role.ADMIN],
    ],
  ])("%j -> %j: every role of any row of the actions, once", (actions, expected) => {
    expect(rolesFor(TABLE, ...actions)).toEqual(expected);
  });

  it("refuses an action the table does not have (a typo would otherwise mean nobody)", () => {
    expect(() => rolesFor(TABLE, "note")).toThrow(/No transition for note/);
  });
});
