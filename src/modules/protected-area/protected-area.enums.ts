import { registerEnumType } from "type-graphql";

/** How an area's extent is given: polygons (rings of lon/lat), or a point with a radius. */
export enum AreaShape {
  POLYGON = "POLYGON",
  POINT = "POINT",
}

/** The file a list version was read from. */
export enum AreaFileFormat {
  GEOJSON = "GEOJSON",
  CSV = "CSV",
}

/** What a flag is about: a supplier's site, or a node of a supply-chain map. */
export enum FlagTarget {
  SITE = "SITE",
  NODE = "NODE",
}

/**
 * OPEN blocks the supplier; CLEARED: an auditor or admin recorded evidence that it does not
 * source from the area; WITHDRAWN: a later check no longer finds the point in or near the area
 * (its coordinates changed, or the area left the list).
 */
export enum FlagState {
  OPEN = "OPEN",
  CLEARED = "CLEARED",
  WITHDRAWN = "WITHDRAWN",
}

registerEnumType(AreaShape, { name: "ProtectedAreaShape" });
registerEnumType(AreaFileFormat, { name: "ProtectedAreaFileFormat" });
registerEnumType(FlagTarget, { name: "ProtectedAreaFlagTarget" });
registerEnumType(FlagState, { name: "ProtectedAreaFlagState" });
