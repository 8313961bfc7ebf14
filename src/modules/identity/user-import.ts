import { isEmail } from "class-validator";
import type { CsvRecord, CsvRowError } from "../../shared/csv";
import { Role } from "../../shared/domain/role.enum";
import { cellOf, readImportHeader } from "../../shared/import-columns";
import { normaliseEmail } from "./identity.service";

/**
 * Reads a user list (CSV or XLSX; docs/onboarding-and-integration.md): `email`, `name`, `role`
 * and, for SUPPLIER users, `supplier` (the supplier's externalId or registration number). No
 * passwords: each new user gets a one-time password, reported once by the import.
 */

/** Each new user's password is hashed (scrypt, ~0.1 s): a file stays within one short request. */
export const MAX_USER_IMPORT_ROWS = 200;

export const USER_TEMPLATE_HEADERS = ["email", "name", "role", "supplier"] as const;
export const USER_TEMPLATE_EXAMPLE = ["li.wei@sunrise.example", "Li Wei", "SUPPLIER", "V-10001"];

type Column = (typeof USER_TEMPLATE_HEADERS)[number];

const HEADERS: Record<Column, readonly string[]> = {
  email: ["email", "emailaddress"],
  name: ["name", "fullname"],
  role: ["role"],
  supplier: ["supplier", "supplierexternalid", "externalid", "vendorid"],
};
const REQUIRED: Column[] = ["email", "name", "role"];
const ROLES = Object.values(Role) as string[];

export interface UserImportRow {
  row: number;
  /** Lower case, as stored. */
  email: string;
  name: string;
  role: Role;
  /** The supplier's externalId or registration number; null for staff roles. */
  supplier: string | null;
}

export interface UserFileRead {
  rows: UserImportRow[];
  rowCount: number;
  errors: CsvRowError[];
  names: Record<Column, string>;
}

export function readUserFile(file: readonly CsvRecord[]): UserFileRead {
  const { columns, records, error } = readImportHeader(
    file,
    HEADERS,
    REQUIRED,
    MAX_USER_IMPORT_ROWS,
  );
  const { names } = columns;
  if (error) return { rows: [], rowCount: records.length, errors: [error], names };
  const errors: CsvRowError[] = [];
  const rows: UserImportRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const record of records) {
    const cell = (column: Column) => cellOf(columns, record, column);
    const problem = (column: Column, message: string) =>
      errors.push({ row: record.row, column: names[column], message });
    const before = errors.length;
    const email = normaliseEmail(cell("email"));
    if (!isEmail(email) || email.length > 254)
      problem("email", `"${cell("email")}" is not an e-mail address`);
    else {
      const first = firstRowOf.get(email);
      if (first !== undefined) problem("email", `repeats the e-mail of row ${first}`);
      else firstRowOf.set(email, record.row);
    }
    const name = cell("name");
    if (!name) problem("name", "is empty");
    else if (name.length > 200) problem("name", "is longer than 200 characters");
    const role = cell("role").toUpperCase();
    if (!ROLES.includes(role))
      problem("role", `"${cell("role")}" is not one of ${ROLES.join(", ")}`);
    const supplier = cell("supplier") || null;
    if (role === Role.SUPPLIER && !supplier)
      problem(
        "supplier",
        "is empty: a SUPPLIER user needs the supplier's externalId or registration number",
      );
    if (role !== Role.SUPPLIER && ROLES.includes(role) && supplier)
      problem("supplier", `is only for SUPPLIER users (this row's role is ${role})`);
    if (errors.length === before)
      rows.push({ row: record.row, email, name, role: role as Role, supplier });
  }
  return { rows, rowCount: records.length, errors, names };
}
