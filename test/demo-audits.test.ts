import { seedAuditDemo } from "../src/demo/demo-audits";
import { AuditItemResult } from "../src/modules/audit/audit-item-result.entity";
import { Audit } from "../src/modules/audit/audit.entity";
import { CorrectiveAction } from "../src/modules/audit/corrective-action.entity";
import { Finding } from "../src/modules/audit/finding.entity";
import { ChecklistItem } from "../src/modules/checklist/checklist-item.entity";
import { Role } from "../src/shared/domain/role.enum";
import { makeSupplier, makeUser } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

describe("audit demo data", () => {
  let app: TestApp;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await createTestApp();
    for (const key of ["sunrise", "nordglass", "alframe", "cellvolt"]) {
      ids[key] = (await makeSupplier(app, { name: key })).id;
    }
    const admin = await makeUser(app, Role.ADMIN);
    const auditor = await makeUser(app, Role.AUDITOR);
    const supplier = await makeUser(app, Role.SUPPLIER, { supplierId: ids.sunrise });
    await seedAuditDemo(
      await app.server.contextFor(admin.token),
      await app.server.contextFor(auditor.token),
      await app.server.contextFor(supplier.token),
      ids,
    );
  });
  afterAll(() => app.close());

  const auditsOf = (key: string) => app.dataSource.manager.findBy(Audit, { supplierId: ids[key] });
  const findingsOf = (key: string) =>
    app.dataSource.manager.find(Finding, {
      where: { supplierId: ids[key] },
      relations: { item: true },
      order: { riskScore: "DESC" },
    });

  it("gives sunrise a completed audit with MAJOR, MINOR and OBSERVATION findings and an accepted plan", async () => {
    expect((await auditsOf("sunrise")).map((a) => a.status)).toEqual(["COMPLETED"]);
    const findings = await findingsOf("sunrise");
    expect(findings.map((f) => f.severity)).toEqual(["MAJOR", "MINOR", "OBSERVATION"]);
    const plans = await app.dataSource.manager.findBy(CorrectiveAction, {
      findingId: findings[0].id,
    });
    expect(plans.map((p) => p.status)).toEqual(["ACCEPTED"]);
  });

  it("gives nordglass a nearly conformant completed audit", async () => {
    const [audit] = await auditsOf("nordglass");
    expect(audit.status).toBe("COMPLETED");
    const results = await app.dataSource.manager.findBy(AuditItemResult, { auditId: audit.id });
    expect(results).toHaveLength(40);
    expect(results.filter((r) => r.result !== "CONFORMS").length).toBeLessThanOrEqual(1);
    expect((await findingsOf("nordglass")).map((f) => f.severity)).toEqual(["OBSERVATION"]);
  });

  it("gives alframe a zero-tolerance forced-labour finding on a NONCONFORMS result", async () => {
    const [audit] = await auditsOf("alframe");
    expect(audit.status).toBe("COMPLETED");
    const zeroTolerance = (await findingsOf("alframe")).filter(
      (f) => f.severity === "ZERO_TOLERANCE",
    );
    expect(zeroTolerance.map((f) => [f.item?.code, f.status])).toEqual([["CFL-04", "OPEN"]]);
    const item = await app.dataSource.manager.findOneByOrFail(ChecklistItem, {
      id: zeroTolerance[0].itemId!,
    });
    const result = await app.dataSource.manager.findOneByOrFail(AuditItemResult, {
      auditId: audit.id,
      itemId: item.id,
    });
    expect(result.result).toBe("NONCONFORMS");
  });

  it("plans an audit for cellvolt", async () => {
    const audits = await auditsOf("cellvolt");
    expect(audits.map((a) => a.status)).toEqual(["PLANNED"]);
    expect(audits[0].plannedDate.getTime()).toBeGreaterThan(app.clock.now().getTime());
  });
});
