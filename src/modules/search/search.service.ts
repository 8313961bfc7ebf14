import type { RequestContext } from "../../graphql/context";
import { badInput, type FieldProblem } from "../../shared/errors";
import { AuditStatus } from "../../shared/domain/audit.enums";
import { requireViewer, supplierScope } from "../identity/access";
import { Audit } from "../audit/audit.entity";
import { Finding } from "../audit/finding.entity";
import {
  DEFAULT_SEARCH_HITS,
  MAX_SEARCH_HITS,
  MAX_SEARCH_LENGTH,
  MIN_SEARCH_LENGTH,
} from "./search.limits";
import { SupplierMatchField, type SearchResults, type SupplierSearchHit } from "./search.types";

/** LIKE's wildcards and its escape character, taken literally. */
const likeLiteral = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function checkedInput(query: string, first: number | undefined | null) {
  const text = query.trim().replace(/\s+/g, " ");
  const problems: FieldProblem[] = [];
  if ([...text].length < MIN_SEARCH_LENGTH) {
    problems.push({ path: "query", message: `type at least ${MIN_SEARCH_LENGTH} characters` });
  } else if ([...text].length > MAX_SEARCH_LENGTH) {
    problems.push({ path: "query", message: `may be at most ${MAX_SEARCH_LENGTH} characters` });
  }
  const hits = first ?? DEFAULT_SEARCH_HITS;
  if (!Number.isInteger(hits) || hits < 1 || hits > MAX_SEARCH_HITS) {
    problems.push({ path: "first", message: `must be between 1 and ${MAX_SEARCH_HITS}` });
  }
  if (problems.length > 0) throw badInput(problems);
  return { text, hits };
}

interface SupplierRow {
  id: string;
  name: string;
  legal_name: string | null;
  registration_number: string | null;
  external_id: string | null;
}

/** Which value matched, the most telling first (a number over a name it happens to contain). */
function matchOf(row: SupplierRow, needle: string): Omit<SupplierSearchHit, "supplierId"> {
  const fields: [SupplierMatchField, string | null][] = [
    [SupplierMatchField.REGISTRATION_NUMBER, row.registration_number],
    [SupplierMatchField.EXTERNAL_ID, row.external_id],
    [SupplierMatchField.NAME, row.name],
    [SupplierMatchField.LEGAL_NAME, row.legal_name],
  ];
  const exact = fields.find(([, value]) => value?.toLowerCase() === needle);
  const [matchedOn, matchedText] =
    exact ?? fields.find(([, value]) => value?.toLowerCase().includes(needle)) ?? fields[2];
  return { matchedOn, matchedText: matchedText ?? row.name };
}

/**
 * The global search: suppliers by name, legal name, registration number or external id; audits
 * by their supplier's names or the audit firm; findings by description. Case-insensitive
 * substring matches on `lower(...)`, served by pg_trgm GIN indexes (migration AdminSearch), each
 * kind cut at `first` (at most MAX_SEARCH_HITS), so one search is a bounded amount of work.
 * Visibility is the reader's own: a supplier user finds only its own supplier, its completed
 * audits and their findings (as `canSeeAudit`); staff find everything.
 */
export async function search(
  ctx: RequestContext,
  query: string,
  first: number | undefined | null,
): Promise<SearchResults> {
  const viewer = requireViewer(ctx);
  const { text, hits } = checkedInput(query, first);
  const needle = text.toLowerCase();
  const pattern = `%${likeLiteral(needle)}%`;
  const prefix = `${likeLiteral(needle)}%`;
  const scope = supplierScope(viewer);
  const manager = ctx.dataSource.manager;
  const limit = hits + 1;

  const suppliers = (await manager.query(
    `SELECT s.id, s.name, s.legal_name, s.registration_number, s.external_id
       FROM supplier s
      WHERE (lower(s.name) LIKE $1 OR lower(s.legal_name) LIKE $1
             OR lower(s.registration_number) LIKE $1 OR lower(s.external_id) LIKE $1)
        AND ($2::uuid IS NULL OR s.id = $2::uuid)
      ORDER BY (lower(s.registration_number) = $3 OR lower(s.external_id) = $3
                OR lower(s.name) = $3) IS TRUE DESC,
               lower(s.name) LIKE $4 DESC, s.archived, s.name, s.id
      LIMIT $5`,
    [pattern, scope, needle, prefix, limit],
  )) as SupplierRow[];

  const audits = await manager
    .createQueryBuilder(Audit, "a")
    .innerJoin("supplier", "s", "s.id = a.supplier_id")
    .where(
      "(lower(s.name) LIKE :pattern OR lower(s.legal_name) LIKE :pattern OR lower(a.audit_firm) LIKE :pattern)",
      { pattern },
    )
    .andWhere(scope === null ? "TRUE" : "a.supplier_id = :scope AND a.status = :completed", {
      scope,
      completed: AuditStatus.COMPLETED,
    })
    .orderBy("a.plannedDate", "DESC")
    .addOrderBy("a.id", "ASC")
    .limit(limit)
    .getMany();

  const findingQuery = manager
    .createQueryBuilder(Finding, "f")
    .where("lower(f.description) LIKE :pattern", { pattern });
  if (scope !== null) {
    findingQuery
      .innerJoin(Audit, "fa", "fa.id = f.auditId")
      .andWhere("f.supplierId = :scope AND fa.status = :completed", {
        scope,
        completed: AuditStatus.COMPLETED,
      });
  }
  const findings = await findingQuery
    .orderBy("f.createdAt", "DESC")
    .addOrderBy("f.id", "ASC")
    .limit(limit)
    .getMany();

  return {
    query: text,
    suppliers: suppliers
      .slice(0, hits)
      .map((row) => ({ supplierId: row.id, ...matchOf(row, needle) })),
    moreSuppliers: suppliers.length > hits,
    audits: audits.slice(0, hits),
    moreAudits: audits.length > hits,
    findings: findings.slice(0, hits),
    moreFindings: findings.length > hits,
  };
}
