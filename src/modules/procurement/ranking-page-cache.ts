import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import {
  getNamedType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FormattedExecutionResult,
  type GraphQLSchema,
} from "graphql";
import type { DataSource } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { WITHIN_RESPONSE_LIMIT } from "../../graphql/response-size";
import { SCORING_FORMULA_VERSION } from "../scoring/scoring-policy";

/**
 * The fields a cached ranking page may ask for, by `Type.field`: each one is read from the
 * ranking rows, the suppliers, their standings or their priority adjustments, whose every
 * change bumps `ranking_page_version` (migration RankingPageVersion), and none depends on the
 * clock or on who asks beyond the role and the language. `PriorityAdjustment.active` (the clock), the users and
 * categories behind an adjustment, and every other Supplier field leave a query uncached.
 */
const CACHEABLE_FIELDS = new Set([
  "Query.supplierRankings",
  "RankingConnection.totalCount",
  "RankingConnection.pageInfo",
  "RankingConnection.edges",
  "PageInfo.hasNextPage",
  "PageInfo.endCursor",
  "RankingEdge.cursor",
  "RankingEdge.node",
  "RankedSupplier.rank",
  "RankedSupplier.priorityScore",
  "RankedSupplier.esgScore",
  "RankedSupplier.grade",
  "RankedSupplier.status",
  "RankedSupplier.explanation",
  "RankedSupplier.targetSubstances",
  "RankedSupplier.supplier",
  "RankedSupplier.adjustments",
  "ScoreLine.label",
  "ScoreLine.points",
  "TargetSubstanceFlag.substanceName",
  "TargetSubstanceFlag.cas",
  "TargetSubstanceFlag.kind",
  "TargetSubstanceFlag.material",
  "TargetSubstanceFlag.declarationId",
  "TargetSubstanceFlag.partNumber",
  "TargetSubstanceFlag.partName",
  "Supplier.id",
  "Supplier.name",
  "Supplier.country",
  "Supplier.status",
  "Supplier.statusReasons",
  "PriorityAdjustment.id",
  "PriorityAdjustment.delta",
  "PriorityAdjustment.reason",
  "PriorityAdjustment.createdAt",
  "PriorityAdjustment.expiresAt",
  "PriorityAdjustment.revokedAt",
  "PriorityAdjustment.revokeReason",
]);

/** Whether every field of the document (one query, its fragments) is a cacheable one. */
export function isCacheableRankingDocument(schema: GraphQLSchema, document: DocumentNode): boolean {
  const operations = document.definitions.filter((d) => d.kind === "OperationDefinition");
  if (operations.length !== 1 || operations[0].operation !== "query") return false;
  let cacheable = true;
  let rankings = false;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.name.value === "__typename") return;
        const parent = typeInfo.getParentType();
        const key = `${parent ? getNamedType(parent).name : "?"}.${node.name.value}`;
        if (key === "Query.supplierRankings") rankings = true;
        if (!CACHEABLE_FIELDS.has(key)) cacheable = false;
      },
      Directive(node) {
        if (node.name.value !== "include" && node.name.value !== "skip") cacheable = false;
      },
    }),
  );
  return cacheable && rankings;
}

/** Default bounds of one process's cache: whichever is reached first evicts the oldest use. */
export const RANKING_PAGE_CACHE_LIMITS = { maxBytes: 32 * 1024 * 1024, maxEntries: 2000 };

interface Entry {
  result: FormattedExecutionResult;
  bytes: number;
}

/**
 * Ranking pages as sent, per process, for the current `ranking_page_version` only: a request
 * that reads a newer version empties the cache, so an entry never outlives the version it was
 * read under. Bounded by entries and by serialised bytes (least recently used first out).
 */
export class RankingPageCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private version = 0n;
  hits = 0;
  misses = 0;

  constructor(private readonly limits = RANKING_PAGE_CACHE_LIMITS) {}

  /** Takes note of the database's version; false when it is older than one already seen. */
  observe(version: bigint): boolean {
    if (version > this.version) {
      this.version = version;
      this.entries.clear();
      this.bytes = 0;
    }
    return version === this.version;
  }

  get(key: string): FormattedExecutionResult | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.result;
  }

  set(key: string, version: bigint, result: FormattedExecutionResult): void {
    if (version !== this.version) return;
    const bytes = JSON.stringify(result).length;
    if (bytes > this.limits.maxBytes / 4) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.bytes;
    }
    this.entries.set(key, { result, bytes });
    this.bytes += bytes;
    while (this.bytes > this.limits.maxBytes || this.entries.size > this.limits.maxEntries) {
      const [oldest, entry] = this.entries.entries().next().value!;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }
}

/** The counter; one primary-key read. */
export async function readRankingPageVersion(dataSource: DataSource): Promise<bigint> {
  const rows = (await dataSource.query(
    `SELECT version::text AS version FROM ranking_page_version WHERE id = 1`,
  )) as { version: string }[];
  return BigInt(rows[0]?.version ?? 0);
}

const planned = Symbol("rankingPageCacheKey");

/**
 * Serves a ranking query from the cache after Apollo has parsed and validated it and every
 * `didResolveOperation` check (query cost) has passed, and stores the answer of a miss once
 * the later plugins (response size) have seen it. Keyed by the viewer's role and language, the rules
 * version, the ranking version read for this request (so a change committed on any instance
 * is seen at once), the query and its variables (scope, filter, page). Only error-free
 * answers are kept, and only for a signed-in viewer with a settled password: every check that
 * refuses a viewer answers with an error, so a role whose request would be refused never has
 * an entry.
 */
export function rankingPageCachePlugin(
  cache: RankingPageCache,
): ApolloServerPlugin<RequestContext> {
  const documents = new WeakMap<DocumentNode, boolean>();
  type Planned = { key: string; version: bigint };
  type Context = GraphQLRequestContext<RequestContext> & { [planned]?: Planned };
  return {
    async requestDidStart() {
      return {
        async responseForOperation(rc) {
          const viewer = rc.contextValue.viewer;
          if (!viewer || viewer.mustChangePassword || rc.operation?.operation !== "query") {
            return null;
          }
          let cacheable = documents.get(rc.document);
          if (cacheable === undefined) {
            cacheable = isCacheableRankingDocument(rc.schema, rc.document);
            documents.set(rc.document, cacheable);
          }
          if (!cacheable) return null;
          const version = await readRankingPageVersion(rc.contextValue.dataSource);
          if (!cache.observe(version)) return null;
          const key = JSON.stringify([
            viewer.role,
            // Explanations are answered in the reader's language.
            rc.contextValue.locale,
            SCORING_FORMULA_VERSION,
            String(version),
            rc.queryHash,
            rc.operationName,
            rc.request.variables ?? null,
          ]);
          const hit = cache.get(key);
          if (hit) {
            cache.hits++;
            // Stored only after the size guard let it through: not measured again.
            const singleResult = { ...hit };
            WITHIN_RESPONSE_LIMIT.add(singleResult);
            return {
              http: { status: undefined, headers: new HeaderMap() },
              body: { kind: "single", singleResult },
            };
          }
          cache.misses++;
          (rc as Context)[planned] = { key, version };
          return null;
        },
        async willSendResponse(rc) {
          const plan = (rc as Context)[planned];
          if (!plan || rc.response.body.kind !== "single") return;
          const result = rc.response.body.singleResult;
          if (result.errors?.length || !result.data || rc.response.http.status) return;
          cache.set(plan.key, plan.version, result);
        },
      };
    },
  };
}
