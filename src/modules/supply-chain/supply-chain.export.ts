import { Router } from "express";
import { stringify } from "csv-stringify";
import type { Logger } from "pino";
import { In } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { sendErrorResponse } from "../../http/error-response";
import type { Locale } from "../../shared/i18n/locale";
import type { RequestContextFor } from "../../http/request-context-for";
import { notFound } from "../../shared/errors";
import { Document } from "../document/document.entity";
import { User } from "../identity/user.entity";
import { neutraliseCell } from "../../shared/csv";
import { translator } from "../../shared/i18n/server-i18n";
import { MaterialCategory } from "../supplier/material-category.entity";
import { Supplier } from "../supplier/supplier.entity";
import { mapTraceabilityOf, supplyChainOf } from "./supply-chain.read";
import { SupplyChainLink } from "./supply-chain-link.entity";
import { SupplyChainNode } from "./supply-chain-node.entity";
import { SupplyChainTier } from "./tier.entity";

export const SUPPLY_CHAIN_EXPORT_COLUMNS = [
  "record",
  "id",
  "tier",
  "name",
  "country",
  "region",
  "address",
  "latitude",
  "longitude",
  "upstream_id",
  "upstream",
  "downstream_id",
  "downstream",
  "custody",
  "state",
  "verified_by",
  "verified_at",
  "evidence_kind",
  "reference",
  "document_id",
  "filename",
  "sha256",
] as const;

type Row = Partial<Record<(typeof SUPPLY_CHAIN_EXPORT_COLUMNS)[number], unknown>>;

/**
 * The due-diligence file of one supplier's chain for one category: a MAP row (traceability,
 * coverage), one NODE row per party, one LINK row per link (custody, verification) and one
 * EVIDENCE row per document on a link, with its file name and SHA-256 so the file can be
 * checked against the documents it names.
 */
export async function supplyChainExportRows(
  ctx: RequestContext,
  supplierId: string,
  categoryId: string,
): Promise<{ rows: Row[]; filename: string }> {
  const map = await supplyChainOf(ctx, supplierId, categoryId);
  if (!map) throw notFound("SupplyChainMap");
  const manager = ctx.dataSource.manager;
  const [supplier, category, tiers, nodes, links, traceability] = await Promise.all([
    manager.findOneByOrFail(Supplier, { id: map.supplierId }),
    manager.findOneByOrFail(MaterialCategory, { id: map.categoryId }),
    manager.findBy(SupplyChainTier, { tierSetId: map.tierSetId }),
    manager.find(SupplyChainNode, { where: { mapId: map.id }, order: { name: "ASC", id: "ASC" } }),
    manager.find(SupplyChainLink, { where: { mapId: map.id }, order: { id: "ASC" } }),
    mapTraceabilityOf(ctx, map),
  ]);
  const documentIds = [...new Set(links.flatMap((l) => l.evidence.map((e) => e.documentId)))];
  const verifierIds = [...new Set(links.flatMap((l) => (l.verifiedById ? [l.verifiedById] : [])))];
  const [documents, verifiers] = await Promise.all([
    documentIds.length > 0 ? manager.findBy(Document, { id: In(documentIds) }) : [],
    verifierIds.length > 0 ? manager.findBy(User, { id: In(verifierIds) }) : [],
  ]);
  const tierOf = new Map(tiers.map((t) => [t.id, t]));
  const nodeOf = new Map(nodes.map((n) => [n.id, n]));
  const fileOf = new Map(documents.map((d) => [d.id, d.filename]));
  const verifierOf = new Map(verifiers.map((u) => [u.id, u.name]));
  const byTier = [...nodes].sort(
    (a, b) => (tierOf.get(b.tierId)?.position ?? 0) - (tierOf.get(a.tierId)?.position ?? 0),
  );

  const rows: Row[] = [
    {
      record: "MAP",
      id: map.id,
      name: `${supplier.name} / ${category.code}`,
      country: supplier.country,
      state: `${traceability.level} (${traceability.basis})`,
      reference: `version ${map.version}; coverage ${traceability.coverage} %; ${traceability.explanation}`,
    },
    ...byTier.map((n) => ({
      record: "NODE",
      id: n.id,
      tier: tierOf.get(n.tierId)?.code,
      name: n.isRoot ? `${n.name} (root)` : n.name,
      country: n.country,
      region: n.region,
      address: n.address,
      latitude: n.latitude,
      longitude: n.longitude,
    })),
  ];
  for (const l of links) {
    rows.push({
      record: "LINK",
      id: l.id,
      upstream_id: l.upstreamNodeId,
      upstream: nodeOf.get(l.upstreamNodeId)?.name,
      downstream_id: l.downstreamNodeId,
      downstream: nodeOf.get(l.downstreamNodeId)?.name,
      custody: l.custody,
      state: l.state,
      verified_by: l.verifiedById ? verifierOf.get(l.verifiedById) : null,
      verified_at: l.verifiedAt?.toISOString() ?? null,
    });
    for (const e of l.evidence)
      rows.push({
        record: "EVIDENCE",
        id: l.id,
        evidence_kind: e.kind,
        reference: e.reference,
        document_id: e.documentId,
        filename: fileOf.get(e.documentId) ?? null,
        sha256: e.sha256,
      });
  }
  const slug = supplier.name
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase()
    .slice(0, 40);
  const filename = ["supply-chain", slug, category.code.toLowerCase()].filter(Boolean).join("-");
  return { rows, filename: `${filename}.csv` };
}

/**
 * GET /exports/supply-chain/:supplierId/:categoryId.csv with the GraphQL API's bearer token:
 * staff read any supplier's map, a supplier user only its own (NOT_FOUND otherwise, as
 * `Supplier.supplyChain` answers null).
 */
export function supplyChainExportRoutes(deps: {
  requestContext: RequestContextFor;
  logger: Logger;
}) {
  const router = Router();
  router.get("/exports/supply-chain/:supplierId/:categoryId.csv", async (req, res) => {
    let logger = deps.logger;
    let locale: Locale | undefined;
    try {
      const ctx = await deps.requestContext(req, res);
      logger = ctx.logger;
      locale = ctx.locale;
      const { rows, filename } = await supplyChainExportRows(
        ctx,
        req.params.supplierId,
        req.params.categoryId,
      );
      res.status(200);
      res.setHeader("content-type", "text/csv; charset=utf-8");
      res.setHeader("content-disposition", `attachment; filename="${filename}"`);
      res.setHeader("cache-control", "no-store");
      const t = translator(ctx.locale, "csv");
      // Headers in the requester's language; record, tier, custody and state cells keep codes.
      const csv = stringify({
        bom: true,
        header: true,
        columns: SUPPLY_CHAIN_EXPORT_COLUMNS.map((column) => t(`supplyChain.${column}`)),
      });
      csv.pipe(res);
      for (const row of rows)
        csv.write(SUPPLY_CHAIN_EXPORT_COLUMNS.map((c) => neutraliseCell(row[c] ?? null)));
      csv.end();
    } catch (error) {
      sendErrorResponse(res, error, logger, "supply-chain export", locale);
    }
  });
  return router;
}
