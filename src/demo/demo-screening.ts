import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import type { RequestContext } from "../graphql/context";
import { uploadDocument } from "../modules/document/document.service";
import { parseCsv } from "../shared/csv";
import { addMonths } from "../shared/time";
import { importScreeningRecords } from "../modules/screening/screening-import.service";
import {
  approveScreeningRebuttal,
  recordScreeningRebuttal,
} from "../modules/screening/rebuttal.service";
import { ScreeningListKind } from "../modules/screening/screening.enums";
import { ScreeningHit } from "../modules/screening/screening-hit.entity";
import { addSupplyChainNode, createSupplyChainMap } from "../modules/supply-chain/map-edit.service";
import { SupplyChainMap } from "../modules/supply-chain/supply-chain-map.entity";
import { SupplyChainTier } from "../modules/supply-chain/tier.entity";
import { DEMO_UPLOAD_LIMITS } from "./demo-uploads";

/** Fictional parties only: no real company is named by the product. */
const RESTRICTED_ENTITIES = `name,aliases,country,source,listedOn
"Altiplano Mineral Traders S.A.","Altiplano Minerals Trading|AMT Brine",CL,Demo restricted-party list (fictional),2026-01-15
"Ostwind Silicon Smelting Co., Ltd.",Ostwind Smelting,CN,Demo restricted-party list (fictional),2025-11-03
"Highland Quartz Group Ltd.","Highland Quartz Mining|HQG",CN,Demo restricted-party list (fictional),2026-02-10
`;
const HIGH_RISK_REGIONS = `regionCode,name,aliases,source,listedOn
CN-XJ,Xinjiang,Xinjiang Uyghur Autonomous Region,Demo region list (UFLPA presumption),2022-06-21
`;

const sourceOf = (filename: string, text: string) => ({
  id: null,
  filename,
  sha256: createHash("sha256").update(text).digest("hex"),
});

/** A rebuttal's evidence document, as the admin would upload the registry extract. */
async function extract(admin: RequestContext): Promise<string> {
  const text =
    "Commercial registry extract (demo)\nIn a real rebuttal this is the registry's extract " +
    "showing the party's number, owners and address.\n";
  const document = await uploadDocument(admin, DEMO_UPLOAD_LIMITS, {
    filename: "registry-extract.txt",
    stream: Readable.from([Buffer.from(text, "utf8")]),
    fields: Promise.resolve({ title: "Commercial registry extract (demo)" }),
  });
  return document.id;
}

async function rebut(
  admin: RequestContext,
  supplierId: string,
  nodeName: string,
  reason: string,
): Promise<string | null> {
  const hit = await admin.dataSource.manager.findOneBy(ScreeningHit, { supplierId, nodeName });
  if (!hit) return null;
  const rebuttal = await recordScreeningRebuttal(admin, {
    hitId: hit.id,
    reason,
    evidence: [{ title: "Commercial registry extract (demo)", documentId: await extract(admin) }],
    expiresAt: addMonths(admin.clock.now(), 6),
  });
  return rebuttal.id;
}

/**
 * The screening lists and two hits. On Sunrise's polysilicon map (the supply-chain demo) the
 * quartz mine matches a listed party's alias; the admin's rebuttal (another company of a
 * similar name) was approved by procurement, so Sunrise is not blocked by it. Andes (already
 * BLOCKED for its protected area, so the demo rankings stay as they are) buys through a trader
 * that matches another alias; that rebuttal still waits for a second person (four-eyes).
 */
export async function seedScreeningDemo(
  admin: RequestContext,
  buyer: RequestContext,
  suppliers: Record<string, string>,
  categories: Map<string, string>,
): Promise<void> {
  await importScreeningRecords(
    admin,
    ScreeningListKind.RESTRICTED_ENTITY,
    sourceOf("demo-restricted-entities.csv", RESTRICTED_ENTITIES),
    parseCsv(RESTRICTED_ENTITIES),
    false,
  );
  await importScreeningRecords(
    admin,
    ScreeningListKind.HIGH_RISK_REGION,
    sourceOf("demo-high-risk-regions.csv", HIGH_RISK_REGIONS),
    parseCsv(HIGH_RISK_REGIONS),
    false,
  );
  if (suppliers.sunrise) {
    const approved = await rebut(
      admin,
      suppliers.sunrise,
      "Highland Quartz Mining Co.",
      "Not the listed group: the mine's registry number, owners and address differ from the listed party's",
    );
    if (approved) await approveScreeningRebuttal(buyer, approved, "Registry extract checked");
  }
  const supplierId = suppliers.andes;
  const categoryId = categories.get("LITHIUM");
  if (!supplierId || !categoryId) return;
  // The supply-chain demo's map when it drew one, else a map of its own.
  const map =
    (await admin.dataSource.manager.findOneBy(SupplyChainMap, { supplierId, categoryId })) ??
    (await createSupplyChainMap(admin, supplierId, categoryId));
  const mine = await admin.dataSource.manager.findOneByOrFail(SupplyChainTier, {
    tierSetId: map.tierSetId,
    position: 1,
  });
  await addSupplyChainNode(admin, map.id, map.version, {
    tierId: mine.id,
    name: "Altiplano Minerals Trading",
    country: "CL",
    region: "CL-AN",
  });
  await rebut(
    admin,
    supplierId,
    "Altiplano Minerals Trading",
    "Different legal entity: the trader's registry number and address differ from the listed party's",
  );
}
