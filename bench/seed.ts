import { randomUUID } from "node:crypto";
import { SingleBar, Presets } from "cli-progress";
import type { PoolClient } from "pg";
import type { DataSource } from "typeorm";
import { Severity } from "../src/shared/domain/audit.enums";
import { DEFAULT_CHECKLIST_FAMILY_ID } from "../src/modules/checklist/default-checklist";
import { hashPassword } from "../src/modules/identity/password";
import { refreshDueStandings } from "../src/modules/procurement/standing.service";
import { capDueDate, closureDueDate } from "../src/modules/scoring/deadlines";
import { systemClock } from "../src/shared/clock";

export const BENCH_PASSWORD = "bench-password-1";
/** Supplier users, one per concurrent writer, each with its own DRAFT self-assessment. */
export const BENCH_SUPPLIER_USERS = 16;

export interface SeedSummary {
  suppliers: number;
  audits: number;
  findings: number;
  itemResults: number;
  seconds: { load: number; standings: number; total: number; purchases?: number; clone?: number };
}

const DAY = 86_400_000;
const COUNTRIES = ["CN", "DE", "VN", "MY", "IN", "US", "TH", "KR", "JP", "PL", "ES", "IT", "TR"];
const WORDS = ["Solar", "Sun", "Photon", "Volt", "Silica", "Terra", "Nordic", "Pacific", "Green"];
const KINDS = ["Glass", "Materials", "Energy", "Components", "Metals", "Cells", "Logistics"];

/** Deterministic data for a given --suppliers: runs compare like with like. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

/**
 * Many rows in one statement: one array parameter per column, unnested server-side. The
 * placeholder count stays fixed whatever the batch size (a VALUES list would hit pg's 65 535).
 */
async function insertRows(
  client: PoolClient,
  table: string,
  columns: Array<[name: string, type: string]>,
  rows: unknown[][],
): Promise<void> {
  if (rows.length === 0) return;
  const arrays = columns.map((_, index) => rows.map((row) => row[index]));
  const list = columns.map(([name]) => `"${name}"`).join(", ");
  const unnest = columns.map(([, type], index) => `$${index + 1}::${type}[]`).join(", ");
  await client.query(`INSERT INTO "${table}" (${list}) SELECT * FROM unnest(${unnest})`, arrays);
}

interface Fixed {
  checklistId: string;
  items: Array<{ id: string; area: string; zeroTolerance: boolean }>;
  categoryIds: string[];
  auditorId: string;
  buyerId: string;
}

async function fixedRows(client: PoolClient): Promise<Fixed> {
  const [checklist] = (
    await client.query(
      `SELECT id FROM checklist WHERE family_id = $1 AND status = 'PUBLISHED' ORDER BY version DESC LIMIT 1`,
      [DEFAULT_CHECKLIST_FAMILY_ID],
    )
  ).rows as { id: string }[];
  const items = (
    await client.query(
      `SELECT id, area, zero_tolerance AS "zeroTolerance" FROM checklist_item
       WHERE checklist_id = $1 ORDER BY sort_order`,
      [checklist.id],
    )
  ).rows as Fixed["items"];
  const categoryIds = (
    (await client.query(`SELECT id FROM material_category ORDER BY code`)).rows as { id: string }[]
  ).map((row) => row.id);
  const hash = await hashPassword(BENCH_PASSWORD);
  const users = [
    ["admin@bench.esg", "Bench Admin", "ADMIN"],
    ["buyer@bench.esg", "Bench Buyer", "PROCUREMENT"],
    ["auditor@bench.esg", "Bench Auditor", "AUDITOR"],
  ].map(([email, name, role]) => [randomUUID(), email, name, role, null, hash]);
  await insertRows(
    client,
    "app_user",
    [
      ["id", "uuid"],
      ["email", "varchar"],
      ["name", "varchar"],
      ["role", "varchar"],
      ["supplier_id", "uuid"],
      ["password_hash", "varchar"],
    ],
    users,
  );
  return {
    checklistId: checklist.id,
    items,
    categoryIds,
    auditorId: users[2][0] as string,
    buyerId: users[1][0] as string,
  };
}

