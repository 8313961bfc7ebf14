import { aggregateOf } from "../../database/change";
import { MaterialDeclaration } from "./material-declaration.entity";

export const MATERIAL_DECLARATION = "MaterialDeclaration";

/** Versioned (every edit and step bumps it); the trail records own columns. */
export const MATERIAL_DECLARATIONS = aggregateOf(MaterialDeclaration, MATERIAL_DECLARATION, {
  versioned: true,
  omit: ["createdAt", "updatedAt", "supplier", "category"],
});
