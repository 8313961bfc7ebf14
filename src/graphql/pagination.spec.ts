import { DomainError } from "../shared/errors";
import { decodeCursor, encodeCursor, type CursorPart } from "./pagination";

const ID = "5b0a6c1e-8d8e-4f57-9a54-3f1f1b9c0001";

describe("decodeCursor", () => {
  it.each<[readonly CursorPart[], unknown[]]>([
    [
      ["string", "uuid"],
      ["Acme Panels", ID],
    ],
    [
      ["timestamp", "uuid"],
      ["2026-06-01T09:00:00.000Z", ID],
    ],
    [
      ["int", "timestampOrInfinity", "uuid"],
      [12, "infinity", ID],
    ],
    [
      ["number", "number", "string", "uuid"],
      [-3.5, 0, "", ID],
    ],
    [["seq"], ["123456789012"]],
  ])("accepts %j: %j", (parts, values) => {
    expect(decodeCursor(encodeCursor(values), parts)).toEqual(values);
  });

  it.each<[string, readonly CursorPart[], unknown]>([
    ["a uuid that is not one", ["uuid"], ["not-a-uuid"]],
    ["a date that does not exist", ["timestamp"], ["2026-02-30T00:00:00.000Z"]],
    ["a date in another format", ["timestamp"], ["2026-06-01"]],
    ["infinity where a date must be", ["timestamp"], ["infinity"]],
    ["a fraction where an int must be", ["int"], [1.5]],
    ["a number as text", ["number"], ["12"]],
    ["a seq as a number", ["seq"], [12]],
    ["a NUL in text", ["string"], ["a\u0000b"]],
    ["an object", ["string"], [{}]],
    ["null", ["number"], [null]],
    ["one part too many", ["seq"], ["1", "2"]],
    ["one part too few", ["string", "uuid"], ["x"]],
    ["not an array", ["seq"], { seq: "1" }],
  ])("refuses %s", (_name, parts, values) => {
    expect(() => decodeCursor(encodeCursor(values as unknown[]), parts)).toThrow(DomainError);
  });

  it.each(["", "garbage!!", "A".repeat(5000), Buffer.from("not json").toString("base64url")])(
    "refuses %j with BAD_USER_INPUT on after",
    (cursor) => {
      try {
        decodeCursor(cursor, ["seq"]);
        throw new Error("accepted");
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).fields).toEqual([
          { path: "after", message: "is not a cursor returned by this list" },
        ]);
      }
    },
  );
});
