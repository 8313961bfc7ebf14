import type { EntityManager } from "typeorm";
import { createDataSource } from "../src/app/data-source";
import { loadConfig } from "../src/config/config";
import { createTestApp, type TestApp } from "./support/test-app";

/** The named statements this session holds, by text. */
const preparedTexts = async (manager: EntityManager): Promise<string[]> =>
  (
    (await manager.query(`SELECT statement FROM pg_prepared_statements ORDER BY statement`)) as {
      statement: string;
    }[]
  ).map((row) => row.statement);

describe("prepared statements (DB_PREPARED_STATEMENTS)", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  const LOOKUP = `SELECT n, n * $1::int AS m FROM generate_series(1, 3) n ORDER BY n`;

  it("prepares a parameterised statement once per connection and gives what an unnamed one gives", async () => {
    const plain = createDataSource({
      url: app.databaseUrl,
      poolSize: 1,
      preparedStatements: false,
    });
    await plain.initialize();
    try {
      const expected = await plain.query(LOOKUP, [7]);
      expect(expected).toEqual([1, 2, 3].map((n) => ({ n, m: 7 * n })));
      await app.dataSource.transaction(async (manager) => {
        const first = await manager.query(LOOKUP, [7]);
        const second = await manager.query(LOOKUP, [7]);
        expect(first).toEqual(expected);
        expect(second).toEqual(expected);
        expect((await preparedTexts(manager)).filter((text) => text === LOOKUP)).toHaveLength(1);
        // Statements without parameters, and those whose output follows a table's columns (a
        // migration adding one would invalidate the cached plan), run unnamed.
        await manager.query(`SELECT count(*) FROM migrations`);
        await manager.query(`SELECT * FROM migrations WHERE id > $1`, [0]);
        const texts = await preparedTexts(manager);
        expect(texts).not.toContain(`SELECT count(*) FROM migrations`);
        expect(texts).not.toContain(`SELECT * FROM migrations WHERE id > $1`);
      });
      await plain.transaction(async (manager) => {
        await manager.query(LOOKUP, [7]);
        expect(await preparedTexts(manager)).toEqual([]);
      });
    } finally {
      await plain.destroy();
    }
  });

  it("is on unless DB_PREPARED_STATEMENTS=false, and refuses other values", () => {
    const base = { NODE_ENV: "test", JWT_SECRET: "x".repeat(40) };
    expect(loadConfig(base).dbPreparedStatements).toBe(true);
    expect(loadConfig({ ...base, DB_PREPARED_STATEMENTS: "false" }).dbPreparedStatements).toBe(
      false,
    );
    expect(() => loadConfig({ ...base, DB_PREPARED_STATEMENTS: "sometimes" })).toThrow(
      /DB_PREPARED_STATEMENTS must be true or false/,
    );
  });
});
