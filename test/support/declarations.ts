import { readFileSync } from "node:fs";
import path from "node:path";
import type { TestApp } from "./test-app";

export const FIXTURES = path.join(__dirname, "..", "fixtures", "ipc1752a");

export const fixture = (name: string): Buffer => readFileSync(path.join(FIXTURES, name));

export const DECLARATION_FIELDS = `id status version declarationClass partNumber partName
  rejectReason validUntil`;

export const CREATE_DECLARATION = `mutation($input: MaterialDeclarationInput!) {
  createMaterialDeclaration(input: $input) { ${DECLARATION_FIELDS} } }`;

/** A class A draft stating RoHS compliance, by `token`'s user for `supplierId`. */
export async function createDeclaration(
  app: TestApp,
  token: string,
  supplierId: string,
  categoryId: string,
  input: Record<string, unknown> = {},
): Promise<{ id: string; version: number; status: string }> {
  const result = await app.exec(token, CREATE_DECLARATION, {
    input: {
      supplierId,
      categoryId,
      declarationClass: "A",
      partNumber: "JB-100",
      partName: "Junction box",
      statements: [{ list: "ROHS", compliant: true }],
      validUntil: new Date(app.clock.now().getTime() + 365 * 86_400_000).toISOString(),
      ...input,
    },
  });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.createMaterialDeclaration;
}
