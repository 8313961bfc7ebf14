import type { RequestContext } from "../../graphql/context";
import { inTransaction } from "../../database/transaction";
import { aggregateOf, change } from "../../database/change";
import { badInput, notFound } from "../../shared/errors";
import { isUuid } from "../../shared/text";
import { requireRole } from "../identity/access";
import { MaterialCategory } from "./material-category.entity";
import type { UpdateMaterialCategoryInput } from "./material-category.inputs";
import { MATERIAL_CATEGORY_PERMISSIONS } from "./material-category.permissions";

export const MATERIAL_CATEGORY = "MaterialCategory";

const CATEGORIES = aggregateOf(MaterialCategory, MATERIAL_CATEGORY, {
  versioned: true,
  omit: ["createdAt"],
});

/** Renames a category; a stale `expectedVersion` answers CONFLICT (STALE_VERSION). */
export async function updateMaterialCategory(
  ctx: RequestContext,
  id: string,
  expectedVersion: number,
  input: UpdateMaterialCategoryInput,
): Promise<MaterialCategory> {
  requireRole(ctx, ...MATERIAL_CATEGORY_PERMISSIONS.updateMaterialCategory);
  if (!isUuid(id)) throw notFound(MATERIAL_CATEGORY, id);
  const name = input.name.trim();
  if (name.length < 2)
    throw badInput([{ path: "input.name", message: "must be 2 to 120 characters" }]);
  return inTransaction(ctx, (tx) =>
    change(tx, CATEGORIES, id, {
      action: "material_category.renamed",
      expectedVersion,
      check: (before) => {
        if (before.name === name) {
          throw badInput([{ path: "input.name", message: "is the current name" }]);
        }
      },
      set: { name },
      recorded: (before, after) => ({ before: { name: before.name }, after: { name: after.name } }),
    }),
  );
}