/** One batch of suppliers with everything that hangs off them. */
async function seedBatch(
  client: PoolClient,
  fixed: Fixed,
  from: number,
  count: number,
  now: number,
  counts: { audits: number; findings: number },
): Promise<void> {
  const random = prng(from + 1);
  const suppliers: unknown[][] = [];
  const categories: unknown[][] = [];
  const sites: unknown[][] = [];
  const audits: unknown[][] = [];
  const findings: unknown[][] = [];
  const caps: unknown[][] = [];
  const saqs: unknown[][] = [];
  const adjustments: unknown[][] = [];
  const verifications: unknown[][] = [];

  for (let n = from; n < from + count; n++) {
    const id = randomUUID();
    const country = pick(random, COUNTRIES);
    const createdAt = new Date(now - (800 + random() * 1500) * DAY);
    const declared = [
      Math.round(random() * 100),
      Math.round(random() * 100),
      Math.round(random() * 60),
      pick(random, ["NONE", "TIER1", "TIER1", "TO_ORIGIN"]),
      random() < 0.01,
    ] as const;
    suppliers.push([
      id,
      `${pick(random, WORDS)} ${pick(random, KINDS)} ${String(n).padStart(6, "0")}`,
      country,
      `esg${n}@supplier.bench`,
      ...declared,
      createdAt,
      createdAt,
      declared[4] ? createdAt : null,
    ]);
    // About 40 % had their declaration verified by an auditor (SPEC 11), within 24 months.
    if (random() < 0.4) {
      verifications.push([
        randomUUID(),
        id,
        ...declared,
        JSON.stringify([{ title: "Bench evidence", url: "https://evidence.example/bench" }]),
        fixed.auditorId,
        new Date(now - random() * 600 * DAY),
      ]);
    }
    const own = new Set<string>();
    const wanted = 1 + Math.floor(random() * 3);
    while (own.size < wanted) own.add(pick(random, fixed.categoryIds));
    for (const categoryId of own) categories.push([id, categoryId]);
    const siteId = randomUUID();
    sites.push([siteId, id, `Plant ${n}`, country]);

    // 1-3 completed audits, roughly yearly, the latest within the last 15 months.
    const auditCount = 1 + Math.floor(random() * 3);
    let completed = now - (10 + random() * 440) * DAY;
    for (let a = 0; a < auditCount; a++) {
      const latest = a === 0;
      const auditId = randomUUID();
      const completedAt = new Date(completed);
      audits.push([
        auditId,
        id,
        siteId,
        fixed.checklistId,
        a === auditCount - 1 ? "INITIAL" : "PERIODIC",
        "COMPLETED",
        fixed.auditorId,
        new Date(completed - 3 * DAY),
        new Date(completed - 2 * DAY),
        completedAt,
      ]);
      counts.audits++;
      const findingCount = 3 + Math.floor(random() * 5);
      for (let f = 0; f < findingCount; f++) {
        const r = random();
        const severity =
          r < 0.01
            ? Severity.ZERO_TOLERANCE
            : r < 0.26
              ? Severity.MAJOR
              : r < 0.66
                ? Severity.MINOR
                : Severity.OBSERVATION;
        const item = pick(random, fixed.items);
        const likelihood = 1 + Math.floor(random() * 5);
        const impact = 1 + Math.floor(random() * 5);
        const open = latest && severity !== Severity.ZERO_TOLERANCE && random() < 0.5;
        const dueDate = closureDueDate(severity, completedAt);
        const findingId = randomUUID();
        findings.push([
          findingId,
          auditId,
          id,
          item.area,
          item.id,
          severity,
          likelihood,
          impact,
          likelihood * impact,
          open ? "OPEN" : "CLOSED",
          `Bench finding ${f + 1} of audit ${a + 1}`,
          capDueDate(severity, completedAt),
          dueDate,
          open ? null : new Date(completed + 20 * DAY),
          fixed.auditorId,
          completedAt,
        ]);
        counts.findings++;
        if (severity !== Severity.OBSERVATION && (!open || random() < 0.7)) {
          const status = open
            ? pick(random, ["PROPOSED", "ACCEPTED", "REJECTED", "IMPLEMENTED"])
            : "VERIFIED";
          caps.push([
            randomUUID(),
            findingId,
            status,
            "Missing procedure",
            "Write and train the procedure",
            "Plant manager",
            dueDate ?? new Date(completed + 60 * DAY),
          ]);
        }
      }
      completed -= (330 + random() * 60) * DAY;
    }

    const submittedAt = new Date(now - (5 + random() * 360) * DAY);
    saqs.push([
      randomUUID(),
      id,
      fixed.checklistId,
      random() < 0.6 ? "SUBMITTED" : "REVIEWED",
      submittedAt,
      submittedAt,
    ]);

    // Manual priority adjustments on about 5 % of suppliers (SPEC 8), some category-scoped.
    if (random() < 0.05) {
      adjustments.push([
        randomUUID(),
        id,
        (random() < 0.5 ? -1 : 1) * (5 + Math.floor(random() * 20)),
        "Sole qualified source for the region",
        random() < 0.3 ? [...own][0] : null,
        fixed.buyerId,
        new Date(now - random() * 60 * DAY),
        random() < 0.5 ? null : new Date(now + (30 + random() * 300) * DAY),
      ]);
    }
  }

  await insertRows(
    client,
    "supplier",
    [
      ["id", "uuid"],
      ["name", "varchar"],
      ["country", "char(2)"],
      ["contact_email", "varchar"],
      ["renewable_electricity_share", "float8"],
      ["third_party_verified_material_share", "float8"],
      ["recycled_content_share", "float8"],
      ["traceability", "varchar"],
      ["sources_from_protected_area", "bool"],
      ["created_at", "timestamptz"],
      ["sustainability_declared_at", "timestamptz"],
      ["protected_area_flagged_at", "timestamptz"],
    ],
    suppliers,
  );
  await insertRows(
    client,
    "sustainability_verification",
    [
      ["id", "uuid"],
      ["supplier_id", "uuid"],
      ["renewable_electricity_share", "float8"],
      ["third_party_verified_material_share", "float8"],
      ["recycled_content_share", "float8"],
      ["traceability", "varchar"],
      ["sources_from_protected_area", "bool"],
      ["evidence", "jsonb"],
      ["verified_by_id", "uuid"],
      ["verified_at", "timestamptz"],
    ],
    verifications,
  );
  await insertRows(
    client,
    "supplier_category",
    [
      ["supplier_id", "uuid"],
      ["category_id", "uuid"],
    ],
    categories,
  );
  await insertRows(
    client,
    "supplier_site",
    [
      ["id", "uuid"],
      ["supplier_id", "uuid"],
      ["name", "varchar"],
      ["country", "char(2)"],
    ],
    sites,
  );
  await insertRows(
    client,
    "audit",
    [
      ["id", "uuid"],
      ["supplier_id", "uuid"],
      ["site_id", "uuid"],
      ["checklist_id", "uuid"],
      ["type", "varchar"],
      ["status", "varchar"],
      ["lead_auditor_id", "uuid"],
      ["planned_date", "timestamptz"],
      ["started_at", "timestamptz"],
      ["completed_at", "timestamptz"],
    ],
    audits,
  );
  // 40 results per audit, drawn server-side: mostly conforming, zero-tolerance items always
  // conform (a non-conforming one would need a ZERO_TOLERANCE finding, SPEC 6).
  await client.query(
    `INSERT INTO audit_item_result (audit_id, item_id, result, recorded_at)
     SELECT a.id, ci.id,
       CASE WHEN ci.zero_tolerance THEN 'CONFORMS' ELSE
         (ARRAY['CONFORMS','CONFORMS','CONFORMS','CONFORMS','CONFORMS','CONFORMS','CONFORMS',
                'PARTIAL','PARTIAL','NONCONFORMS','NOT_APPLICABLE'])[1 + floor(random() * 11)::int]
       END,
       a.completed_at
     FROM unnest($1::uuid[]) AS x(id) JOIN audit a ON a.id = x.id
     JOIN checklist_item ci ON ci.checklist_id = a.checklist_id`,
    [audits.map((row) => row[0])],
  );
  await insertRows(
    client,
    "finding",
    [
      ["id", "uuid"],
      ["audit_id", "uuid"],
      ["supplier_id", "uuid"],
      ["area", "varchar"],
      ["item_id", "uuid"],
      ["severity", "varchar"],
      ["likelihood", "int"],
      ["impact", "int"],
      ["risk_score", "int"],
      ["status", "varchar"],
      ["description", "varchar"],
      ["cap_due_date", "timestamptz"],
      ["due_date", "timestamptz"],
      ["closed_at", "timestamptz"],
      ["recorded_by_id", "uuid"],
      ["created_at", "timestamptz"],
    ],
    findings,
  );
  await insertRows(
    client,
    "corrective_action",
    [
      ["id", "uuid"],
      ["finding_id", "uuid"],
      ["status", "varchar"],
      ["root_cause", "varchar"],
      ["actions", "varchar"],
      ["owner", "varchar"],
      ["target_date", "timestamptz"],
    ],
    caps,
  );
  await insertRows(
    client,
    "self_assessment",
    [
      ["id", "uuid"],
      ["supplier_id", "uuid"],
      ["checklist_id", "uuid"],
      ["status", "varchar"],
      ["submitted_at", "timestamptz"],
      ["reviewed_at", "timestamptz"],
    ],
    saqs,
  );
  // Every item answered, by its answer type.
  await client.query(
    `INSERT INTO self_assessment_answer (self_assessment_id, item_id, choice, scale, number, text, updated_at)
     SELECT sa.id, ci.id,
       CASE WHEN ci.answer_type = 'YES_NO' THEN (ARRAY['YES','YES','YES','NO','NOT_APPLICABLE'])[1 + floor(random() * 5)::int] END,
       CASE WHEN ci.answer_type = 'SCALE_0_4' THEN floor(random() * 5)::int END,
       CASE WHEN ci.answer_type = 'NUMBER' THEN round((random() * 100)::numeric, 1)::float8 END,
       CASE WHEN ci.answer_type = 'TEXT' THEN 'Described in our management manual' END,
       sa.submitted_at
     FROM unnest($1::uuid[]) AS x(id) JOIN self_assessment sa ON sa.id = x.id
     JOIN checklist_item ci ON ci.checklist_id = sa.checklist_id`,
    [saqs.map((row) => row[0])],
  );
  await insertRows(
    client,
    "priority_adjustment",
    [
      ["id", "uuid"],
      ["supplier_id", "uuid"],
      ["delta", "float8"],
      ["reason", "varchar"],
      ["category_id", "uuid"],
      ["created_by_id", "uuid"],
      ["created_at", "timestamptz"],
      ["expires_at", "timestamptz"],
    ],
    adjustments,
  );
}

