import type { EntityManager } from "typeorm";
import type { Locale } from "../../shared/i18n/locale";
import {
  renderSentence,
  sentenceText,
  type Sentence,
  type SentenceKey,
} from "../../shared/i18n/sentences";
import {
  evaluateCompliance,
  isoDay,
  type DeclaredArticle,
  type ListRules,
} from "../substance/compliance";
import { loadListRules } from "../substance/compliance-rules";
import { TargetKind } from "../substance/substance.enums";
import { declaresMaterials, DeclarationClass } from "./declaration.enums";
import type {
  ComplianceViolation,
  DeclarationCompliance,
  SubstanceViolation,
  TargetSubstancePresent,
  UnevaluatedCompliance,
} from "./declaration-compliance.types";
import type { AcceptedCompliance, MaterialDeclaration } from "./material-declaration.entity";

/** A company target with the CAS numbers it covers (a group's members). */
export interface TargetRule {
  kind: TargetKind;
  name: string;
  cas: readonly string[];
}

type Declaration = Pick<
  MaterialDeclaration,
  "declarationClass" | "statements" | "materials" | "declaredAt"
>;

const percent = (value: number) => `${Number(value.toPrecision(6))} %`;

/** The sentence with its English text, the one kept at acceptance (acceptedSummary). */
function worded(sentence: Sentence): { message: string; sentence: Sentence } {
  return { message: renderSentence("en", sentence), sentence };
}

// The evaluator's reasons are fixed English texts: the catalog's keys for them.
const REASON_KEYS = new Map<string, SentenceKey>(
  (["compliance.noStatement", "compliance.noAmount", "compliance.articleMassNeeded"] as const).map(
    (key) => [sentenceText("en", key), key],
  ),
);

function reasoned(item: Omit<UnevaluatedCompliance, "sentence">): UnevaluatedCompliance {
  const key = REASON_KEYS.get(item.reason);
  return key ? { ...item, sentence: { key } } : item;
}

/** Class C: the materials as the evaluator reads them (mg to g). */
function articleOf(declaration: Declaration): DeclaredArticle {
  return {
    materials: declaration.materials.map((m) => ({
      name: m.name,
      massG: m.massMg === null ? null : m.massMg / 1000,
      exemptions: m.exemptions,
      substances: m.substances.map((s) => ({
        cas: s.cas,
        name: s.name,
        ppm: s.ppm,
        massG: s.massMg === null ? null : s.massMg / 1000,
      })),
    })),
  };
}

/**
 * Class A: a "no" statement violates its list; a "yes" resting on a claimed exemption that is
 * not the list's, or not valid on the day, violates it too (the claim is what makes it yes).
 * A list that applies without a statement is unevaluated.
 */
function judgeStatements(
  declaration: Declaration,
  lists: readonly ListRules[],
  day: string,
): { violations: ComplianceViolation[]; unevaluated: UnevaluatedCompliance[] } {
  const violations: ComplianceViolation[] = [];
  const unevaluated: UnevaluatedCompliance[] = [];
  for (const rules of lists) {
    const base = {
      cas: null,
      substanceName: null,
      list: rules.list,
      listVersion: rules.listVersion,
      measuredPercent: null,
      allowedPercent: null,
      material: null,
    };
    const statement = declaration.statements.find((s) => s.list === rules.list);
    if (!statement) {
      unevaluated.push(
        reasoned({
          cas: null,
          list: rules.list,
          listVersion: rules.listVersion,
          material: null,
          reason: sentenceText("en", "compliance.noStatement"),
        }),
      );
      continue;
    }
    if (!statement.compliant) {
      violations.push({
        ...base,
        ...worded({
          key: "compliance.declaredNotCompliant",
          values: { list: rules.list, version: rules.listVersion },
        }),
      });
      continue;
    }
    for (const code of statement.exemptions) {
      const known = rules.exemptions.filter((e) => e.code === code);
      if (known.length === 0) {
        violations.push({
          ...base,
          ...worded({ key: "compliance.exemptionNotOfList", values: { list: rules.list, code } }),
        });
      } else if (
        !known.some((e) => e.validFrom <= day && (e.expiresAt === null || day <= e.expiresAt))
      ) {
        const expired = known.map((e) => e.expiresAt).filter((d): d is string => d !== null);
        const lapsed = expired.length > 0 && expired.every((d) => d < day);
        violations.push({
          ...base,
          ...worded(
            lapsed
              ? {
                  key: "compliance.exemptionExpired",
                  values: { list: rules.list, code, day: expired.sort().at(-1)! },
                }
              : { key: "compliance.exemptionNotValid", values: { list: rules.list, code, day } },
          ),
        });
      }
    }
  }
  return { violations, unevaluated };
}

/** The target substances present (a positive or unstated amount) in a class C declaration. */
export function targetsPresent(
  declaration: Pick<Declaration, "materials">,
  targets: readonly TargetRule[],
): TargetSubstancePresent[] {
  const present: TargetSubstancePresent[] = [];
  for (const material of declaration.materials)
    for (const substance of material.substances) {
      if (substance.ppm === 0 || (substance.ppm === null && substance.massMg === 0)) continue;
      const target = targets.find((t) => t.cas.includes(substance.cas));
      if (target)
        present.push({
          cas: substance.cas,
          name: substance.name ?? target.name,
          kind: target.kind,
          material: material.name,
        });
    }
  return present;
}

