import { Role } from "../../shared/domain/role.enum";
import type { TransitionTable } from "../../shared/lifecycle";
import { ListVersionStatus } from "./substance.enums";

export type ListVersionAction = "publish";

/** A list version is assembled (or imported) as a DRAFT, then published once, for good. */
export const LIST_VERSION_TRANSITIONS: TransitionTable<ListVersionStatus, ListVersionAction> = [
  {
    action: "publish",
    from: [ListVersionStatus.DRAFT],
    to: ListVersionStatus.PUBLISHED,
    roles: [Role.ADMIN],
  },
];
