import { errors as zhErrors } from "../zh-CN/errors";

/**
 * English error messages are their own keys: the catalog is keyed by the English the server
 * writes (zh-CN/errors.ts). Kept as a namespace so every locale has the same ones.
 */
export const errors: Record<string, string> = Object.fromEntries(
  Object.keys(zhErrors).map((key) => [key, key]),
);
