import { getNamedType } from "graphql";
import {
  getMetadataStorage,
  validate,
  type ValidationError,
  type ValidatorOptions,
} from "class-validator";
import type { ResolverData } from "type-graphql";
import { badInput, type FieldProblem } from "../shared/errors";
import { unsafeArgumentProblems } from "./argument-safety";

type Storage = ReturnType<typeof getMetadataStorage>;
type Rules = ReturnType<Storage["getTargetValidationMetadatas"]>;

/**
 * class-validator looks a class's rules up again for every object it validates, scanning every
 * class that has rules for the ones it inherits from: a tenth of the CPU of validating 40 item
 * results. The rules are fixed once the decorators have run, so each class's lookup is kept (for
 * the options this module validates with) and all are dropped when a rule is added.
 */
function keepRuleLookups(storage: Storage): void {
  const lookUp = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const addRule = storage.addValidationMetadata.bind(storage);
  let found = new WeakMap<object, Rules>();
  let grouped = new WeakMap<Rules, ReturnType<Storage["groupByPropertyName"]>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    if (schema || always || strictGroups || groups?.length)
      return lookUp(target, schema, always, strictGroups, groups);
    let rules = found.get(target);
    if (!rules) found.set(target, (rules = lookUp(target, schema, always, strictGroups, groups)));
    return rules;
  };
  storage.groupByPropertyName = (rules) => {
    let byProperty = grouped.get(rules);
    if (!byProperty) grouped.set(rules, (byProperty = group(rules)));
    return byProperty;
  };
  storage.addValidationMetadata = (rule) => {
    found = new WeakMap();
    grouped = new WeakMap();
    addRule(rule);
  };
}
keepRuleLookups(getMetadataStorage());

const OPTIONS: ValidatorOptions = {
  forbidUnknownValues: false,
  // GraphQL already enforces presence of non-null fields; null/undefined optional ones are skipped.
  skipMissingProperties: true,
};

export function flattenValidationErrors(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      path,
      // class-validator starts messages with the property name; the path already says it.
      message: message.startsWith(`${error.property} `)
        ? message.slice(error.property.length + 1)
        : message,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}

/** The argument's name, found by its input type, so paths read `input.sites.0.country`. */
function argumentName(argType: unknown, data: ResolverData | undefined): string {
  const typeName = (argType as { name?: string } | undefined)?.name;
  const field = data?.info.parentType.getFields()[data.info.fieldName];
  const matches = field?.args.filter((arg) => getNamedType(arg.type).name === typeName) ?? [];
  return matches.length === 1 ? matches[0].name : "";
}

/** type-graphql's validateFn: class-validator, errors as BAD_USER_INPUT with field paths. */
export async function validateArgument(
  argValue: unknown,
  argType: unknown,
  data?: ResolverData,
): Promise<void> {
  const unsafe = unsafeArgumentProblems(data);
  if (unsafe.length > 0) throw badInput(unsafe, "Invalid input");
  if (argValue === null || typeof argValue !== "object") return;
  const name = argumentName(argType, data);
  const problems: FieldProblem[] = [];
  if (Array.isArray(argValue)) {
    for (const [index, item] of argValue.entries()) {
      if (item !== null && typeof item === "object") {
        problems.push(
          ...flattenValidationErrors(await validate(item, OPTIONS), `${name}.${index}`),
        );
      }
    }
  } else {
    problems.push(...flattenValidationErrors(await validate(argValue, OPTIONS), name));
  }
  if (problems.length > 0) throw badInput(problems, "Invalid input");
}
