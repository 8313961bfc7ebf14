import type { TestApp } from "./test-app";

export const LEAD = "7439-92-1";

export const ENTRY_FIELDS = `id version stage location likelihood exposure severity riskScore riskLevel
  priority lastAssessedAt reassessmentDue reassessmentReasons substance { cas }
  category { code } supplier { id }`;

export const CREATE_RISK_ENTRY = `mutation($input: CreateRiskEntryInput!) {
  createRiskEntry(input: $input) { ${ENTRY_FIELDS} } }`;

/** The seeded substance with this CAS number. */
export async function substanceId(app: TestApp, cas: string): Promise<string> {
  const rows = (await app.dataSource.query(`SELECT id FROM substance WHERE cas = $1`, [cas])) as {
    id: string;
  }[];
  if (rows.length !== 1) throw new Error(`no substance ${cas}`);
  return rows[0].id;
}

/** An entry for lead in PRODUCTION (2 x 3 x 4 unless overridden), by `token`'s user. */
export async function createRiskEntry(
  app: TestApp,
  token: string,
  input: Record<string, unknown> = {},
): Promise<{ id: string; version: number; priority: number; reassessmentDue: boolean }> {
  const result = await app.exec(token, CREATE_RISK_ENTRY, {
    input: {
      substanceId: await substanceId(app, LEAD),
      stage: "PRODUCTION",
      location: "Stringer line 2",
      likelihood: 2,
      exposure: 3,
      severity: 4,
      ...input,
    },
  });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.createRiskEntry;
}