/** Pure: the declaration against the lists in force and the company's targets, on `at`. */
export function judgeDeclaration(
  declaration: Declaration,
  lists: readonly ListRules[],
  targets: readonly TargetRule[],
  at: Date,
): DeclarationCompliance {
  const day = isoDay(at);
  let violations: ComplianceViolation[];
  let unevaluated: UnevaluatedCompliance[];
  if (declaration.declarationClass === DeclarationClass.A) {
    ({ violations, unevaluated } = judgeStatements(declaration, lists, day));
  } else {
    const result = evaluateCompliance(articleOf(declaration), lists, day);
    violations = result.violations.map((v) => ({
      cas: v.cas,
      substanceName: v.substanceName,
      list: v.list,
      listVersion: v.listVersion,
      measuredPercent: v.measuredPercent,
      allowedPercent: v.allowedPercent,
      material: v.material,
      ...worded({
        key: v.material ? "compliance.overLimitInMaterial" : "compliance.overLimitOfArticle",
        values: {
          substance: v.substanceName,
          casNumbers: v.casNumbers.join(", "),
          measured: percent(v.measuredPercent),
          material: v.material ?? "",
          list: v.list,
          version: v.listVersion,
          allowed: percent(v.allowedPercent),
        },
      }),
    }));
    unevaluated = result.unevaluated.map(reasoned);
  }
  return {
    compliant: violations.length === 0,
    evaluatedAt: at,
    violations,
    unevaluated,
    targetSubstances: declaresMaterials(declaration.declarationClass)
      ? targetsPresent(declaration, targets)
      : [],
  };
}

/**
 * The judgement's sentences in the reader's language (the English ones are the judgement's
 * own); a text without a sentence stays as it is.
 */
export function localizeCompliance(
  result: DeclarationCompliance,
  locale: Locale,
): DeclarationCompliance {
  if (locale === "en") return result;
  return {
    ...result,
    violations: result.violations.map((v) =>
      v.sentence ? { ...v, message: renderSentence(locale, v.sentence) } : v,
    ),
    unevaluated: result.unevaluated.map((u) =>
      u.sentence ? { ...u, reason: renderSentence(locale, u.sentence) } : u,
    ),
  };
}

/** The company's targets with the CAS numbers each covers; one statement. */
export async function loadTargets(manager: EntityManager): Promise<TargetRule[]> {
  const rows = (await manager.query(
    `SELECT t.kind, COALESCE(s.name, g.name) AS name,
            CASE WHEN s.cas IS NOT NULL THEN ARRAY[s.cas::text]
                 ELSE ARRAY(SELECT ms.cas::text FROM substance_group_member m
                   JOIN substance ms ON ms.id = m.substance_id
                  WHERE m.group_id = g.id AND ms.cas IS NOT NULL) END AS cas
       FROM substance_target t
       LEFT JOIN substance s ON s.id = t.substance_id
       LEFT JOIN substance_group g ON g.id = t.group_id
      ORDER BY t.kind, name`,
  )) as { kind: TargetKind; name: string; cas: string[] }[];
  return rows;
}

/** Loads what the judgement needs (the category's lists at the declaration's date) and judges. */
export async function complianceOf(
  manager: EntityManager,
  declaration: Declaration & Pick<MaterialDeclaration, "categoryId">,
  now: Date,
): Promise<DeclarationCompliance> {
  const at = declaration.declaredAt ?? now;
  const lists = await loadListRules(manager, declaration.categoryId, at);
  const targets = await loadTargets(manager);
  return judgeDeclaration(declaration, lists, targets, at);
}

/** What is kept at acceptance for procurement's status rule. */
export function acceptedSummary(result: DeclarationCompliance): AcceptedCompliance {
  return {
    compliant: result.compliant,
    violations: result.violations.map((v) => v.message),
    eliminate: [
      ...new Set(
        result.targetSubstances.filter((t) => t.kind === TargetKind.ELIMINATE).map((t) => t.name),
      ),
    ],
  };
}

/** 1 % w/w is 10 000 ppm; rounded so 0.1 % reads 1000, not 1000.0000000000001. */
const ppmOf = (percent: number): number => Math.round(percent * 1e4 * 1e6) / 1e6;

/** The violations that name a substance with its measured and allowed values, in ppm. */
export function substanceViolations(result: DeclarationCompliance): SubstanceViolation[] {
  return result.violations.flatMap((v) =>
    v.cas !== null && v.measuredPercent !== null && v.allowedPercent !== null
      ? [
          {
            casNumber: v.cas,
            substanceName: v.substanceName,
            listName: v.list,
            listVersion: v.listVersion,
            material: v.material,
            measuredPpm: ppmOf(v.measuredPercent),
            limitPpm: ppmOf(v.allowedPercent),
          },
        ]
      : [],
  );
}
