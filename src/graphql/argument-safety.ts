import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
} from "graphql";
import type { ResolverData } from "type-graphql";
import type { FieldProblem } from "../shared/errors";
import { isUuid } from "../shared/text";

/** PostgreSQL text cannot hold U+0000; lone surrogates are not Unicode text either. */
const FORBIDDEN_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- U+0000 is exactly what must be refused.
  /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function problemsIn(value: unknown, type: GraphQLInputType, path: string): FieldProblem[] {
  if (value === null || value === undefined) return [];
  if (isNonNullType(type)) return problemsIn(value, type.ofType, path);
  if (isListType(type)) {
    return Array.isArray(value)
      ? value.flatMap((item, index) =>
          problemsIn(item, type.ofType as GraphQLInputType, `${path}.${index}`),
        )
      : [];
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    return Object.entries(value as Record<string, unknown>).flatMap(([name, item]) =>
      fields[name] ? problemsIn(item, fields[name].type, `${path}.${name}`) : [],
    );
  }
  if (typeof value !== "string") return [];
  if (getNamedType(type).name === "ID" && !isUuid(value))
    return [{ path, message: "must be an id (a UUID)" }];
  if (FORBIDDEN_CHARACTERS.test(value))
    return [
      { path, message: "contains a character that is not allowed (NUL or a lone surrogate)" },
    ];
  return [];
}

const checked = new WeakSet<object>();

/**
 * Every argument of the field being resolved, walked along its GraphQL input type: ids must be
 * UUIDs and text must be storable. Runs once per field resolution (type-graphql validates each
 * argument separately; the first call checks them all).
 */
export function unsafeArgumentProblems(data: ResolverData | undefined): FieldProblem[] {
  if (!data || checked.has(data.args)) return [];
  checked.add(data.args);
  const field = data.info.parentType.getFields()[data.info.fieldName];
  return (field?.args ?? []).flatMap((arg) =>
    problemsIn((data.args as Record<string, unknown>)[arg.name], arg.type, arg.name),
  );
}
