import type { SelectQueryBuilder } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { decodeCursor, pageSize, toConnection, type Connection } from "../../graphql/pagination";
import { notFound } from "../../shared/errors";
import { isUuid, trimToNull } from "../../shared/text";
import { requireRole } from "../identity/access";
import { ScreeningHit } from "./screening-hit.entity";
import { ScreeningListEntry } from "./screening-list-entry.entity";
import { ScreeningListVersion } from "./screening-list-version.entity";
import { ScreeningRebuttal } from "./screening-rebuttal.entity";
import { HitState, RebuttalState, RebuttalStatus, ScreeningListKind } from "./screening.enums";
import { MAX_SCREENING_VERSIONS_SHOWN } from "./screening.limits";
import { SCREENING_PERMISSIONS as P } from "./screening.permissions";

/** An approved rebuttal of hit `h` that has not expired at `:now`. */
const REBUTTED = `EXISTS (SELECT 1 FROM screening_rebuttal r WHERE r.hit_id = h.id
  AND r.status = 'APPROVED' AND r.expires_at > :now)`;

export interface ScreeningListView {
  kind: ScreeningListKind;
  versions: ScreeningListVersion[];
}

/** Both lists, each with its versions newest first (the first is the current one). */
export async function screeningLists(ctx: RequestContext): Promise<ScreeningListView[]> {
  requireRole(ctx, ...P.screeningLists);
  const rows = (await ctx.dataSource.manager.query(
    `SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY kind ORDER BY number DESC) AS n
       FROM screening_list_version) v WHERE n <= $1`,
    [MAX_SCREENING_VERSIONS_SHOWN],
  )) as { id: string }[];
  const versions =
    rows.length === 0
      ? []
      : await ctx.dataSource.manager
          .createQueryBuilder(ScreeningListVersion, "v")
          .where("v.id IN (:...ids)", { ids: rows.map((r) => r.id) })
          .orderBy("v.number", "DESC")
          .getMany();
  return Object.values(ScreeningListKind).map((kind) => ({
    kind,
    versions: versions.filter((v) => v.kind === kind),
  }));
}

/** A version's entries by name, paged; `search` matches part of the name or an alias. */
export async function listScreeningEntries(
  ctx: RequestContext,
  version: ScreeningListVersion,
  search: string | undefined,
  first: number | undefined,
  after: string | undefined,
): Promise<Connection<ScreeningListEntry>> {
  const limit = pageSize(first);
  const query = ctx.dataSource.manager
    .createQueryBuilder(ScreeningListEntry, "e")
    .where("e.versionId = :versionId", { versionId: version.id });
  const term = trimToNull(search);
  if (term) {
    const escaped = term.replace(/[\\%_]/g, (c) => `\\${c}`);
    query.andWhere(
      "(e.name ILIKE :contains OR e.region_code ILIKE :contains OR EXISTS (SELECT 1 FROM unnest(e.aliases) a WHERE a ILIKE :contains))",
      { contains: `%${escaped}%` },
    );
  }
  const totalCount = await query.clone().getCount();
  if (after) {
    const [name, id] = decodeCursor(after, ["string", "uuid"]);
    query.andWhere("(e.name, e.id) > (:name, CAST(:id AS uuid))", { name, id });
  }
  const rows = await query
    .orderBy("e.name", "ASC")
    .addOrderBy("e.id", "ASC")
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (e) => [e.name, e.id]);
}

export interface HitFilter {
  state?: HitState;
  supplierId?: string;
  kind?: ScreeningListKind;
}

function whereHitState(query: SelectQueryBuilder<ScreeningHit>, state: HitState, now: Date) {
  if (state === HitState.CLEARED) query.andWhere("h.cleared_at IS NOT NULL");
  else
    query
      .andWhere("h.cleared_at IS NULL")
      .andWhere(state === HitState.REBUTTED ? REBUTTED : `NOT ${REBUTTED}`, { now });
}

