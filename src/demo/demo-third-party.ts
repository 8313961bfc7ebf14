import { Readable } from "node:stream";
import type { RequestContext } from "../graphql/context";
import { uploadDocument } from "../modules/document/document.service";
import { importThirdPartyAssessment } from "../modules/third-party/third-party.service";
import { SmetaPillar, ThirdPartyScheme } from "../shared/domain/third-party.enums";
import { addDays } from "../shared/time";
import { DEMO_UPLOAD_LIMITS } from "./demo-uploads";

/**
 * Issue 19: Andes, never audited by the buyer, shared a 2-pillar SMETA audit; the auditor took
 * its result over, so its labour and safety areas count at 85 % while the rest waits for an
 * audit. (A fictional report: a text file, as every demo document.)
 */
export async function seedThirdPartyDemo(
  auditorCtx: RequestContext,
  suppliers: Record<string, string>,
): Promise<void> {
  const report = await uploadDocument(auditorCtx, DEMO_UPLOAD_LIMITS, {
    filename: "andes-smeta-2-pillar.txt",
    stream: Readable.from([
      Buffer.from(
        "Andes Lithium Brine S.A.\nSMETA 2-pillar audit report (demo)\n\n" +
          "Labour Standards: 1 major, 2 minor non-conformances.\n" +
          "Health & Safety: 1 minor non-conformance.\n",
        "utf8",
      ),
    ]),
    fields: Promise.resolve({ title: "SMETA 2-pillar audit report, Salar operation" }),
  });
  await importThirdPartyAssessment(auditorCtx, suppliers.andes, {
    scheme: ThirdPartyScheme.SMETA,
    assessedAt: addDays(auditorCtx.clock.now(), -90),
    reportDocumentId: report.id,
    reference: "ZS-DEMO-0815",
    assessor: "Andean Social Audits Ltda. (fictional)",
    smeta: {
      pillars: [
        { pillar: SmetaPillar.LABOUR_STANDARDS, critical: 0, major: 1, minor: 2 },
        { pillar: SmetaPillar.HEALTH_AND_SAFETY, critical: 0, major: 0, minor: 1 },
      ],
    },
  });
}
