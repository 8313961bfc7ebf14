import { Role } from "../src/shared/domain/role.enum";
import { auditTeam, completedAudit, ok } from "./support/audit-fixtures";
import { makeSupplier, makeUser, type TestUser } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

const PAGE = `query($id: ID!) { supplier(id: $id) { statusReasons
  score { gradeCaps { reason } explanation { label points } }
  priority { explanation { label points } }
  scoreHistory(first: 1) { edges { node { explanation { label points } } } } } }`;
const RANKING = `query { supplierRankings(first: 100) {
  edges { node { supplier { id } explanation { label points } } } } }`;

const CJK = /[\u4e00-\u9fff]/;
type Line = { label: string; points: number };

/**
 * Sentences the server stores in English (score lines, status reasons, priority terms) or
 * composes when read (grade caps) reach a zh-CN reader in Chinese and an en reader as before.
 */
describe("explanations in the reader's language", () => {
  let app: TestApp;
  let en: TestUser;
  let zh: TestUser;
  let team: Awaited<ReturnType<typeof auditTeam>>;

  beforeAll(async () => {
    app = await createTestApp();
    en = await makeUser(app, Role.PROCUREMENT);
    zh = await makeUser(app, Role.PROCUREMENT);
    ok(await app.exec(zh.token, `mutation { setLocale(locale: "zh-CN") { id } }`));
    team = await auditTeam(app);
  });
  afterAll(() => app.close());

  it("words a suspended supplier's score, cap, status reason and priority in Chinese", async () => {
    const supplier = await makeSupplier(app);
    await completedAudit(app, {
      ...team.plan(supplier.id),
      overrides: { "CFL-01": "NONCONFORMS" },
      findings: [
        { area: "CHILD_AND_FORCED_LABOUR", severity: "ZERO_TOLERANCE", itemCode: "CFL-01" },
      ],
    });
    const english = ok(await app.exec(en.token, PAGE, { id: supplier.id })).supplier;
    const chinese = ok(await app.exec(zh.token, PAGE, { id: supplier.id })).supplier;

    // English exactly as the server words it.
    expect(english.statusReasons).toContain("1 open zero-tolerance finding");
    expect(english.score.gradeCaps).toEqual([{ reason: "1 open zero-tolerance finding: grade E" }]);
    expect(english.score.explanation).toContainEqual(
      expect.objectContaining({
        label:
          "Child and forced labour: 1 open zero-tolerance finding sets the area to 0 x weight 2/10.5",
      }),
    );

    expect(chinese.statusReasons).toContain("1 项未关闭的零容忍发现项");
    expect(chinese.score.gradeCaps).toEqual([{ reason: "1 项未关闭的零容忍发现项：评级为 E" }]);
    expect(chinese.score.explanation).toContainEqual(
      expect.objectContaining({
        label: "童工与强迫劳动：1 项未关闭的零容忍发现项，该领域得分计为 0 × 权重 2/10.5",
      }),
    );
    const lines = (view: typeof english): Line[] => [
      ...view.score.explanation,
      ...view.priority.explanation,
      ...view.scoreHistory.edges[0].node.explanation,
    ];
    // Every line in Chinese, the points as they were, line by line.
    expect(lines(chinese).filter((l) => !CJK.test(l.label))).toEqual([]);
    expect(lines(chinese).map((l) => l.points)).toEqual(lines(english).map((l) => l.points));
    expect(chinese.statusReasons.filter((r: string) => !CJK.test(r))).toEqual([]);
  });

  it("words the ranking's priority terms in Chinese for a zh-CN reader", async () => {
    const supplier = await makeSupplier(app);
    await completedAudit(app, team.plan(supplier.id));
    const row = async (user: TestUser) =>
      ok(await app.exec(user.token, RANKING)).supplierRankings.edges.find(
        (e: { node: { supplier: { id: string } } }) => e.node.supplier.id === supplier.id,
      ).node.explanation as Line[];
    const [english, chinese] = [await row(en), await row(zh)];
    expect(english[0].label).toMatch(/^ESG score [\d.]+ x 0\.6$/);
    expect(chinese[0].label).toMatch(/^ESG 得分 [\d.]+ × 0\.6$/);
    expect(chinese.filter((l) => !CJK.test(l.label))).toEqual([]);
    expect(chinese.map((l) => l.points)).toEqual(english.map((l) => l.points));
  });
});
