import type { RequestContext } from "../../graphql/context";
import { reportedErrors, type ImportReport } from "../../graphql/import-report";
import { advisoryLock, change } from "../../database/change";
import { inTransaction, Tx } from "../../database/transaction";
import type { CsvRecord, CsvRowError } from "../../shared/csv";
import { requireRole } from "./access";
import { hashPassword, oneTimePassword } from "./password";
import { User } from "./user.entity";
import { readUserFile, type UserImportRow } from "./user-import";
import { USER_IMPORT_PERMISSIONS } from "./user-import.permissions";
import type { ImportedUserPassword, UserImportResult } from "./user-import.types";
import { USER, USERS } from "./user.repository";

type Plan =
  | { kind: "create"; row: UserImportRow; supplierId: string | null }
  | { kind: "rename"; row: UserImportRow; id: string }
  | { kind: "same"; row: UserImportRow };

/**
 * Each row against the stored users (by e-mail) and suppliers (by externalId, else a
 * registration number only one supplier has), in two queries. An existing user's name may
 * change; a different role or supplier is an error: the import never moves an account.
 */
async function planRows(
  tx: Tx,
  rows: readonly UserImportRow[],
  names: Record<string, string>,
): Promise<{ plans: Plan[]; errors: CsvRowError[] }> {
  const emails = rows.map((r) => r.email);
  const users: {
    id: string;
    email: string;
    name: string;
    role: string;
    supplier_id: string | null;
  }[] =
    emails.length === 0
      ? []
      : await tx.manager.query(
          `SELECT id, email, name, role, supplier_id FROM app_user WHERE email = ANY($1)`,
          [emails],
        );
  const keys = [...new Set(rows.flatMap((r) => (r.supplier ? [r.supplier] : [])))];
  // By table name: identity sits below the supplier module and does not import it.
  const suppliers: {
    id: string;
    external_id: string | null;
    registration_number: string | null;
    archived: boolean;
  }[] =
    keys.length === 0
      ? []
      : await tx.manager.query(
          `SELECT id, external_id, registration_number, archived FROM supplier
            WHERE external_id = ANY($1) OR registration_number = ANY($1)`,
          [keys],
        );
  const errors: CsvRowError[] = [];
  const plans: Plan[] = [];
  for (const row of rows) {
    const problem = (column: string, message: string) =>
      errors.push({ row: row.row, column: names[column], message });
    let supplierId: string | null = null;
    if (row.supplier) {
      const byExternal = suppliers.filter((s) => s.external_id === row.supplier);
      const byRegistration = suppliers.filter((s) => s.registration_number === row.supplier);
      const found = byExternal.length === 1 ? byExternal : byRegistration;
      if (found.length === 0)
        problem("supplier", `no supplier with externalId or registration number "${row.supplier}"`);
      else if (found.length > 1)
        problem(
          "supplier",
          `"${row.supplier}" is the registration number of ${found.length} suppliers: give the externalId`,
        );
      else if (found[0].archived) problem("supplier", `"${row.supplier}" is an archived supplier`);
      else supplierId = found[0].id;
      if (supplierId === null) continue;
    }
    const existing = users.find((u) => u.email === row.email);
    if (!existing) {
      plans.push({ kind: "create", row, supplierId });
      continue;
    }
    if (existing.role !== row.role || existing.supplier_id !== supplierId) {
      problem(
        existing.role !== row.role ? "role" : "supplier",
        `${row.email} is already a ${existing.role} user${existing.supplier_id ? " of another supplier" : ""}: change an account's role or supplier by hand`,
      );
      continue;
    }
    plans.push(
      existing.name === row.name ? { kind: "same", row } : { kind: "rename", row, id: existing.id },
    );
  }
  return { plans, errors };
}

/**
 * Imports an uploaded user list (CSV or XLSX): all rows or none, as importSuppliers. Each new
 * user gets a one-time password (as resetUserPassword does), returned once and changed at the
 * first log-in; an existing e-mail only has its name brought in step.
 */
export async function importUsers(
  ctx: RequestContext,
  /** The uploaded document's rows (the caller reads them: identity sits below documents). */
  file: { id: string },
  records: CsvRecord[],
  dryRun: boolean,
): Promise<UserImportResult> {
  requireRole(ctx, ...USER_IMPORT_PERMISSIONS.importUsers);
  const read = readUserFile(records);
  const summary = (plans: Plan[], errors: CsvRowError[], applied: boolean): ImportReport => {
    const count = (kind: Plan["kind"]) =>
      errors.length > 0 ? 0 : plans.filter((p) => p.kind === kind).length;
    return {
      rows: read.rowCount,
      errors: reportedErrors(errors),
      applied,
      inserted: count("create"),
      updated: count("rename"),
      skipped: count("same"),
    };
  };
  const check = async (tx: Tx) => {
    const { plans, errors } = await planRows(tx, read.rows, read.names);
    return { plans, errors: [...read.errors, ...errors] };
  };
  const preview = await ctx.dataSource.transaction((manager) => check(new Tx(manager, ctx)));
  if (dryRun || preview.errors.length > 0)
    return { report: summary(preview.plans, preview.errors, false), passwords: [] };

  // scrypt is slow on purpose: the new users' hashes are made before the transaction opens.
  const secrets = new Map<string, { password: string; hash: Promise<string> }>();
  const secretOf = (email: string) => {
    let secret = secrets.get(email);
    if (!secret) {
      const password = oneTimePassword();
      secret = { password, hash: hashPassword(password) };
      secrets.set(email, secret);
    }
    return secret;
  };
  const fresh = preview.plans.filter((p) => p.kind === "create");
  await Promise.all(fresh.map((p) => secretOf(p.row.email).hash));

  return inTransaction(ctx, async (tx) => {
    await advisoryLock(tx, "user_import");
    // Checked again under the lock: another import or createUser may have come in between.
    const { plans, errors } = await check(tx);
    if (errors.length > 0) return { report: summary(plans, errors, false), passwords: [] };
    const passwords: ImportedUserPassword[] = [];
    for (const plan of plans) {
      if (plan.kind === "create") {
        const secret = secretOf(plan.row.email);
        const user = tx.manager.create(User, {
          email: plan.row.email,
          name: plan.row.name,
          role: plan.row.role,
          supplierId: plan.supplierId,
          passwordHash: await secret.hash,
          mustChangePassword: true,
        });
        await tx.manager.insert(User, user);
        await tx.record({
          action: "user.created",
          entityType: USER,
          entityId: user.id,
          after: USERS.snapshot(user),
        });
        passwords.push({ email: user.email, oneTimePassword: secret.password });
      } else if (plan.kind === "rename") {
        await change(tx, USERS, plan.id, { action: "user.updated", set: { name: plan.row.name } });
      }
    }
    const report = summary(plans, [], true);
    await tx.record({
      action: "users.imported",
      entityType: "Document",
      entityId: file.id,
      after: { rows: report.rows, inserted: report.inserted, updated: report.updated },
    });
    return { report, passwords };
  });
}
