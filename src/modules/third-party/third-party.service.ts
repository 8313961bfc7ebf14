import type { RequestContext } from "../../graphql/context";
import { change, create, lockOrNotFound } from "../../database/change";
import { inTransaction } from "../../database/transaction";
import { EsgArea } from "../../shared/domain/esg-area.enum";
import {
  SsiDimension,
  ThirdPartyScheme,
  type RbaSection,
} from "../../shared/domain/third-party.enums";
import { badInput, stateConflict, type FieldProblem } from "../../shared/errors";
import {
  reasonOfAtLeast,
  WITHDRAW_REASON_MAX_LENGTH,
  WITHDRAW_REASON_MIN_LENGTH,
} from "../../shared/reason-policy";
import { trimToNull } from "../../shared/text";
import { AttachmentKind } from "../document/attachment-kind";
import { attachEvidence, linkableDocument } from "../document/evidence-links";
import { requireRole } from "../identity/access";
import {
  thirdPartyAreaScores,
  thirdPartyValidUntil,
  type MappedAreaScore,
  type ThirdPartyResult,
} from "../scoring/third-party-scores";
import { lockSupplier } from "../supplier/supplier.repository";
import type { ThirdPartyAssessment } from "./third-party.entity";
import type { ThirdPartyAssessmentInput } from "./third-party.inputs";
import { assertRoomForAssessment } from "./third-party.limits";
import { THIRD_PARTY_PERMISSIONS } from "./third-party.permissions";
import { THIRD_PARTY_ASSESSMENT, THIRD_PARTY_ASSESSMENTS } from "./third-party.repository";

/** The input block each scheme's result comes in. */
const BLOCK_OF: Readonly<Record<ThirdPartyScheme, keyof ThirdPartyAssessmentInput>> = {
  [ThirdPartyScheme.RBA_VAP]: "rbaVap",
  [ThirdPartyScheme.AMFORI_BSCI]: "amforiBsci",
  [ThirdPartyScheme.ECOVADIS]: "ecoVadis",
  [ThirdPartyScheme.SSI]: "ssi",
  [ThirdPartyScheme.SMETA]: "smeta",
};

/** Each key at most once in a list: "sections[2].section: RBA section LABOR given twice". */
function duplicates<T>(
  items: readonly T[] | undefined,
  keyOf: (item: T) => string | number,
  path: string,
  field: string,
): FieldProblem[] {
  const seen = new Set<string | number>();
  const problems: FieldProblem[] = [];
  (items ?? []).forEach((item, index) => {
    const key = keyOf(item);
    if (seen.has(key))
      problems.push({ path: `${path}.${index}.${field}`, message: `${key} is given twice` });
    seen.add(key);
  });
  return problems;
}

/** The scheme's block as the stored result, after the rules class-validator cannot state. */
function resultOf(
  input: ThirdPartyAssessmentInput,
  problems: FieldProblem[],
): ThirdPartyResult | null {
  const wanted = BLOCK_OF[input.scheme];
  for (const block of Object.values(BLOCK_OF)) {
    if (block !== wanted && input[block] != null)
      problems.push({
        path: `input.${block}`,
        message: `is not for scheme ${input.scheme}: leave it out`,
      });
  }
  if (input[wanted] == null) {
    problems.push({ path: `input.${wanted}`, message: `is required for scheme ${input.scheme}` });
    return null;
  }
  switch (input.scheme) {
    case ThirdPartyScheme.RBA_VAP: {
      const block = input.rbaVap!;
      problems.push(
        ...duplicates(block.sections, (s) => s.section, "input.rbaVap.sections", "section"),
      );
      const sections: Partial<Record<RbaSection, number>> = {};
      for (const s of block.sections ?? []) sections[s.section] = s.score;
      return { scheme: input.scheme, score: block.score, sections };
    }
    case ThirdPartyScheme.AMFORI_BSCI: {
      const block = input.amforiBsci!;
      problems.push(
        ...duplicates(
          block.performanceAreas,
          (p) => p.number,
          "input.amforiBsci.performanceAreas",
          "number",
        ),
      );
      const performanceAreas: Record<number, typeof block.overallGrade> = {};
      for (const p of block.performanceAreas ?? []) performanceAreas[p.number] = p.grade;
      return { scheme: input.scheme, overallGrade: block.overallGrade, performanceAreas };
    }
    case ThirdPartyScheme.ECOVADIS: {
      const block = input.ecoVadis!;
      problems.push(...duplicates(block.themes, (t) => t.theme, "input.ecoVadis.themes", "theme"));
      const themes: Record<string, number> = {};
      for (const t of block.themes ?? []) themes[t.theme] = t.score;
      return { scheme: input.scheme, score: block.score, medal: block.medal ?? null, themes };
    }
    case ThirdPartyScheme.SSI: {
      const block = input.ssi!;
      return {
        scheme: input.scheme,
        levels: {
          [SsiDimension.GOVERNANCE_AND_BUSINESS_ETHICS]: block.governanceAndBusinessEthics,
          [SsiDimension.ENVIRONMENT]: block.environment,
          [SsiDimension.HUMAN_AND_LABOUR_RIGHTS]: block.humanAndLabourRights,
        },
      };
    }
    case ThirdPartyScheme.SMETA: {
      const block = input.smeta!;
      if (block.pillars.length === 0)
        problems.push({
          path: "input.smeta.pillars",
          message: "must name the pillars the audit covered",
        });
      problems.push(...duplicates(block.pillars, (p) => p.pillar, "input.smeta.pillars", "pillar"));
      const pillars: Record<string, { critical: number; major: number; minor: number }> = {};
      for (const p of block.pillars)
        pillars[p.pillar] = { critical: p.critical, major: p.major, minor: p.minor };
      return { scheme: input.scheme, pillars };
    }
  }
}

