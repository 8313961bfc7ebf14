import { SCREENING_PERMISSIONS as P } from "../../src/modules/screening/screening.permissions";
import { Role } from "../../src/shared/domain/role.enum";
import { addMonths } from "../../src/shared/time";
import { storeDocument } from "../support/documents";
import { makeUser } from "../support/factories";
import type { MatrixCase, MatrixFixture } from "./matrix";

/** A fresh open hit on the caller's own supplier (its node removed, so it blocks nothing). */
async function openHit(fx: MatrixFixture): Promise<string> {
  const now = fx.app.clock.now();
  const [version] = (await fx.app.dataSource.query(
    `INSERT INTO screening_list_version (kind, number, entry_count, source_filename,
       source_sha256, imported_by_id, imported_at)
     SELECT 'RESTRICTED_ENTITY', COALESCE(max(number), 0) + 1, 1, 'matrix.csv', repeat('0', 64), $1, $2
       FROM screening_list_version WHERE kind = 'RESTRICTED_ENTITY'
     RETURNING id`,
    [fx.users.ADMIN.user.id, now],
  )) as { id: string }[];
  const [entry] = (await fx.app.dataSource.query(
    `INSERT INTO screening_list_entry (version_id, name, source, listed_on, match_keys)
     VALUES ($1, 'Matrix Listed Party', 'Matrix', '2026-01-01', '{matrix listed party}') RETURNING id`,
    [version.id],
  )) as { id: string }[];
  const [hit] = (await fx.app.dataSource.query(
    `INSERT INTO screening_hit (supplier_id, node_name, entry_id, list_version_id, kind, field,
       matched_value, match_key, found_at)
     VALUES ($1, 'Matrix Node', $2, $3, 'RESTRICTED_ENTITY', 'NAME', 'matrix listed party',
       'E:matrix listed party', $4)
     RETURNING id`,
    [fx.ownSupplier.id, entry.id, version.id, now],
  )) as { id: string }[];
  return hit.id;
}

/** A pending rebuttal recorded by another admin than any of the matrix's users. */
async function pendingRebuttal(fx: MatrixFixture): Promise<string> {
  const recorder = await makeUser(fx.app, Role.ADMIN);
  const now = fx.app.clock.now();
  const [rebuttal] = (await fx.app.dataSource.query(
    `INSERT INTO screening_rebuttal (hit_id, supplier_id, reason, evidence, expires_at, status,
       recorded_by_id, recorded_at)
     VALUES ($1, $2, 'Matrix case: another party of the same name',
       '[{"title":"Registry","url":"https://registry.example/1"}]', $3, 'PENDING', $4, $5)
     RETURNING id`,
    [await openHit(fx), fx.ownSupplier.id, addMonths(now, 6), recorder.user.id, now],
  )) as { id: string }[];
  return rebuttal.id;
}

/** An upload by the matrix's admin, the one role that records rebuttals. */
async function registryExtract(fx: MatrixFixture): Promise<string> {
  const bytes = Buffer.from("Registry extract (matrix)");
  return (await storeDocument(fx.app, fx.users.ADMIN.token, bytes, "registry.txt")).id;
}

export const CASES: MatrixCase[] = [
  {
    operation: "screeningLists",
    kind: "query",
    allowed: P.screeningLists,
    prepare: async () => ({ query: `{ screeningLists { kind currentVersion { number } } }` }),
  },
  {
    operation: "screeningHits",
    kind: "query",
    allowed: P.screeningHits,
    prepare: async () => ({ query: `{ screeningHits(first: 5) { totalCount } }` }),
  },
  {
    operation: "screeningRebuttals",
    kind: "query",
    allowed: P.screeningRebuttals,
    prepare: async () => ({ query: `{ screeningRebuttals(first: 5) { totalCount } }` }),
  },
  {
    operation: "importScreeningList",
    kind: "mutation",
    allowed: P.importScreeningList,
    // A dry run: each role's call is checked, nothing is written.
    prepare: async (fx) => {
      const csv = "name,source,listedOn\nMatrix Import Party,Matrix,2026-01-01\n";
      const document = await storeDocument(fx.app, fx.users.ADMIN.token, Buffer.from(csv), "l.csv");
      return {
        query: `mutation($id: ID!) { importScreeningList(kind: RESTRICTED_ENTITY, documentId: $id, dryRun: true) { report { rows } hitsFound } }`,
        variables: { id: document.id },
      };
    },
  },
  {
    operation: "recordScreeningRebuttal",
    kind: "mutation",
    allowed: P.recordScreeningRebuttal,
    prepare: async (fx) => ({
      query: `mutation($input: ScreeningRebuttalInput!) { recordScreeningRebuttal(input: $input) { id state } }`,
      variables: {
        input: {
          hitId: await openHit(fx),
          reason: "Matrix case: another party of the same name",
          evidence: [{ title: "Registry", documentId: await registryExtract(fx) }],
          expiresAt: addMonths(fx.app.clock.now(), 6).toISOString(),
        },
      },
    }),
  },
  {
    operation: "approveScreeningRebuttal",
    kind: "mutation",
    allowed: P.approveScreeningRebuttal,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { approveScreeningRebuttal(id: $id) { id state } }`,
      variables: { id: await pendingRebuttal(fx) },
    }),
  },
  {
    operation: "rejectScreeningRebuttal",
    kind: "mutation",
    allowed: P.rejectScreeningRebuttal,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { rejectScreeningRebuttal(id: $id, reason: "Not the same evidence") { id state } }`,
      variables: { id: await pendingRebuttal(fx) },
    }),
  },
];
