import { registerDecorator, type ValidationOptions } from "class-validator";
import { casProblem } from "./cas";

/**
 * A CAS number with a correct check digit (cas.ts). On an input class, a bad one is
 * BAD_USER_INPUT on the field's path (`input.entries.0.cas`), as every class-validator rule.
 */
export function IsCasNumber(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: "isCasNumber",
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === "string" && casProblem(value) === null,
        defaultMessage: (args) =>
          typeof args?.value === "string"
            ? (casProblem(args.value) ?? "must be a CAS number")
            : "must be a CAS number",
      },
    });
  };
}
