import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { EvidenceInput } from "../evidence/evidence";
import { User } from "../identity/user.entity";
import { Basis } from "../../shared/domain/sustainability.enums";
import {
  isVerificationValid,
  SUSTAINABILITY_ATTRIBUTES,
  verificationValidUntil,
  type SustainabilityValues,
} from "../scoring/effective-sustainability";
import { Supplier } from "./supplier.entity";
import { SustainabilityInput } from "./supplier.inputs";
import { SustainabilityVerification } from "./sustainability-verification.entity";
import { Sustainability } from "./sustainability.types";
import { effectiveSustainabilityOf, verifySustainability } from "./sustainability.service";
import { SUPPLIER_PERMISSIONS } from "./supplier.permissions";

function asType(
  values: SustainabilityValues,
  basisOf: (attribute: keyof SustainabilityValues) => Basis,
): Sustainability {
  return {
    renewableElectricityShare: values.renewableElectricityShare,
    thirdPartyVerifiedMaterialShare: values.thirdPartyVerifiedMaterialShare,
    recycledContentShare: values.recycledContentShare,
    traceability: values.traceability,
    sourcesFromProtectedArea: values.sourcesFromProtectedArea,
    basis: SUSTAINABILITY_ATTRIBUTES.map((attribute) => ({ attribute, basis: basisOf(attribute) })),
  };
}

@Resolver(() => Supplier)
export class SupplierSustainabilityResolver {
  @Authorized(...SUPPLIER_PERMISSIONS.verifySustainability)
  @Mutation(() => Supplier, {
    description: "States checked values with evidence; valid 24 months (SPEC 11)",
  })
  verifySustainability(
    @Ctx() ctx: RequestContext,
    @Arg("supplierId", () => ID) supplierId: string,
    @Arg("input", () => SustainabilityInput) input: SustainabilityInput,
    @Arg("evidence", () => [EvidenceInput]) evidence: EvidenceInput[],
    @Arg("note", () => String, { nullable: true }) note?: string,
  ) {
    return verifySustainability(ctx, supplierId, input, evidence, note);
  }

  @FieldResolver(() => Sustainability, {
    description:
      "Effective values: verified while valid, else self-declared discounted (shares x 0.5, traceability one level lower)",
  })
  async sustainability(@Root() supplier: Supplier, @Ctx() ctx: RequestContext) {
    const effective = await effectiveSustainabilityOf(ctx, supplier);
    return asType(effective, (attribute) => effective.basis[attribute]);
  }

  @FieldResolver(() => Sustainability, {
    nullable: true,
    description: "What the supplier declared, as it said it; null when it never declared",
  })
  declaredSustainability(@Root() supplier: Supplier) {
    if (!supplier.sustainabilityDeclaredAt) return null;
    return asType(supplier.declared, () => Basis.DECLARED);
  }

  @FieldResolver(() => Sustainability, {
    nullable: true,
    description: "The latest verification, valid or lapsed (see sustainabilityVerifiedUntil)",
  })
  async verifiedSustainability(@Root() supplier: Supplier, @Ctx() ctx: RequestContext) {
    const latest = await ctx.loaders.latestVerification.load(supplier.id);
    return latest ? asType(latest, () => Basis.VERIFIED) : null;
  }

  @FieldResolver(() => Date, { nullable: true })
  async sustainabilityVerifiedAt(@Root() supplier: Supplier, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.latestVerification.load(supplier.id))?.verifiedAt ?? null;
  }

  @FieldResolver(() => Date, { nullable: true, description: "After this the verification lapses" })
  async sustainabilityVerifiedUntil(@Root() supplier: Supplier, @Ctx() ctx: RequestContext) {
    const latest = await ctx.loaders.latestVerification.load(supplier.id);
    return latest ? verificationValidUntil(latest.verifiedAt) : null;
  }

  @FieldResolver(() => Boolean, { description: "A verification is in force now" })
  async sustainabilityVerified(@Root() supplier: Supplier, @Ctx() ctx: RequestContext) {
    const latest = await ctx.loaders.latestVerification.load(supplier.id);
    return latest ? isVerificationValid(latest.verifiedAt, ctx.clock.now()) : false;
  }

  @FieldResolver(() => [SustainabilityVerification], {
    description: "Verifications, newest first (at most 50)",
  })
  sustainabilityVerifications(@Root() supplier: Supplier, @Ctx() ctx: RequestContext) {
    return ctx.loaders.verificationHistory.load(supplier.id);
  }
}

@Resolver(() => SustainabilityVerification)
export class SustainabilityVerificationResolver {
  @FieldResolver(() => User)
  verifiedBy(@Root() verification: SustainabilityVerification, @Ctx() ctx: RequestContext) {
    return ctx.loaders.user.load(verification.verifiedById);
  }

  @FieldResolver(() => Date)
  validUntil(@Root() verification: SustainabilityVerification) {
    return verificationValidUntil(verification.verifiedAt);
  }
}
