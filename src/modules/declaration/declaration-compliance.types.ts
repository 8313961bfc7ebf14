import { Field, Float, ObjectType } from "type-graphql";
import type { Sentence } from "../../shared/i18n/sentences";
import { TargetKind } from "../substance/substance.enums";

@ObjectType({ description: "A substance over its list's limit, or a class A statement of no" })
export class ComplianceViolation {
  @Field(() => String, { nullable: true, description: "Null for a class A statement" })
  cas: string | null;

  @Field(() => String, { nullable: true })
  substanceName: string | null;

  @Field(() => String)
  list: string;

  @Field(() => String)
  listVersion: string;

  @Field(() => Float, { nullable: true, description: "Percent w/w, measured" })
  measuredPercent: number | null;

  @Field(() => Float, { nullable: true, description: "Percent w/w, the limit (or exemption)" })
  allowedPercent: number | null;

  @Field(() => String, { nullable: true, description: "Null for a per-article limit" })
  material: string | null;

  @Field(() => String, { description: "The violation in words" })
  message: string;

  /** `message` as data, for another reader's language (localizeCompliance). */
  sentence?: Sentence;
}

@ObjectType({
  description:
    "A substance over its list's limit, in ppm (compliance.violations also holds class A statements of no)",
})
export class SubstanceViolation {
  @Field(() => String)
  casNumber: string;

  @Field(() => String, { nullable: true })
  substanceName: string | null;

  @Field(() => String)
  listName: string;

  @Field(() => String)
  listVersion: string;

  @Field(() => String, { nullable: true, description: "Null for a per-article limit" })
  material: string | null;

  @Field(() => Float)
  measuredPpm: number;

  @Field(() => Float, { description: "The limit, or the claimed exemption's" })
  limitPpm: number;
}

@ObjectType({ description: "A restricted substance or list the evaluator could not judge" })
export class UnevaluatedCompliance {
  @Field(() => String, { nullable: true })
  cas: string | null;

  @Field(() => String)
  list: string;

  @Field(() => String)
  listVersion: string;

  @Field(() => String, { nullable: true })
  material: string | null;

  @Field(() => String)
  reason: string;

  /** `reason` as data, for another reader's language (localizeCompliance). */
  sentence?: Sentence;
}

@ObjectType({ description: "A company target substance (ELIMINATE / REDUCE) the part contains" })
export class TargetSubstancePresent {
  @Field(() => String)
  cas: string;

  @Field(() => String)
  name: string;

  @Field(() => TargetKind)
  kind: TargetKind;

  @Field(() => String)
  material: string;
}

@ObjectType({ description: "Computed from the declaration and the lists in force, never typed" })
export class DeclarationCompliance {
  @Field(() => Boolean, { description: "No violation" })
  compliant: boolean;

  @Field(() => Date, { description: "The instant the lists were taken at" })
  evaluatedAt: Date;

  @Field(() => [ComplianceViolation])
  violations: ComplianceViolation[];

  @Field(() => [UnevaluatedCompliance])
  unevaluated: UnevaluatedCompliance[];

  @Field(() => [TargetSubstancePresent])
  targetSubstances: TargetSubstancePresent[];
}
