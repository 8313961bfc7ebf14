import { createHash } from "node:crypto";
import type { RequestContext } from "../graphql/context";
import { inTransaction } from "../database/transaction";
import { readGeoJson } from "../modules/protected-area/area-file";
import { storeAreaVersion } from "../modules/protected-area/protected-area-import.service";
import { SupplierSite } from "../modules/supplier/supplier-site.entity";
import { Supplier } from "../modules/supplier/supplier.entity";
import { updateSupplier } from "../modules/supplier/supplier.service";

/** A made-up reserve on a made-up salt flat: no real area is named or drawn by the product. */
const DEMO_AREAS = JSON.stringify({
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      properties: {
        name: "Laguna Ceniza Flamingo Reserve (fictional)",
        designation: "National Reserve",
        country: "CL",
      },
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [-68.32, -23.58],
            [-68.18, -23.6],
            [-68.12, -23.48],
            [-68.22, -23.4],
            [-68.34, -23.46],
            [-68.32, -23.58],
          ],
        ],
      },
    },
  ],
});

/**
 * The demo's protected-area list and one flag: Andes' salar operation (already BLOCKED for its
 * declared protected-area sourcing, so the demo rankings stay as they are) gets coordinates
 * inside the fictional reserve, and the check flags the site, waiting for an auditor.
 */
export async function seedProtectedAreaDemo(
  admin: RequestContext,
  suppliers: Record<string, string>,
): Promise<void> {
  await inTransaction(admin, (tx) =>
    storeAreaVersion(
      tx,
      "Demo protected areas (fictional)",
      {
        id: null,
        filename: "demo-protected-areas.geojson",
        sha256: createHash("sha256").update(DEMO_AREAS).digest("hex"),
      },
      readGeoJson(DEMO_AREAS),
    ),
  );
  const supplierId = suppliers.andes;
  if (!supplierId) return;
  const manager = admin.dataSource.manager;
  const supplier = await manager.findOneByOrFail(Supplier, { id: supplierId });
  const sites = await manager.findBy(SupplierSite, { supplierId });
  await updateSupplier(admin, supplierId, supplier.version, {
    sites: sites.map((site) => ({
      id: site.id,
      name: site.name,
      country: site.country,
      address: site.address ?? undefined,
      ...(site.name === "Salar operation" ? { latitude: -23.5, longitude: -68.23 } : {}),
    })),
  });
}