/** Supplier users for the write workload: each owns a supplier and a DRAFT self-assessment. */
async function seedSupplierUsers(client: PoolClient, fixed: Fixed): Promise<void> {
  const hash = await hashPassword(BENCH_PASSWORD);
  const owned = (
    await client.query(`SELECT id FROM supplier ORDER BY name LIMIT $1`, [BENCH_SUPPLIER_USERS])
  ).rows as { id: string }[];
  await insertRows(
    client,
    "app_user",
    [
      ["email", "varchar"],
      ["name", "varchar"],
      ["role", "varchar"],
      ["supplier_id", "uuid"],
      ["password_hash", "varchar"],
    ],
    owned.map((row, i) => [
      `supplier${i + 1}@bench.esg`,
      `Bench Supplier ${i + 1}`,
      "SUPPLIER",
      row.id,
      hash,
    ]),
  );
  await insertRows(
    client,
    "self_assessment",
    [
      ["supplier_id", "uuid"],
      ["checklist_id", "uuid"],
      ["status", "varchar"],
    ],
    owned.map((row) => [row.id, fixed.checklistId, "DRAFT"]),
  );
}

/**
 * Seeds a migrated, empty benchmark database. The bulk load runs with
 * `session_replication_role = replica`, which disables triggers (and foreign-key checks) for
 * this session only: the audit_record_guard trigger would otherwise refuse results and findings
 * of a COMPLETED audit. The data is consistent by construction. Standings are then computed by
 * the app's own code (refreshDueStandings -> recomputeWith), so they equal what the portal
 * would store.
 */
