import { readFileSync } from "node:fs";
import path from "node:path";
import { printAppSchema } from "../src/app/emit-schema";

describe("schema/schema.graphql", () => {
  it("matches what the code builds (run `npm run schema:emit` after changing a type)", async () => {
    const committed = readFileSync(path.join(__dirname, "..", "schema", "schema.graphql"), "utf8");
    expect(committed).toBe(await printAppSchema());
  });
});
