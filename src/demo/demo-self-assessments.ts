import { Readable } from "node:stream";
import type { RequestContext } from "../graphql/context";
import { uploadDocument } from "../modules/document/document.service";
import { ChecklistItem } from "../modules/checklist/checklist-item.entity";
import { Checklist } from "../modules/checklist/checklist.entity";
import { AnswerType, ChecklistStatus, YesNoChoice } from "../shared/domain/checklist.enums";
import { DEFAULT_CHECKLIST_FAMILY_ID } from "../modules/checklist/default-checklist";
import type { EvidenceInput } from "../modules/evidence/evidence";
import type { AnswerInput } from "../modules/self-assessment/self-assessment.inputs";
import {
  saveAnswers,
  startSelfAssessment,
  submitSelfAssessment,
} from "../modules/self-assessment/self-assessment.service";
import { DEMO_UPLOAD_LIMITS } from "./demo-uploads";

/** Where Sunrise falls short, so the demo scores are not a row of 100s. */
const SUNRISE_DEVIATIONS: Record<string, Partial<AnswerInput>> = {
  "MS-04": {
    scale: 2,
    comment: "Code of conduct signed by tier-1 suppliers; sub-tier screening starts in Q3.",
  },
  "ENV-02": { scale: 3, comment: "Scope 1 and 2 measured monthly; scope 3 not yet." },
  "HS-05": { scale: 3 },
  "WH-03": {
    choice: YesNoChoice.NO,
    comment: "Two runs of 8 working days during the October 2025 peak; rota changed since.",
  },
};

const SUNRISE_VALUES: Record<string, Partial<AnswerInput>> = {
  "WB-04": { number: 100 },
  "WH-02": { number: 58 },
  "HS-06": { number: 0.42, comment: "Per 200 000 hours worked" },
  "ENV-03": { number: 45 },
  "ND-03": {
    text:
      "Anonymous hotline and suggestion boxes in every workshop, run by an external provider; " +
      "HR and the union committee handle cases within 10 working days. 14 grievances in the " +
      "last 12 months, all closed.",
  },
  "FOA-02": {
    text:
      "Elected union committee; collective agreement on wages and hours renewed every two " +
      "years, last in March 2025.",
  },
};

const EVIDENCE_TITLES: Record<string, string> = {
  "MS-01": "ESG policy signed by the CEO, 2025 edition",
  "MS-05": "Polysilicon chain-of-custody file, Q1 shipments",
  "CFL-02": "Age-verification procedure HR-07 and hiring sample",
  "ND-01": "Anti-harassment policy and supervisor training log",
  "WB-01": "Payroll sample January-March",
  "WB-02": "Overtime premium reconciliation, same sample",
  "WH-01": "Time records, peak and low season",
  "HS-01": "Occupational health and safety risk assessment (ISO 45001)",
  "HS-03": "Fire inspection report and drill records",
  "ENV-01": "Environmental permit and last compliance report",
  "ENV-04": "Hazardous waste manifests and contractor licences",
  "ENV-05": "Hazardous substance register with CAS numbers and risk matrix",
  "BE-02": "Anti-bribery policy and gifts register",
};

/** A small text document per cited item, uploaded through the real upload path. */
async function evidenceFor(ctx: RequestContext, code: string): Promise<EvidenceInput[]> {
  const title = EVIDENCE_TITLES[code] ?? `Supporting document for ${code}`;
  const text =
    `Sunrise Solar Materials Co., Ltd.\n${title}\nChecklist item ${code}\n\n` +
    "Demo document: in a real questionnaire this is the scanned record or the report itself.\n";
  const document = await uploadDocument(ctx, DEMO_UPLOAD_LIMITS, {
    filename: `sunrise-${code.toLowerCase()}.txt`,
    stream: Readable.from([Buffer.from(text, "utf8")]),
    fields: Promise.resolve({ title }),
  });
  return [{ title, documentId: document.id }];
}

function compliantValue(item: ChecklistItem): Partial<AnswerInput> {
  switch (item.answerType) {
    case AnswerType.YES_NO:
      return { choice: YesNoChoice.YES };
    case AnswerType.SCALE_0_4:
      return { scale: 4 };
    case AnswerType.NUMBER:
      return { number: 0 };
    case AnswerType.TEXT:
      return { text: "See the attached management documentation." };
  }
}

async function sunriseAnswer(ctx: RequestContext, item: ChecklistItem): Promise<AnswerInput> {
  return {
    itemId: item.id,
    ...compliantValue(item),
    ...SUNRISE_VALUES[item.code],
    ...SUNRISE_DEVIATIONS[item.code],
    ...(item.evidenceRequired ? { evidence: await evidenceFor(ctx, item.code) } : {}),
  };
}

async function currentDefaultChecklist(ctx: RequestContext) {
  const checklist = await ctx.dataSource.manager.findOneOrFail(Checklist, {
    where: { familyId: DEFAULT_CHECKLIST_FAMILY_ID, status: ChecklistStatus.PUBLISHED },
    order: { version: "DESC" },
  });
  const items = await ctx.dataSource.manager.find(ChecklistItem, {
    where: { checklistId: checklist.id },
    order: { order: "ASC" },
  });
  return { checklist, items };
}

/**
 * Demo SAQs on the default checklist, through the real services: Sunrise's supplier user has
 * submitted a complete, mostly compliant one; NordGlass has a draft in progress (started by the
 * admin, as NordGlass has no supplier user in the demo).
 */
export async function seedSelfAssessmentDemo(
  ctx: RequestContext,
  supplierCtx: RequestContext,
  supplierIds: Record<string, string>,
): Promise<void> {
  const { checklist, items } = await currentDefaultChecklist(ctx);

  const sunrise = await startSelfAssessment(supplierCtx, supplierIds.sunrise, checklist.id);
  const answers: AnswerInput[] = [];
  for (const item of items) answers.push(await sunriseAnswer(supplierCtx, item));
  await saveAnswers(supplierCtx, sunrise.id, answers, sunrise.version);
  await submitSelfAssessment(supplierCtx, sunrise.id);

  const nordglass = await startSelfAssessment(ctx, supplierIds.nordglass, checklist.id);
  const firstAreas = items.filter((item) => ["MS", "CFL"].includes(item.code.split("-")[0]));
  await saveAnswers(
    ctx,
    nordglass.id,
    firstAreas.map((item) => ({
      itemId: item.id,
      ...compliantValue(item),
      ...(item.evidenceRequired
        ? {
            evidence: [
              {
                title: `NordGlass ${item.code} evidence`,
                url: `https://nordglass.example/esg/${item.code.toLowerCase()}.pdf`,
              },
            ],
          }
        : {}),
    })),
    nordglass.version,
  );
}
