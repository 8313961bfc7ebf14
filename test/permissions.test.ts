import type { GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";
import { buildAppSchema, RESOLVERS } from "../src/app/schema";
import {
  SUPPLIER_FIELD_OWNERS,
  SUPPLIER_PERMISSIONS,
} from "../src/modules/supplier/supplier.permissions";
import { isPublic, type Roles } from "../src/shared/permissions";
import { FIELD_PERMISSIONS, OPERATION_PERMISSIONS } from "./authorization/permissions";

/**
 * The permission tables (`src/modules/<module>/<module>.permissions.ts`) are the one source of
 * who may do what: the `@Authorized` roles on the resolvers must be exactly the table's, as
 * type-graphql applies them when it builds the schema.
 */
const sorted = (roles: readonly unknown[] | undefined) =>
  roles === undefined ? undefined : [...roles].map(String).sort();

/** What the resolvers declare: `@Authorized` roles (undefined: none) by `Type.field`. */
function declaredRoles(schema: GraphQLSchema): Map<string, readonly unknown[] | undefined> {
  const storage = getMetadataStorage();
  const ours = new Set<Function>(RESOLVERS);
  const declared = new Map<string, readonly unknown[] | undefined>();
  for (const [type, defs] of [
    ["Query", storage.queries],
    ["Mutation", storage.mutations],
  ] as const) {
    for (const def of defs.filter((d) => ours.has(d.target))) {
      declared.set(`${type}.${def.schemaName}`, def.roles);
    }
  }
  // Object type fields, with the roles of their field resolvers copied in by the build.
  for (const objectType of storage.objectTypes) {
    if (!schema.getType(objectType.name)) continue;
    for (const field of objectType.fields ?? []) {
      if (field.roles !== undefined) declared.set(`${objectType.name}.${field.name}`, field.roles);
    }
  }
  return declared;
}

describe("permission tables: the resolvers' @Authorized roles come from them", () => {
  let schema: GraphQLSchema;
  let declared: Map<string, readonly unknown[] | undefined>;

  beforeAll(async () => {
    schema = await buildAppSchema();
    declared = declaredRoles(schema);
  });

  const operationsOf = (s: GraphQLSchema) =>
    [
      ...Object.keys(s.getQueryType()!.getFields()),
      ...Object.keys(s.getMutationType()!.getFields()),
    ].sort();

  it("has one rule per schema operation, and no rule for an operation the schema lacks", () => {
    expect(Object.keys(OPERATION_PERMISSIONS).sort()).toEqual(operationsOf(schema));
  });

  it("reads every operation's roles from the resolvers (the check reads what it should)", () => {
    const read = [...declared.keys()]
      .filter((key) => key.startsWith("Query.") || key.startsWith("Mutation."))
      .map((key) => key.slice(key.indexOf(".") + 1))
      .sort();
    expect(read).toEqual(operationsOf(schema));
  });

  it("every operation's @Authorized roles are its table entry (none for a PUBLIC one)", () => {
    const mismatches = [...declared.entries()]
      .filter(([key]) => key.startsWith("Query.") || key.startsWith("Mutation."))
      .flatMap(([key, roles]) => {
        const name = key.slice(key.indexOf(".") + 1);
        const rule: Roles | undefined = OPERATION_PERMISSIONS[name];
        if (rule === undefined) return [`${key}: no rule`];
        const expected = isPublic(rule) ? undefined : sorted(rule);
        const actual = sorted(roles);
        return JSON.stringify(actual) === JSON.stringify(expected)
          ? []
          : [`${key}: @Authorized ${JSON.stringify(actual)}, table ${JSON.stringify(expected)}`];
      });
    expect(mismatches).toEqual([]);
  });

  it("every field-level @Authorized is a field rule in a table, with the same roles", () => {
    const fieldRules = [...declared.entries()]
      .filter(([key]) => !key.startsWith("Query.") && !key.startsWith("Mutation."))
      .map(([key, roles]) => [key, sorted(roles)]);
    const tables = Object.entries(FIELD_PERMISSIONS).map(([key, roles]) => [key, sorted(roles)]);
    expect(Object.fromEntries(fieldRules)).toEqual(Object.fromEntries(tables));
  });

  it("updateSupplier's field owners are roles that may call updateSupplier", () => {
    for (const owners of Object.values(SUPPLIER_FIELD_OWNERS)) {
      expect(SUPPLIER_PERMISSIONS.updateSupplier).toEqual(
        expect.arrayContaining([...owners.roles]),
      );
    }
  });
});
