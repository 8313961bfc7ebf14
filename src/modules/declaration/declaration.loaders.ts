import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { byId, groupBy } from "../../graphql/batch";
import { MAX_DECLARATIONS_PER_SUPPLIER_SHOWN } from "./declaration.limits";
import { loadListRules } from "../substance/compliance-rules";
import type { ListRules } from "../substance/compliance";
import { loadTargets, type TargetRule } from "./declaration-compliance";
import { MaterialDeclaration } from "./material-declaration.entity";

/** `listRulesAt`'s key: a category and an instant. */
export const rulesKey = (categoryId: string, at: Date) => `${categoryId}|${at.toISOString()}`;

export function declarationLoaders(dataSource: DataSource) {
  const manager = dataSource.manager;
  return {
    /** The lists in force per category and instant: a page of declarations shares them. */
    listRulesAt: new DataLoader<string, ListRules[]>((keys) =>
      Promise.all(
        keys.map((key) => {
          const [categoryId, at] = key.split("|");
          return loadListRules(manager, categoryId, new Date(at));
        }),
      ),
    ),
    /** The company's targets (one key): read once per request. */
    targetRules: new DataLoader<"all", TargetRule[]>(async (keys) => {
      const targets = await loadTargets(manager);
      return keys.map(() => targets);
    }),
    materialDeclaration: new DataLoader<string, MaterialDeclaration | null>(async (ids) =>
      byId(await manager.findBy(MaterialDeclaration, { id: In([...ids]) }), ids),
    ),
    /** Newest first, the first MAX_DECLARATIONS_PER_SUPPLIER_SHOWN of each supplier. */
    materialDeclarationsBySupplier: new DataLoader<string, MaterialDeclaration[]>(async (ids) => {
      const rows = (await manager.query(
        `SELECT id FROM (
           SELECT id, row_number() OVER (PARTITION BY supplier_id
                                         ORDER BY created_at DESC, id DESC) AS n
             FROM material_declaration WHERE supplier_id = ANY($1::uuid[])) d
          WHERE n <= $2`,
        [[...ids], MAX_DECLARATIONS_PER_SUPPLIER_SHOWN],
      )) as { id: string }[];
      const declarations =
        rows.length === 0
          ? []
          : await manager.find(MaterialDeclaration, {
              where: { id: In(rows.map((r) => r.id)) },
              order: { createdAt: "DESC", id: "DESC" },
            });
      return groupBy(declarations, ids, (d) => d.supplierId);
    }),
  };
}

declare module "../../graphql/context" {
  interface Loaders extends ReturnType<typeof declarationLoaders> {}
}
