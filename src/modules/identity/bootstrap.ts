import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import { Tx } from "../../database/transaction";
import type { RequestContext } from "../../graphql/context";
import { normaliseEmail } from "./identity.service";
import { badInput } from "../../shared/errors";
import { hashPassword } from "./password";
import { passwordFieldProblems } from "./password-policy";
import { Role } from "../../shared/domain/role.enum";
import { User } from "./user.entity";

/**
 * Creates an ADMIN directly (first start, `npm run create-admin`); there is no viewer yet, so
 * the audit event carries no actor.
 */
export async function createAdmin(
  dataSource: DataSource,
  context: Pick<RequestContext, "clock" | "requestId">,
  input: { email: string; password: string; name?: string },
): Promise<User> {
  const weak = passwordFieldProblems("password", input.password, input.email);
  if (weak.length > 0) throw badInput(weak);
  const passwordHash = await hashPassword(input.password);
  return dataSource.transaction(async (manager) => {
    const tx = new Tx(manager, { ...context, viewer: null } as RequestContext);
    const user = manager.create(User, {
      email: normaliseEmail(input.email),
      name: input.name ?? "Administrator",
      role: Role.ADMIN,
      supplierId: null,
      passwordHash,
    });
    await manager.insert(User, user);
    await tx.record({
      action: "user.created",
      entityType: "User",
      entityId: user.id,
      after: { email: user.email, role: user.role, name: user.name },
    });
    return user;
  });
}

/** First start with an empty user table: ADMIN_EMAIL/ADMIN_PASSWORD become the first admin. */
export async function bootstrapAdmin(
  dataSource: DataSource,
  context: Pick<RequestContext, "clock" | "requestId">,
  logger: Logger,
  admin: { email?: string; password?: string },
): Promise<void> {
  if (!admin.email || !admin.password) return;
  if ((await dataSource.manager.count(User)) > 0) return;
  try {
    const user = await createAdmin(dataSource, context, {
      email: admin.email,
      password: admin.password,
    });
    logger.info({ email: user.email }, "created the first admin from ADMIN_EMAIL");
  } catch (error) {
    // Another instance starting at the same moment created it first.
    if ((error as { driverError?: { code?: string } }).driverError?.code !== "23505") throw error;
  }
}
