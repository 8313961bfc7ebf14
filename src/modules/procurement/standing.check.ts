import type { DataSource, EntityManager } from "typeorm";
import { computeStanding, type ComputedStanding } from "./standing.compute";
import { loadStandingInputs } from "./standing-inputs";
import { recomputeWith } from "./standing.service";
import { RankingEntry } from "./ranking-entry.entity";
import { SupplierStanding } from "./supplier-standing.entity";

/** One stored value that differs from a from-scratch recomputation. */
export interface StandingDifference {
  supplierId: string;
  field: string;
  stored: unknown;
  computed: unknown;
}

export interface StandingCheckReport {
  checked: number;
  /** Standings whose `nextChangeAt` has passed: the refresher recomputes them, not counted. */
  due: number;
  differences: StandingDifference[];
  fixed: number;
}

const iso = (value: Date | null | undefined) => (value ? new Date(value).toISOString() : null);
const json = (value: unknown) => JSON.stringify(value ?? null);

function compareOne(
  supplierId: string,
  archived: boolean,
  stored: SupplierStanding | null,
  entries: RankingEntry[],
  computed: ComputedStanding,
): StandingDifference[] {
  const out: StandingDifference[] = [];
  const check = (field: string, storedValue: unknown, computedValue: unknown) => {
    if (json(storedValue) !== json(computedValue))
      out.push({ supplierId, field, stored: storedValue, computed: computedValue });
  };
  if (!stored) {
    out.push({ supplierId, field: "supplier_standing", stored: null, computed: "a row" });
    return out;
  }
  const score = computed.score;
  check("scoreOverall", stored.scoreOverall, score?.overall ?? null);
  check("grade", stored.grade, score?.grade ?? null);
  check("scoreAreas", stored.scoreAreas, score?.areas ?? null);
  check("formulaVersion", stored.formulaVersion, score?.formulaVersion ?? null);
  check("status", stored.status, computed.status);
  check("statusReasons", stored.statusReasons, computed.statusReasons);
  check("openZeroToleranceCount", stored.openZeroToleranceCount, computed.openZeroToleranceCount);
  check("overdueFindingCount", stored.overdueFindingCount, computed.overdueFindingCount);
  check(
    "lastCompletedAuditAt",
    iso(stored.lastCompletedAuditAt),
    iso(computed.lastCompletedAuditAt),
  );
  check("nextAuditDue", iso(stored.nextAuditDue), iso(computed.nextAuditDue));
  check(
    "materialScore",
    stored.materialScore,
    computed.priorities.values().next().value!.result.materialScore,
  );

  const byScope = new Map(entries.map((entry) => [entry.scopeId, entry]));
  const expected = archived ? new Map() : computed.priorities;
  check("ranking scopes", [...byScope.keys()].sort(), [...expected.keys()].sort());
  for (const [scopeId, { result, adjustmentIds, targetSubstances }] of expected) {
    const entry = byScope.get(scopeId);
    if (!entry) continue;
    const at = `ranking[${scopeId}]`;
    check(`${at}.priorityScore`, entry.priorityScore, result.priorityScore);
    check(`${at}.esgScore`, entry.esgScore, computed.rankingScore.overall);
    check(`${at}.grade`, entry.grade, computed.rankingScore.grade);
    check(`${at}.status`, entry.status, computed.status);
    check(`${at}.adjustmentIds`, [...entry.adjustmentIds].sort(), [...adjustmentIds].sort());
    check(`${at}.explanation`, entry.explanation, result.explanation);
    check(`${at}.targetSubstances`, entry.targetSubstances, targetSubstances);
  }
  return out;
}

/**
 * Recomputes every supplier from scratch (the pure `computeStanding` on freshly read inputs,
 * no locks) and compares it with the stored supplier_standing and ranking_entry rows. With
 * `fix`, differing suppliers are recomputed and stored again.
 */
export async function checkStandings(
  dataSource: DataSource,
  now: Date,
  options: { fix?: boolean; supplierIds?: string[] } = {},
): Promise<StandingCheckReport> {
  const ids =
    options.supplierIds ??
    ((await dataSource.query(`SELECT id FROM supplier ORDER BY id`)) as { id: string }[]).map(
      (row) => row.id,
    );
  const report: StandingCheckReport = { checked: 0, due: 0, differences: [], fixed: 0 };
  for (const supplierId of ids) {
    // One snapshot per supplier: stored rows and inputs are read consistently.
    const differences = await dataSource.transaction("REPEATABLE READ", async (manager) => {
      const stored = await manager.findOneBy(SupplierStanding, { supplierId });
      if (stored?.nextChangeAt && stored.nextChangeAt.getTime() <= now.getTime()) {
        report.due += 1;
        return [];
      }
      return compareSupplier(manager, supplierId, stored, now);
    });
    report.checked += 1;
    if (differences.length === 0) continue;
    report.differences.push(...differences);
    if (options.fix) {
      await dataSource.transaction((manager) =>
        recomputeWith(manager, supplierId, "RECOMPUTE_ALL", now),
      );
      report.fixed += 1;
    }
  }
  return report;
}

async function compareSupplier(
  manager: EntityManager,
  supplierId: string,
  stored: SupplierStanding | null,
  now: Date,
): Promise<StandingDifference[]> {
  const inputs = await loadStandingInputs(manager, supplierId, now, { lock: false });
  if (!inputs) return [];
  const entries = await manager.findBy(RankingEntry, { supplierId });
  return compareOne(
    supplierId,
    inputs.supplier.archived,
    stored,
    entries,
    computeStanding(inputs, now),
  );
}
