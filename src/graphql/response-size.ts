import type { ApolloServerPlugin } from "@apollo/server";
import { ErrorCode } from "../shared/errors";

/** The bytes `value` takes as JSON, counted until they pass `limit` (strings: as `stringBytes` counts them). */
function jsonBytesUpTo(
  value: unknown,
  limit: number,
  stringBytes: (text: string) => number,
): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === "string") total += stringBytes(item) + 2;
    else if (typeof item === "number") total += String(item).length;
    else if (typeof item === "boolean") total += 5;
    else if (item === null || item === undefined) total += 4;
    else if (item instanceof Date) total += 26;
    else if (Array.isArray(item)) {
      total += 2 + item.length;
      for (const element of item) stack.push(element);
    } else if (typeof item === "object") {
      total += 2;
      // for...in, not Object.entries: no array per object (results are mostly small objects).
      for (const key in item) {
        total += key.length + 4;
        stack.push((item as Record<string, unknown>)[key]);
      }
    }
    if (total > limit) break;
  }
  return total;
}

/**
 * Whether `value` serialised as JSON would take more than `limit` bytes, counted without
 * serialising: a walk that stops as soon as the budget is spent, so a response far over the
 * limit costs no more to refuse than one at the limit. Strings count their UTF-8 bytes and
 * quotes (escapes aside); numbers their digits. First with three bytes for every UTF-16 unit
 * (never fewer than UTF-8 needs): nearly every result is far within the limit and is passed
 * without measuring a single string; only a result near it is measured exactly.
 */
export function exceedsJsonBytes(value: unknown, limit: number): boolean {
  if (jsonBytesUpTo(value, limit, (text) => text.length * 3) <= limit) return false;
  return jsonBytesUpTo(value, limit, (text) => Buffer.byteLength(text, "utf8")) > limit;
}

/**
 * Results already measured within the limit (a cached ranking page, measured when it was
 * stored): the walk is skipped for them.
 */
export const WITHIN_RESPONSE_LIMIT = new WeakSet<object>();

/**
 * The second line of defence behind the query cost: a result over `maxBytes` is replaced by a
 * PAYLOAD_TOO_LARGE error before it is serialised (or stored for an idempotent replay; this
 * plugin comes first). Synchronous up to the replacement, so later plugins see the error.
 */
export function responseSizePlugin(maxBytes: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, operation }) {
          if (response.body.kind !== "single") return;
          if (WITHIN_RESPONSE_LIMIT.has(response.body.singleResult)) return;
          if (!exceedsJsonBytes(response.body.singleResult, maxBytes)) return;
          const applied = operation?.operation === "mutation" ? " (the change was applied)" : "";
          response.body.singleResult = {
            data: null,
            errors: [
              {
                message: `The response is too large to send${applied}: ask for fewer fields or smaller pages`,
                extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE },
              },
            ],
          };
        },
      };
    },
  };
}
