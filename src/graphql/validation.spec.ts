import { MaxLength, MinLength, validate } from "class-validator";
// Imported for its effect on class-validator's rule lookups.
import "./validation";

class Named {
  @MaxLength(3)
  code!: string;

  label?: string;
}

class Derived extends Named {}

const problems = async (value: object) =>
  (await validate(value, { forbidUnknownValues: false })).map((error) => error.property);

describe("class-validator's rule lookups, kept between validations", () => {
  it("still judges each object, and a subclass by the rules it inherits", async () => {
    expect(await problems(Object.assign(new Named(), { code: "ABCD" }))).toEqual(["code"]);
    expect(await problems(Object.assign(new Named(), { code: "ABC" }))).toEqual([]);
    expect(await problems(Object.assign(new Derived(), { code: "ABCD" }))).toEqual(["code"]);
  });

  it("sees a rule added after a lookup was kept", async () => {
    const value = Object.assign(new Named(), { code: "AB", label: "x" });
    expect(await problems(value)).toEqual([]);
    MinLength(2)(Named.prototype, "label");
    expect(await problems(value)).toEqual(["label"]);
    expect(await problems(Object.assign(new Derived(), { code: "AB", label: "x" }))).toEqual([
      "label",
    ]);
  });
});
