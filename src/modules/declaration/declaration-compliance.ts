import type { EntityManager } from "typeorm";
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
      unevaluated.push({
        cas: null,
        list: rules.list,
        listVersion: rules.listVersion,
        material: null,
        reason: "the list applies to the category and the declaration has no statement for it",
      });
      continue;
    }
    if (!statement.compliant) {
      violations.push({
        ...base,
        message: `The supplier declares the part not compliant with ${rules.list} ${rules.listVersion}`,
      });
      continue;
    }
    for (const code of statement.exemptions) {
      const known = rules.exemptions.filter((e) => e.code === code);
      if (known.length === 0) {
        violations.push({
          ...base,
          message: `Compliance with ${rules.list} rests on exemption ${code}, which is not one of the list's`,
        });
      } else if (
        !known.some((e) => e.validFrom <= day && (e.expiresAt === null || day <= e.expiresAt))
      ) {
        const expired = known.map((e) => e.expiresAt).filter((d): d is string => d !== null);
        violations.push({
          ...base,
          message:
            `Compliance with ${rules.list} rests on exemption ${code}, ` +
            (expired.length > 0 && expired.every((d) => d < day)
              ? `which expired on ${expired.sort().at(-1)}`
              : `which is not valid on ${day}`),
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
      message:
        `${v.substanceName} (${v.casNumbers.join(", ")}) at ${percent(v.measuredPercent)} ` +
        `${v.material ? `in ${v.material}` : "of the article"}, over ${v.list} ` +
        `${v.listVersion}'s ${percent(v.allowedPercent)}`,
    }));
    unevaluated = result.unevaluated;
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
