/**
 * The floor the GraphQL rankings are compared with: a bare node:http handler that runs one
 * hand-written SQL statement for the same ranking page (and its total count) and writes it
 * as JSON. No framework, no validation, no auth: the database + HTTP cost only.
 * Env: DATABASE_URL, SCOPE_ID, PAGE_SIZE; prints `floor listening <port>`.
 */
import http from "node:http";
import { Pool } from "pg";

export const FLOOR_SQL = `
  SELECT e.supplier_id, e.priority_score, e.esg_score, e.grade, e.status, e.explanation,
         s.name, s.country,
         (SELECT count(*)::int FROM ranking_entry c
           WHERE c.scope_id = $1 AND c.status IN ('APPROVED', 'CONDITIONAL')) AS total_count
  FROM ranking_entry e JOIN supplier s ON s.id = e.supplier_id
  WHERE e.scope_id = $1 AND e.status IN ('APPROVED', 'CONDITIONAL')
  ORDER BY e.priority_score DESC, e.esg_score DESC, e.supplier_name, e.supplier_id
  LIMIT $2`;

if (require.main === module) {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  const scope = process.env.SCOPE_ID;
  const limit = Number(process.env.PAGE_SIZE ?? 50);
  const server = http.createServer((_req, res) => {
    pool.query(FLOOR_SQL, [scope, limit + 1]).then(
      ({ rows }) => {
        const page = rows.slice(0, limit) as Array<Record<string, unknown>>;
        const body = JSON.stringify({
          data: {
            totalCount: page[0]?.total_count ?? 0,
            hasNextPage: rows.length > limit,
            edges: page.map((row, index) => ({
              rank: index + 1,
              priorityScore: row.priority_score,
              esgScore: row.esg_score,
              grade: row.grade,
              status: row.status,
              explanation: row.explanation,
              supplier: { id: row.supplier_id, name: row.name, country: row.country },
            })),
          },
        });
        res.writeHead(200, { "content-type": "application/json" }).end(body);
      },
      (error: Error) => {
        res.writeHead(500).end(JSON.stringify({ errors: [{ message: error.message }] }));
      },
    );
  });
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    process.stdout.write(`floor listening ${typeof address === "object" && address?.port}\n`);
  });
  process.on("SIGTERM", () => {
    server.close();
    void pool.end().then(() => process.exit(0));
  });
}
