import { Readable } from "node:stream";
import type { RequestContext } from "../graphql/context";
import { uploadDocument } from "../modules/document/document.service";
import { verifySupplyChainLink } from "../modules/supply-chain/link-verification.service";
import {
  addSupplyChainLink,
  addSupplyChainNode,
  createSupplyChainMap,
} from "../modules/supply-chain/map-edit.service";
import { CustodyModel, LinkEvidenceKind } from "../modules/supply-chain/supply-chain.enums";
import type { SupplyChainMap } from "../modules/supply-chain/supply-chain-map.entity";
import { SupplyChainNode } from "../modules/supply-chain/supply-chain-node.entity";
import { SupplyChainTier } from "../modules/supply-chain/tier.entity";
import { DEMO_UPLOAD_LIMITS } from "./demo-uploads";

interface DemoNode {
  key: string;
  tier: string;
  name: string;
  country: string;
  region?: string;
  latitude?: number;
  longitude?: number;
}

interface DemoLink {
  from: string;
  /** "root" for the supplier itself. */
  to: string;
  custody: CustodyModel;
  evidence: { kind: LinkEvidenceKind; reference: string }[];
  verified: boolean;
}

interface DemoMap {
  supplier: string;
  category: string;
  nodes: DemoNode[];
  links: DemoLink[];
}

/**
 * Fictional parties only (no real company is named by the product). Sunrise's polysilicon
 * chain: two metallurgical-silicon smelters, each with its quarry; the auditor checked the
 * Yunnan route end to end and the Norwegian smelter's deliveries, not yet its quarry: TIER1,
 * 1 of 2 paths verified to QUARTZITE (50 %). CellVolt's battery-cell chain: the cathode
 * material supplier verified, the rest declared to the mine: TIER1 on verified links.
 */
const MAPS: DemoMap[] = [
  {
    supplier: "sunrise",
    category: "POLYSILICON",
    nodes: [
      {
        key: "jade",
        tier: "METALLURGICAL_SILICON",
        name: "Jade River Silicon Metal Co.",
        country: "CN",
        region: "CN-YN",
        latitude: 25.04,
        longitude: 102.71,
      },
      {
        key: "highland",
        tier: "QUARTZITE",
        name: "Highland Quartz Mining Co.",
        country: "CN",
        region: "CN-YN",
        latitude: 25.45,
        longitude: 103.2,
      },
      {
        key: "nordkvarts",
        tier: "METALLURGICAL_SILICON",
        name: "Nordkvarts Silicon AS",
        country: "NO",
        region: "NO-18",
        latitude: 66.31,
        longitude: 14.14,
      },
      { key: "fjordstein", tier: "QUARTZITE", name: "Fjordstein Quarry AS", country: "NO" },
    ],
    links: [
      {
        from: "jade",
        to: "root",
        custody: CustodyModel.SEGREGATED,
        evidence: [
          { kind: LinkEvidenceKind.PURCHASE_ORDER, reference: "SR-PO-2026-0113" },
          { kind: LinkEvidenceKind.INVOICE, reference: "JR-INV-55821" },
        ],
        verified: true,
      },
      {
        from: "highland",
        to: "jade",
        custody: CustodyModel.IDENTITY_PRESERVED,
        evidence: [{ kind: LinkEvidenceKind.BILL_OF_LADING, reference: "HQ-BL-0091" }],
        verified: true,
      },
      {
        from: "nordkvarts",
        to: "root",
        custody: CustodyModel.MASS_BALANCE,
        evidence: [{ kind: LinkEvidenceKind.BILL_OF_LADING, reference: "NK-BL-2026-044" }],
        verified: true,
      },
      {
        from: "fjordstein",
        to: "nordkvarts",
        custody: CustodyModel.SEGREGATED,
        evidence: [],
        verified: false,
      },
    ],
  },
  {
    supplier: "cellvolt",
    category: "BATTERY_CELL",
    nodes: [
      {
        key: "rhine",
        tier: "ACTIVE_MATERIAL",
        name: "Rhine Cathode Materials GmbH",
        country: "DE",
        region: "DE-RP",
      },
      { key: "baltic", tier: "PRECURSOR", name: "Baltic Precursor Oy", country: "FI" },
      {
        key: "kestrel-refinery",
        tier: "REFINERY",
        name: "Kestrel Lithium Refining Pty Ltd",
        country: "AU",
        region: "AU-WA",
      },
      {
        key: "kestrel-mine",
        tier: "MINE",
        name: "Kestrel Spodumene Mine Pty Ltd",
        country: "AU",
        region: "AU-WA",
        latitude: -33.86,
        longitude: 121.89,
      },
    ],
    links: [
      {
        from: "rhine",
        to: "root",
        custody: CustodyModel.SEGREGATED,
        evidence: [{ kind: LinkEvidenceKind.INVOICE, reference: "RCM-2026-3301" }],
        verified: true,
      },
      {
        from: "baltic",
        to: "rhine",
        custody: CustodyModel.MASS_BALANCE,
        evidence: [{ kind: LinkEvidenceKind.PURCHASE_ORDER, reference: "RCM-PO-7781" }],
        verified: false,
      },
      {
        from: "kestrel-refinery",
        to: "baltic",
        custody: CustodyModel.MASS_BALANCE,
        evidence: [],
        verified: false,
      },
      {
        from: "kestrel-mine",
        to: "kestrel-refinery",
        custody: CustodyModel.IDENTITY_PRESERVED,
        evidence: [],
        verified: false,
      },
    ],
  },
];

