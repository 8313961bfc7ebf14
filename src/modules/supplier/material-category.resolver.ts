import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Resolver,
  Root,
} from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { MaterialCategory } from "./material-category.entity";
import { UpdateMaterialCategoryInput } from "./material-category.inputs";
import {
  MATERIAL_CATEGORY_FIELD_PERMISSIONS,
  MATERIAL_CATEGORY_PERMISSIONS,
} from "./material-category.permissions";
import { updateMaterialCategory } from "./material-category.service";

@Resolver(() => MaterialCategory)
export class MaterialCategoryResolver {
  @Authorized(...MATERIAL_CATEGORY_PERMISSIONS.updateMaterialCategory)
  @Mutation(() => MaterialCategory, { description: "Renames a category (its code stays)" })
  updateMaterialCategory(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => UpdateMaterialCategoryInput) input: UpdateMaterialCategoryInput,
  ) {
    return updateMaterialCategory(ctx, id, expectedVersion, input);
  }

  @Authorized(...MATERIAL_CATEGORY_FIELD_PERMISSIONS["MaterialCategory.supplierCount"])
  @FieldResolver(() => Int, { description: "Suppliers (not archived) that deliver it" })
  supplierCount(@Root() category: MaterialCategory, @Ctx() ctx: RequestContext) {
    return ctx.loaders.supplierCountByCategory.load(category.id);
  }
}
