import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes, URL-safe: the one-time part of an invitation link or an API token. */
export function randomSecret(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * What is stored of a secret: its SHA-256 in hex. A plain digest (no salt, no slow hash) is
 * enough for 256 random bits, and lets the lookup be one indexed equality.
 */
export function secretHash(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}
