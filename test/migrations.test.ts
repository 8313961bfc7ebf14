import { pendingSchemaChanges } from "../src/database/schema-drift";
import { createTestApp, type TestApp } from "./support/test-app";

describe("migrations", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it("agree with the entities: generating a migration would produce nothing", async () => {
    const { up } = await pendingSchemaChanges(app.dataSource);
    expect(up).toEqual([]);
  });

  it("can be reverted and re-applied", async () => {
    const runner = app.dataSource;
    const applied = await runner.query(`SELECT count(*)::int AS n FROM migrations`);
    for (let i = 0; i < applied[0].n; i++) await runner.undoLastMigration({ transaction: "each" });
    expect(await runner.query(`SELECT to_regclass('public.supplier') AS t`)).toEqual([{ t: null }]);
    await runner.runMigrations({ transaction: "each" });
    expect((await pendingSchemaChanges(runner)).up).toEqual([]);
  });
});
