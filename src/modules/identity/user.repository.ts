import { lockOrNotFound, snapshotOf, type Aggregate } from "../../database/change";
import type { Tx } from "../../database/transaction";
import { User } from "./user.entity";

export const USER = "User";

/** Users: not versioned; the audit trail never records the password hash. */
export const USERS: Aggregate<User> = {
  entity: User,
  name: USER,
  versioned: false,
  snapshot: (user) => snapshotOf(user, ["passwordHash", "supplier"]),
};

/** The user row, locked until the transaction ends (`SELECT ... FOR UPDATE`). */
export function lockUser(tx: Tx, id: string): Promise<User> {
  return lockOrNotFound(tx, USERS, id);
}
