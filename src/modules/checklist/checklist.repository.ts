import { snapshotOf, type Aggregate } from "../../database/change";
import { Checklist } from "./checklist.entity";

export const CHECKLIST = "Checklist";

/**
 * Checklists: `version` is the checklist's version within its family, not a row version, so
 * changes do not bump it (a published checklist never changes; the database triggers enforce it).
 */
export const CHECKLISTS: Aggregate<Checklist> = {
  entity: Checklist,
  name: CHECKLIST,
  versioned: false,
  snapshot: (checklist) => snapshotOf(checklist, ["createdAt"]),
};
