import { badInput } from "./errors";
import { FREE_TEXT_MAX_LENGTH } from "./reason-policy";

/** Optional free text: trimmed, and blank means none. */
export function trimToNull(text: string | undefined | null): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

/** Required free text: class-validator checks lengths, but only here is blank refused. */
export function requiredText(
  text: string | undefined | null,
  path: string,
  max = FREE_TEXT_MAX_LENGTH,
): string {
  const trimmed = text?.trim() ?? "";
  if (trimmed.length === 0) throw badInput([{ path, message: "must not be blank" }]);
  if (trimmed.length > max)
    throw badInput([{ path, message: `must be at most ${max} characters` }]);
  return trimmed;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id in the API is a UUID: checked before any id reaches SQL. */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
