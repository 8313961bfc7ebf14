import { Readable } from "node:stream";
import { Role } from "../../src/shared/domain/role.enum";
import { uploadDocument } from "../../src/modules/document/document.service";
import { THIRD_PARTY_PERMISSIONS } from "../../src/modules/third-party/third-party.permissions";
import type { MatrixCase, MatrixFixture } from "./matrix";

async function ownUpload(fx: MatrixFixture, role: Role): Promise<string> {
  const ctx = await fx.app.server.contextFor(fx.users[role].token);
  const document = await uploadDocument(ctx, fx.app.config.documents, {
    filename: "scorecard.txt",
    stream: Readable.from([Buffer.from(`third-party report for ${role}\n`)]),
    fields: Promise.resolve({}),
  });
  return document.id;
}

let day = 0;
/** A different past day per call: one result per supplier, scheme and day is the rule. */
function pastDay(fx: MatrixFixture): Date {
  day += 1;
  return new Date(fx.app.clock.now().getTime() - day * 86_400_000);
}

/** An EcoVadis result of the own supplier, written as the import leaves it. */
async function storedAssessment(fx: MatrixFixture): Promise<string> {
  const documentId = await ownUpload(fx, Role.ADMIN);
  const assessedAt = pastDay(fx);
  const [row] = (await fx.app.dataSource.query(
    `INSERT INTO third_party_assessment (supplier_id, scheme, assessed_at, valid_until,
       report_document_id, result, imported_by_id, imported_at)
     VALUES ($1, 'ECOVADIS', $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      fx.ownSupplier.id,
      assessedAt,
      new Date(assessedAt.getTime() + 300 * 86_400_000),
      documentId,
      { scheme: "ECOVADIS", score: 55, medal: null, themes: {} },
      fx.users.ADMIN.user.id,
      fx.app.clock.now(),
    ],
  )) as { id: string }[];
  return row.id;
}

export const CASES: MatrixCase[] = [
  {
    operation: "importThirdPartyAssessment",
    kind: "mutation",
    allowed: THIRD_PARTY_PERMISSIONS.importThirdPartyAssessment,
    prepare: async (fx, role) => ({
      query: `mutation($s: ID!, $input: ThirdPartyAssessmentInput!) {
        importThirdPartyAssessment(supplierId: $s, input: $input) { id } }`,
      variables: {
        s: fx.ownSupplier.id,
        input: {
          scheme: "SSI",
          assessedAt: pastDay(fx).toISOString(),
          reportDocumentId: await ownUpload(fx, role),
          ssi: { governanceAndBusinessEthics: 2, environment: 2, humanAndLabourRights: 3 },
        },
      },
    }),
  },
  {
    operation: "withdrawThirdPartyAssessment",
    kind: "mutation",
    allowed: THIRD_PARTY_PERMISSIONS.withdrawThirdPartyAssessment,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) {
        withdrawThirdPartyAssessment(id: $id, reason: "Entered for the wrong supplier") { id } }`,
      variables: { id: await storedAssessment(fx) },
    }),
  },
];
