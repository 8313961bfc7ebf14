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
import { ConnectionType, PageArgs } from "../../graphql/pagination";
import { MaterialCategory } from "./material-category.entity";
import { SupplierSite } from "./supplier-site.entity";
import { Supplier } from "./supplier.entity";
import {
  CreateMaterialCategoryInput,
  CreateSupplierInput,
  SupplierFilter,
  SupplierOrder,
  UpdateSupplierInput,
} from "./supplier.inputs";
import * as suppliers from "./supplier.service";
import { archiveSupplier, blockSupplier, unblockSupplier } from "./supplier-state.service";
import { SUPPLIER_PERMISSIONS } from "./supplier.permissions";

export const SupplierConnection = ConnectionType(Supplier, "Supplier");

@Resolver(() => Supplier)
export class SupplierResolver {
  @Authorized(...SUPPLIER_PERMISSIONS.supplier)
  @Query(() => Supplier, { nullable: true })
  supplier(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return suppliers.findSupplier(ctx, id);
  }

  @Authorized(...SUPPLIER_PERMISSIONS.suppliers)
  @Query(() => SupplierConnection)
  suppliers(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => SupplierFilter, { nullable: true }) filter?: SupplierFilter,
    @Arg("orderBy", () => SupplierOrder, { nullable: true, defaultValue: SupplierOrder.NAME })
    orderBy?: SupplierOrder,
  ) {
    return suppliers.listSuppliers(ctx, filter, page.first, page.after, orderBy);
  }

  @Authorized(...SUPPLIER_PERMISSIONS.materialCategories)
  @Query(() => [MaterialCategory])
  materialCategories(@Ctx() ctx: RequestContext) {
    return suppliers.listMaterialCategories(ctx);
  }

  @Authorized(...SUPPLIER_PERMISSIONS.createSupplier)
  @Mutation(() => Supplier)
  createSupplier(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateSupplierInput) input: CreateSupplierInput,
  ) {
    return suppliers.createSupplier(ctx, input);
  }

  @Authorized(...SUPPLIER_PERMISSIONS.updateSupplier)
  @Mutation(() => Supplier, {
    description:
      "Master data (name, legal name, registration number, country, categories): ADMIN, PROCUREMENT. Declared sustainability: the supplier, ADMIN",
  })
  updateSupplier(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => UpdateSupplierInput) input: UpdateSupplierInput,
  ) {
    return suppliers.updateSupplier(ctx, id, expectedVersion, input);
  }

  @Authorized(...SUPPLIER_PERMISSIONS.archiveSupplier)
  @Mutation(() => Supplier)
  archiveSupplier(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return archiveSupplier(ctx, id);
  }

  @Authorized(...SUPPLIER_PERMISSIONS.blockSupplier)
  @Mutation(() => Supplier, { description: "BLOCKED for procurement whatever the scores (SPEC 8)" })
  blockSupplier(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String) reason: string,
  ) {
    return blockSupplier(ctx, id, reason);
  }

  @Authorized(...SUPPLIER_PERMISSIONS.unblockSupplier)
  @Mutation(() => Supplier)
  unblockSupplier(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return unblockSupplier(ctx, id);
  }

  @Authorized(...SUPPLIER_PERMISSIONS.createMaterialCategory)
  @Mutation(() => MaterialCategory)
  createMaterialCategory(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateMaterialCategoryInput) input: CreateMaterialCategoryInput,
  ) {
    return suppliers.createMaterialCategory(ctx, input);
  }

  @FieldResolver(() => [SupplierSite])
  sites(@Root() supplier: Supplier, @Ctx() ctx: RequestContext) {
    return ctx.loaders.sitesBySupplier.load(supplier.id);
  }

  @FieldResolver(() => [MaterialCategory], { name: "materialCategories" })
  categoriesOf(@Root() supplier: Supplier, @Ctx() ctx: RequestContext) {
    return ctx.loaders.categoriesBySupplier.load(supplier.id);
  }
}
