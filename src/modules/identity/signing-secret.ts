import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";

/**
 * The secret every instance on this database shares when JWT_SECRET is unset: the first one
 * to start generates it, the others read it (a per-process random secret would make a token
 * signed by one instance invalid on the next).
 */
export async function sharedSigningSecret(dataSource: DataSource): Promise<string> {
  await dataSource.query(
    `INSERT INTO signing_secret (name, secret) VALUES ('jwt', $1) ON CONFLICT (name) DO NOTHING`,
    [randomBytes(48).toString("base64url")],
  );
  const [row] = (await dataSource.query(
    `SELECT secret FROM signing_secret WHERE name = 'jwt'`,
  )) as {
    secret: string;
  }[];
  return row.secret;
}
