import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { storedSentence } from "../../shared/i18n/sentences";
import { Evidence } from "../evidence/evidence";
import { ConnectionType, PageArgs } from "../../graphql/pagination";
import { MaterialCategory } from "../supplier/material-category.entity";
import { Supplier } from "../supplier/supplier.entity";
import { localizeCompliance, substanceViolations } from "./declaration-compliance";
import { DeclarationCompliance, SubstanceViolation } from "./declaration-compliance.types";
import { DeclarationStatus } from "./declaration.enums";
import { MaterialDeclarationInput, DeclarationContentInput } from "./declaration.inputs";
import { MAX_DECLARATIONS_PER_SUPPLIER_SHOWN } from "./declaration.limits";
import { DECLARATION_PERMISSIONS } from "./declaration.permissions";
import * as reads from "./declaration.queries";
import * as declarations from "./declaration.service";
import { importIpc1752a } from "./ipc1752a.service";
import { MaterialDeclaration } from "./material-declaration.entity";

export const MaterialDeclarationConnection = ConnectionType(
  MaterialDeclaration,
  "MaterialDeclaration",
);

@Resolver(() => MaterialDeclaration)
export class MaterialDeclarationResolver {
  @Authorized(...DECLARATION_PERMISSIONS.materialDeclarations)
  @Query(() => MaterialDeclarationConnection, {
    description: "Newest first; a supplier user sees its own supplier's only",
  })
  materialDeclarations(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("supplierId", () => ID, { nullable: true }) supplierId?: string,
    @Arg("status", () => DeclarationStatus, { nullable: true }) status?: DeclarationStatus,
  ) {
    return reads.listDeclarations(ctx, { supplierId, status }, page.first, page.after);
  }

  @Authorized(...DECLARATION_PERMISSIONS.materialDeclaration)
  @Query(() => MaterialDeclaration)
  materialDeclaration(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return reads.findDeclaration(ctx, id);
  }

  @Authorized(...DECLARATION_PERMISSIONS.createMaterialDeclaration)
  @Mutation(() => MaterialDeclaration, { description: "A DRAFT, class A or C" })
  createMaterialDeclaration(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => MaterialDeclarationInput) input: MaterialDeclarationInput,
  ) {
    return declarations.createMaterialDeclaration(ctx, input);
  }

  @Authorized(...DECLARATION_PERMISSIONS.updateMaterialDeclaration)
  @Mutation(() => MaterialDeclaration, {
    description: "DRAFT or REJECTED only; omitted fields are kept",
  })
  updateMaterialDeclaration(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => DeclarationContentInput) input: DeclarationContentInput,
    @Arg("expectedVersion", () => Int, {
      description: "The version read; a stale one is refused with CONFLICT",
    })
    expectedVersion: number,
  ) {
    return declarations.updateMaterialDeclaration(ctx, id, input, expectedVersion);
  }

  @Authorized(...DECLARATION_PERMISSIONS.submitMaterialDeclaration)
  @Mutation(() => MaterialDeclaration, { description: "DRAFT or REJECTED -> SUBMITTED" })
  submitMaterialDeclaration(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int, { nullable: true }) expectedVersion?: number,
  ) {
    return declarations.submitMaterialDeclaration(ctx, id, expectedVersion);
  }

  @Authorized(...DECLARATION_PERMISSIONS.reviewMaterialDeclaration)
  @Mutation(() => MaterialDeclaration, {
    description: "SUBMITTED -> ACCEPTED, or REJECTED with a reason; auditors and admins",
  })
  reviewMaterialDeclaration(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("accept", () => Boolean) accept: boolean,
    @Arg("reason", () => String, { nullable: true }) reason?: string,
  ) {
    return declarations.reviewMaterialDeclaration(ctx, id, accept, reason);
  }

  @Authorized(...DECLARATION_PERMISSIONS.importIpc1752a)
  @Mutation(() => MaterialDeclaration, {
    description:
      "An uploaded IPC-1752A XML file (class C/D) as a new DRAFT; problems name line and element",
  })
  importIpc1752a(
    @Ctx() ctx: RequestContext,
    @Arg("supplierId", () => ID) supplierId: string,
    @Arg("categoryId", () => ID) categoryId: string,
    @Arg("documentId", () => ID) documentId: string,
  ) {
    return importIpc1752a(ctx, supplierId, categoryId, documentId);
  }

  @FieldResolver(() => DeclarationCompliance, {
    description: "Computed from the lists in force at declaredAt (or now), never typed",
  })
  async compliance(@Root() declaration: MaterialDeclaration, @Ctx() ctx: RequestContext) {
    return localizeCompliance(await reads.complianceOfDeclaration(ctx, declaration), ctx.locale);
  }

  @FieldResolver(() => [Evidence], { description: "Test reports and other proof" })
  evidence(@Root() declaration: MaterialDeclaration, @Ctx() ctx: RequestContext): Evidence[] {
    // The import names the file it read in English when it stores the reference.
    return declaration.evidence.map((item) => ({
      ...item,
      title: storedSentence(item.title, ctx.locale, ["declaration.importedFileEvidence"]),
    }));
  }

  @FieldResolver(() => [SubstanceViolation], {
    description: "Each substance over its list's limit without a valid exemption, in ppm",
  })
  async violations(@Root() declaration: MaterialDeclaration, @Ctx() ctx: RequestContext) {
    return substanceViolations(await reads.complianceOfDeclaration(ctx, declaration));
  }

  @FieldResolver(() => Supplier)
  supplier(@Root() declaration: MaterialDeclaration, @Ctx() ctx: RequestContext) {
    return ctx.loaders.supplier.load(declaration.supplierId);
  }

  @FieldResolver(() => MaterialCategory)
  category(@Root() declaration: MaterialDeclaration, @Ctx() ctx: RequestContext) {
    return ctx.loaders.materialCategory.load(declaration.categoryId);
  }
}

@Resolver(() => Supplier)
export class SupplierMaterialDeclarationsResolver {
  @FieldResolver(() => [MaterialDeclaration], {
    description: `Newest first, at most ${MAX_DECLARATIONS_PER_SUPPLIER_SHOWN} (materialDeclarations pages all)`,
  })
  materialDeclarations(@Root() supplier: Supplier, @Ctx() ctx: RequestContext) {
    return reads.listSupplierDeclarations(ctx, supplier.id);
  }
}