async function demoDocument(ctx: RequestContext, supplier: string, reference: string) {
  const text =
    `${reference}\nDemo transaction record for the ${supplier} supply-chain map.\n\n` +
    "In a real map this is the scanned purchase order, invoice or bill of lading.\n";
  return uploadDocument(ctx, DEMO_UPLOAD_LIMITS, {
    filename: `${reference.toLowerCase()}.txt`,
    stream: Readable.from([Buffer.from(text, "utf8")]),
    fields: Promise.resolve({ title: reference }),
  });
}

/**
 * Issue 18: a PV map for Sunrise and a battery map for CellVolt, drawn and verified through the
 * services (as a supplier and an auditor would), so the rankings cite them.
 */
export async function seedSupplyChainDemo(
  admin: RequestContext,
  auditor: RequestContext,
  suppliers: Record<string, string>,
  categories: Map<string, string>,
): Promise<void> {
  const manager = admin.dataSource.manager;
  for (const demo of MAPS) {
    const supplierId = suppliers[demo.supplier];
    const categoryId = categories.get(demo.category);
    if (!supplierId || !categoryId) continue;
    let map: SupplyChainMap = await createSupplyChainMap(admin, supplierId, categoryId);
    const tiers = new Map(
      (await manager.findBy(SupplyChainTier, { tierSetId: map.tierSetId })).map((t) => [
        t.code,
        t.id,
      ]),
    );
    for (const node of demo.nodes) {
      const { key: _key, tier, ...fields } = node;
      map = await addSupplyChainNode(admin, map.id, map.version, {
        ...fields,
        tierId: tiers.get(tier)!,
      });
    }
    const nodes = await manager.findBy(SupplyChainNode, { mapId: map.id });
    const idOf = (key: string) =>
      key === "root"
        ? nodes.find((n) => n.isRoot)!.id
        : nodes.find((n) => n.name === demo.nodes.find((d) => d.key === key)!.name)!.id;
    const toVerify: { up: string; down: string }[] = [];
    for (const link of demo.links) {
      const evidence = [];
      for (const e of link.evidence) {
        const document = await demoDocument(admin, demo.supplier, e.reference);
        evidence.push({ kind: e.kind, documentId: document.id, reference: e.reference });
      }
      const up = idOf(link.from);
      const down = idOf(link.to);
      map = await addSupplyChainLink(admin, map.id, map.version, {
        upstreamNodeId: up,
        downstreamNodeId: down,
        custody: link.custody,
        evidence,
      });
      if (link.verified) toVerify.push({ up, down });
    }
    for (const { up, down } of toVerify) {
      const [{ id }] = (await manager.query(
        `SELECT id FROM supply_chain_link WHERE upstream_node_id = $1 AND downstream_node_id = $2`,
        [up, down],
      )) as { id: string }[];
      map = await verifySupplyChainLink(
        auditor,
        id,
        map.version,
        [],
        "Deliveries matched against the documents on the link",
      );
    }
  }
}
