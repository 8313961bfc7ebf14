import { dictionary } from "@zxcvbn-ts/language-common";
import type { FieldProblem } from "../../shared/errors";

/**
 * The one password policy, for every way a password is set: `createUser`, `changePassword`,
 * `npm run create-admin`, ADMIN_PASSWORD and the demo seed.
 *
 * Length over composition rules (NIST SP 800-63B 5.1.1.2): at least 10 characters, not only
 * whitespace, not the e-mail's local part, and not on a list of commonly used passwords.
 */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

/**
 * Local parts shorter than this are only compared for equality: "containing" a one- or
 * two-letter name would refuse almost every password.
 */
const MIN_LOCAL_PART_TO_CONTAIN = 3;

/**
 * zxcvbn-ts's common-password dictionary (about 49 000 entries from leaked-password corpora),
 * loaded on first use and compared case-insensitively.
 */
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"].map((entry) => entry.toLowerCase()));
  return common;
}

/** What is wrong with `password` for the user with `email`; empty when it is acceptable. */
export function passwordProblems(password: string, email?: string): string[] {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return [`must be at least ${MIN_PASSWORD_LENGTH} characters`];
  if (length > MAX_PASSWORD_LENGTH) return [`must be at most ${MAX_PASSWORD_LENGTH} characters`];
  if (password.trim() === "") return ["must not be only spaces"];
  const lower = password.toLowerCase();
  const problems: string[] = [];
  const address = email?.trim().toLowerCase() ?? "";
  const localPart = address.includes("@") ? address.slice(0, address.lastIndexOf("@")) : address;
  if (
    localPart !== "" &&
    (lower === localPart ||
      lower.includes(address) ||
      (localPart.length >= MIN_LOCAL_PART_TO_CONTAIN && lower.includes(localPart)))
  ) {
    problems.push("must not contain your e-mail name");
  }
  if (commonPasswords().has(lower) || commonPasswords().has(lower.trim())) {
    problems.push("is too common (it is on lists of leaked passwords)");
  }
  return problems;
}

/** The problems as BAD_USER_INPUT field entries under `path` (`input.password`, `newPassword`). */
export function passwordFieldProblems(
  path: string,
  password: string,
  email?: string,
): FieldProblem[] {
  return passwordProblems(password, email).map((message) => ({ path, message }));
}