/** Hits, newest first; by state (OPEN: blocking now, REBUTTED, CLEARED), supplier and list. */
export async function listScreeningHits(
  ctx: RequestContext,
  filter: HitFilter,
  first: number | undefined,
  after: string | undefined,
): Promise<Connection<ScreeningHit>> {
  requireRole(ctx, ...P.screeningHits);
  const limit = pageSize(first);
  const query = ctx.dataSource.manager.createQueryBuilder(ScreeningHit, "h");
  if (filter.supplierId) {
    if (!isUuid(filter.supplierId)) throw notFound("Supplier", filter.supplierId);
    query.andWhere("h.supplierId = :supplierId", { supplierId: filter.supplierId });
  }
  if (filter.kind) query.andWhere("h.kind = :kind", { kind: filter.kind });
  if (filter.state) whereHitState(query, filter.state, ctx.clock.now());
  const totalCount = await query.clone().getCount();
  if (after) {
    const [foundAt, id] = decodeCursor(after, ["timestamp", "uuid"]);
    query.andWhere("(h.found_at, h.id) < (CAST(:foundAt AS timestamptz), CAST(:id AS uuid))", {
      foundAt,
      id,
    });
  }
  const rows = await query
    .orderBy("h.found_at", "DESC")
    .addOrderBy("h.id", "DESC")
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (h) => [h.foundAt.toISOString(), h.id]);
}

export interface RebuttalFilter {
  state?: RebuttalState;
  hitId?: string;
  supplierId?: string;
}

/** Rebuttals, newest first; PENDING ones are those waiting for a second person. */
export async function listScreeningRebuttals(
  ctx: RequestContext,
  filter: RebuttalFilter,
  first: number | undefined,
  after: string | undefined,
): Promise<Connection<ScreeningRebuttal>> {
  requireRole(ctx, ...P.screeningRebuttals);
  const limit = pageSize(first);
  const now = ctx.clock.now();
  const query = ctx.dataSource.manager.createQueryBuilder(ScreeningRebuttal, "r");
  if (filter.hitId) {
    if (!isUuid(filter.hitId)) throw notFound("ScreeningHit", filter.hitId);
    query.andWhere("r.hitId = :hitId", { hitId: filter.hitId });
  }
  if (filter.supplierId) {
    if (!isUuid(filter.supplierId)) throw notFound("Supplier", filter.supplierId);
    query.andWhere("r.supplierId = :supplierId", { supplierId: filter.supplierId });
  }
  switch (filter.state) {
    case RebuttalState.PENDING:
    case RebuttalState.REJECTED:
      query.andWhere("r.status = :status", { status: filter.state });
      break;
    case RebuttalState.APPROVED:
      query.andWhere("r.status = 'APPROVED' AND r.expires_at > :now", { now });
      break;
    case RebuttalState.EXPIRED:
      query.andWhere("r.status = 'APPROVED' AND r.expires_at <= :now", { now });
      break;
  }
  const totalCount = await query.clone().getCount();
  if (after) {
    const [recordedAt, id] = decodeCursor(after, ["timestamp", "uuid"]);
    query.andWhere(
      "(r.recorded_at, r.id) < (CAST(:recordedAt AS timestamptz), CAST(:id AS uuid))",
      { recordedAt, id },
    );
  }
  const rows = await query
    .orderBy("r.recorded_at", "DESC")
    .addOrderBy("r.id", "DESC")
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (r) => [r.recordedAt.toISOString(), r.id]);
}

/** A rebuttal as it counts at `now`. */
export function rebuttalState(rebuttal: ScreeningRebuttal, now: Date): RebuttalState {
  if (rebuttal.status === RebuttalStatus.APPROVED)
    return rebuttal.expiresAt.getTime() > now.getTime()
      ? RebuttalState.APPROVED
      : RebuttalState.EXPIRED;
  return rebuttal.status === RebuttalStatus.PENDING
    ? RebuttalState.PENDING
    : RebuttalState.REJECTED;
}

/** A hit as it counts at `now`, given its rebuttals. */
export function hitState(
  hit: ScreeningHit,
  rebuttals: readonly ScreeningRebuttal[],
  now: Date,
): HitState {
  if (hit.clearedAt) return HitState.CLEARED;
  return rebuttals.some((r) => rebuttalState(r, now) === RebuttalState.APPROVED)
    ? HitState.REBUTTED
    : HitState.OPEN;
}