interface ValidatedAssessment {
  scheme: ThirdPartyScheme;
  assessedAt: Date;
  validUntil: Date;
  reference: string | null;
  assessor: string | null;
  result: ThirdPartyResult;
}

function validate(input: ThirdPartyAssessmentInput, now: Date): ValidatedAssessment {
  const problems: FieldProblem[] = [];
  if (input.assessedAt.getTime() > now.getTime())
    problems.push({ path: "input.assessedAt", message: "must not be in the future" });
  const result = resultOf(input, problems);
  if (problems.length > 0 || !result) throw badInput(problems);
  return {
    scheme: input.scheme,
    assessedAt: input.assessedAt,
    validUntil: thirdPartyValidUntil(result, input.assessedAt),
    reference: trimToNull(input.reference),
    assessor: trimToNull(input.assessor),
    result,
  };
}

/** The mapped area scores of a stored result, in the order of the nine areas. */
export function areaScoresOf(
  assessment: ThirdPartyAssessment,
): Array<MappedAreaScore & { area: EsgArea }> {
  const mapped = thirdPartyAreaScores(assessment.result);
  return Object.values(EsgArea).flatMap((area) => {
    const score = mapped.get(area);
    return score ? [{ area, ...score }] : [];
  });
}

/**
 * Takes over a scheme's result from its report (issue 19). It is a score source from now on,
 * below an own audit and above a self-assessment, for the scheme's own period. One result per
 * supplier, scheme and day: a second one is a CONFLICT (withdraw the wrong one first).
 */
export async function importThirdPartyAssessment(
  ctx: RequestContext,
  supplierId: string,
  input: ThirdPartyAssessmentInput,
): Promise<ThirdPartyAssessment> {
  const viewer = requireRole(ctx, ...THIRD_PARTY_PERMISSIONS.importThirdPartyAssessment);
  return inTransaction(ctx, async (tx) => {
    const values = validate(input, tx.now);
    const supplier = await lockSupplier(tx, supplierId);
    if (supplier.archived)
      throw stateConflict(`Supplier ${supplierId} is archived; it takes no new assessments`);
    await assertRoomForAssessment(tx, supplierId);
    const reportDocumentId = await linkableDocument(
      tx,
      input.reportDocumentId,
      supplierId,
      "input.reportDocumentId",
    );
    const [same] = (await tx.manager.query(
      `SELECT id FROM third_party_assessment
       WHERE supplier_id = $1 AND scheme = $2 AND assessed_at = $3 AND withdrawn_at IS NULL`,
      [supplierId, values.scheme, values.assessedAt],
    )) as { id: string }[];
    if (same)
      throw stateConflict(
        `A ${values.scheme} result of ${values.assessedAt.toISOString().slice(0, 10)} is ` +
          `already recorded for this supplier (${same.id}); withdraw it to correct it`,
      );
    const assessment = await create(
      tx,
      THIRD_PARTY_ASSESSMENTS,
      {
        supplierId,
        ...values,
        reportDocumentId,
        importedById: viewer.userId,
        importedAt: tx.now,
        withdrawnAt: null,
        withdrawnById: null,
        withdrawReason: null,
      },
      {
        action: "third_party_assessment.imported",
        alsoWrite: async (id) => {
          await attachEvidence(
            tx,
            { kind: AttachmentKind.THIRD_PARTY_ASSESSMENT, subjectId: id, supplierId },
            [{ documentId: reportDocumentId }],
          );
        },
      },
    );
    tx.touchSupplier(supplierId, "THIRD_PARTY_ASSESSMENT_CHANGED");
    return assessment;
  });
}

/** A wrongly entered result stops counting at once; the record and its reason stay. */
export async function withdrawThirdPartyAssessment(
  ctx: RequestContext,
  id: string,
  reason: string,
): Promise<ThirdPartyAssessment> {
  const viewer = requireRole(ctx, ...THIRD_PARTY_PERMISSIONS.withdrawThirdPartyAssessment);
  const why = reasonOfAtLeast(reason, WITHDRAW_REASON_MIN_LENGTH);
  if (why.length > WITHDRAW_REASON_MAX_LENGTH)
    throw badInput([
      { path: "reason", message: `must be at most ${WITHDRAW_REASON_MAX_LENGTH} characters` },
    ]);
  return inTransaction(ctx, async (tx) => {
    const found = await lockOrNotFound(tx, THIRD_PARTY_ASSESSMENTS, id);
    await lockSupplier(tx, found.supplierId);
    const withdrawn = await change(tx, THIRD_PARTY_ASSESSMENTS, id, {
      action: "third_party_assessment.withdrawn",
      check: (before) => {
        if (before.withdrawnAt)
          throw stateConflict(
            `${THIRD_PARTY_ASSESSMENT} ${id} was already withdrawn on ${before.withdrawnAt.toISOString()}`,
          );
      },
      set: { withdrawnAt: tx.now, withdrawnById: viewer.userId, withdrawReason: why },
    });
    tx.touchSupplier(found.supplierId, "THIRD_PARTY_ASSESSMENT_CHANGED");
    return withdrawn;
  });
}
