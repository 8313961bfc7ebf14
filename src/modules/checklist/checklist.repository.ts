import { aggregateOf } from "../../database/change";
import { Checklist } from "./checklist.entity";

export const CHECKLIST = "Checklist";

/**
 * Checklists: `version` is the checklist's version within its family, not a row version, so
 * changes do not bump it (a published checklist never changes; the database triggers enforce it).
 */
export const CHECKLISTS = aggregateOf(Checklist, CHECKLIST, {
  versioned: false,
  omit: ["createdAt"],
});
