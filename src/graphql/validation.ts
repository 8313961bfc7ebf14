import { getNamedType } from "graphql";
import { validate, type ValidationError, type ValidatorOptions } from "class-validator";
import type { ResolverData } from "type-graphql";
import { badInput, type FieldProblem } from "../shared/errors";
import { unsafeArgumentProblems } from "./argument-safety";

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
