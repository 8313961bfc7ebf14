import { Role } from "../src/shared/domain/role.enum";
import { negotiateLocale } from "../src/shared/i18n/locale";
import { makeUser, TEST_PASSWORD } from "./support/factories";
import { codesOf, post } from "./support/graphql-client";
import { createTestApp, type TestApp } from "./support/test-app";

const ME = `{ me { id locale } }`;
const SET = `mutation($l: String!) { setLocale(locale: $l) { id locale } }`;
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { locale } } }`;

describe("negotiating a locale from Accept-Language", () => {
  it.each([
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"],
    ["zh", "zh-CN"],
    ["zh-TW,en;q=0.5", "zh-CN"],
    ["zh-Hans-CN", "zh-CN"],
    ["en-GB,en;q=0.9", "en"],
    ["de-DE,en;q=0.7,zh;q=0.6", "en"],
    ["fr-FR,zh-CN;q=0.8,en;q=0.2", "zh-CN"],
  ])("%s -> %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  it("names none for a header without our languages, or none at all", () => {
    expect(negotiateLocale("de-DE,fr;q=0.5")).toBeNull();
    expect(negotiateLocale(undefined)).toBeNull();
    expect(negotiateLocale("")).toBeNull();
  });
});

describe("a user's language", () => {
  let app: TestApp;
  let url: string;

  beforeAll(async () => {
    app = await createTestApp();
    url = `http://127.0.0.1:${await app.server.listen(0, "127.0.0.1")}`;
  });
  afterAll(() => app.close());

  const stored = async (id: string) =>
    (
      (await app.dataSource.query(`SELECT locale FROM app_user WHERE id = $1`, [id])) as {
        locale: string | null;
      }[]
    )[0].locale;

  it("follows the browser until chosen, is taken at the first log-in, then stays chosen", async () => {
    const buyer = await makeUser(app, Role.PROCUREMENT, { email: "locale.buyer@example.com" });
    expect(await stored(buyer.user.id)).toBeNull();
    // Not chosen yet: the request's language, and English without a header.
    const zh = { headers: { "accept-language": "zh-CN,zh;q=0.9" }, token: buyer.token };
    expect((await post(url, ME, {}, zh)).body.data.me.locale).toBe("zh-CN");
    expect((await post(url, ME, {}, { token: buyer.token })).body.data.me.locale).toBe("en");

    const login = await post(
      url,
      LOGIN,
      { e: "locale.buyer@example.com", p: TEST_PASSWORD },
      { headers: { "accept-language": "zh-CN" } },
    );
    expect(login.body.data.login.user.locale).toBe("zh-CN");
    expect(await stored(buyer.user.id)).toBe("zh-CN");
    // Stored now: an English browser does not move it.
    const en = { headers: { "accept-language": "en-GB" }, token: buyer.token };
    expect((await post(url, ME, {}, en)).body.data.me.locale).toBe("zh-CN");

    const set = await post(url, SET, { l: "en" }, en);
    expect(set.body.errors).toBeUndefined();
    expect(set.body.data.setLocale.locale).toBe("en");
    expect(await stored(buyer.user.id)).toBe("en");
    // A later log-in from a Chinese browser keeps the choice.
    await post(url, LOGIN, { e: "locale.buyer@example.com", p: TEST_PASSWORD }, zh);
    expect(await stored(buyer.user.id)).toBe("en");
  });

  it("records the change in the audit trail, and the token's holder sees it on the next request", async () => {
    const auditor = await makeUser(app, Role.AUDITOR, { email: "locale.auditor@example.com" });
    // Cached holder first: the change must reach it.
    expect((await post(url, ME, {}, { token: auditor.token })).body.data.me.locale).toBe("en");
    await post(url, SET, { l: "zh-CN" }, { token: auditor.token });
    expect((await post(url, ME, {}, { token: auditor.token })).body.data.me.locale).toBe("zh-CN");
    const trail = (await app.dataSource.query(
      `SELECT action, changes FROM audit_event WHERE entity_id = $1 ORDER BY seq`,
      [auditor.user.id],
    )) as { action: string }[];
    expect(trail.map((row) => row.action)).toContain("user.locale_changed");
  });

  it("refuses a language the portal does not speak, and changes nothing", async () => {
    const supplierUser = await makeUser(app, Role.ADMIN, { email: "locale.admin@example.com" });
    const refused = await post(url, SET, { l: "fr" }, { token: supplierUser.token });
    expect(codesOf(refused)).toEqual(["BAD_USER_INPUT"]);
    expect(refused.body.errors?.[0].extensions.fields).toEqual([
      expect.objectContaining({ path: "locale" }),
    ]);
    expect(await stored(supplierUser.user.id)).toBeNull();
    expect(codesOf(await post(url, SET, { l: "en" }))).toEqual(["UNAUTHENTICATED"]);
  });
});
