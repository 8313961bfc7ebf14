import "reflect-metadata";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { printAppSchema } from "../src/app/emit-schema";

printAppSchema()
  .then((sdl) => {
    const file = path.join(__dirname, "..", "schema", "schema.graphql");
    writeFileSync(file, sdl);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