export async function seedBenchDatabase(
  dataSource: DataSource,
  suppliers: number,
  options: { workers: number; batchSize?: number },
): Promise<SeedSummary> {
  const started = Date.now();
  const now = Date.now();
  const batchSize = options.batchSize ?? 1000;
  const counts = { audits: 0, findings: 0 };
  const bar = new SingleBar(
    { format: "  {stage} [{bar}] {value}/{total} suppliers | {duration}s", hideCursor: true },
    Presets.shades_classic,
  );

  const driver = dataSource.driver as unknown as { master: { connect(): Promise<PoolClient> } };
  const client = await driver.master.connect();
  let fixed: Fixed;
  try {
    await client.query("SET session_replication_role = replica");
    fixed = await fixedRows(client);
    bar.start(suppliers, 0, { stage: "load     " });
    for (let from = 0; from < suppliers; from += batchSize) {
      const count = Math.min(batchSize, suppliers - from);
      await client.query("BEGIN");
      await seedBatch(client, fixed, from, count, now, counts);
      await client.query("COMMIT");
      bar.update(from + count);
    }
    await seedSupplierUsers(client, fixed);
    await client.query("SET session_replication_role = DEFAULT");
    await client.query("ANALYZE");
  } finally {
    client.release();
  }
  bar.stop();
  const loaded = Date.now();

  // The app's own recomputation, several workers sharing the work through SKIP LOCKED.
  bar.start(suppliers, 0, { stage: "standings" });
  let done = false;
  const progress = (async () => {
    while (!done) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const [{ n }] = (await dataSource.query(
        `SELECT count(*)::int AS n FROM supplier_standing`,
      )) as { n: number }[];
      bar.update(n);
    }
  })();
  try {
    await Promise.all(
      Array.from({ length: options.workers }, () => refreshDueStandings(dataSource, systemClock)),
    );
  } finally {
    done = true;
    await progress;
  }
  bar.update(suppliers);
  bar.stop();
  // Statistics, and a visibility map that lets counts use index-only scans, as autovacuum
  // would leave them on a database that has been running for a while.
  await dataSource.query("VACUUM ANALYZE");
  const finished = Date.now();
  return {
    suppliers,
    audits: counts.audits,
    findings: counts.findings,
    itemResults: counts.audits * fixed.items.length,
    seconds: {
      load: (loaded - started) / 1000,
      standings: (finished - loaded) / 1000,
      total: (finished - started) / 1000,
    },
  };
}
