import { registerEnumType } from "type-graphql";

export enum Traceability {
  NONE = "NONE",
  TIER1 = "TIER1",
  TO_ORIGIN = "TO_ORIGIN",
}

registerEnumType(Traceability, { name: "Traceability" });
