import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

/** scrypt cost: N=2^15, r=8 (OWASP's minimum recommendation for scrypt). */
const N = 32768;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

export { MIN_PASSWORD_LENGTH } from "./password-policy";

/** Letters and digits without look-alikes (0/O, 1/l/I): read aloud or typed from a screen. */
const ONE_TIME_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEY_LENGTH, { N: n, r, p, maxmem: 256 * n * r }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P);
  return ["scrypt", N, R, P, salt.toString("base64"), key.toString("base64")].join("$");
}

/** Constant-time comparison; the parameters travel with the hash so they can be raised later. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !key) return false;
  const expected = Buffer.from(key, "base64");
  const actual = await derive(
    password,
    Buffer.from(salt, "base64"),
    Number(n),
    Number(r),
    Number(p),
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * A one-time password for an admin's reset: 20 characters from a 55-symbol alphabet (about
 * 115 bits), in groups of five for reading. Rejection sampling keeps every symbol equally likely.
 */
export function oneTimePassword(): string {
  const symbols: string[] = [];
  while (symbols.length < 20) {
    for (const byte of randomBytes(32)) {
      if (byte < 220 && symbols.length < 20) symbols.push(ONE_TIME_ALPHABET[byte % 55]);
    }
  }
  return [0, 5, 10, 15].map((start) => symbols.slice(start, start + 5).join("")).join("-");
}

/** Hash of a random password: unknown e-mails are checked against it so they take as long. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString("hex"));
  return decoy;
}
