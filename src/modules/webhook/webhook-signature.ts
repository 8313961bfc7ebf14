import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Every delivery carries `X-ESG-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>` over
 * `<t>.<body>` with the webhook's secret: the receiver recomputes it, compares in constant
 * time and refuses an old `t` (a replayed request).
 */
export const SIGNATURE_HEADER = "X-ESG-Signature";
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString("base64url")}`;

const mac = (secret: string, timestamp: number, body: string) =>
  createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");

export function signatureHeader(secret: string, body: string, at: Date): string {
  const timestamp = Math.floor(at.getTime() / 1000);
  return `t=${timestamp},v1=${mac(secret, timestamp, body)}`;
}

/** What a receiver does: true when the header signs this body within the tolerance of `now`. */
export function verifySignature(secret: string, header: string, body: string, now: Date): boolean {
  const parts = new Map(
    header.split(",").map((part) => part.trim().split("=", 2) as [string, string]),
  );
  const timestamp = Number(parts.get("t"));
  const given = parts.get("v1") ?? "";
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(given)) return false;
  if (Math.abs(now.getTime() / 1000 - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return false;
  return timingSafeEqual(
    Buffer.from(given, "hex"),
    Buffer.from(mac(secret, timestamp, body), "hex"),
  );
}
