import type { Page } from "playwright-core";
import {
  launchBrowser,
  logIn,
  type PortalPage,
  type Session,
  withPage as withPageIn,
} from "./support/browser";
import { api, apiLogin, startBuiltPortal, type BuiltPortal } from "./support/portal";

// The functions given to page.evaluate run in the browser; this tsconfig has no DOM types.
declare const window: any, document: any, getComputedStyle: (el: any) => any;
type Element = any;

/**
 * Every page of the portal at 390 px (issue 20): each demo role visits every route of
 * src/web/App.tsx it may see, with demo records for the parameterised ones. Each page is
 * pictured and checked by axe-core (the shot does it), the document never scrolls sideways, and
 * whatever is wider than its box sits in a `.table-wrap` scroll container (the shared class: a
 * shadow on the side with more, a labelled region the keyboard can scroll). The keyboard gets a skip link into the content and a way into the main nav.
 */

let portal: BuiltPortal;
let session: Session;
const ids = {
  sunrise: "",
  mapCategory: "",
  saq: "",
  completedAudit: "",
  openAudit: "",
  declaration: "",
  checklist: "",
};

const PHONE = { width: 390, height: 844 };

beforeAll(async () => {
  portal = await startBuiltPortal();
  session = await launchBrowser();
  const admin = await apiLogin(portal.url, "admin@demo.esg");
  const supplier = await apiLogin(portal.url, "supplier@demo.esg");
  const me = await api(
    portal.url,
    `{ me { supplier { id selfAssessments { id } supplyChainMaps { categoryId } } } }`,
    {},
    supplier,
  );
  ids.sunrise = me.me.supplier.id;
  ids.saq = me.me.supplier.selfAssessments[0].id;
  ids.mapCategory = me.me.supplier.supplyChainMaps[0].categoryId;
  const audits = await api(
    portal.url,
    `{ audits(first: 100) { edges { node { id status supplier { id } } } } }`,
    {},
    admin,
  );
  const nodes: { id: string; status: string; supplier: { id: string } }[] = audits.audits.edges.map(
    (edge: { node: unknown }) => edge.node,
  );
  ids.completedAudit = nodes.find(
    (a) => a.status === "COMPLETED" && a.supplier.id === ids.sunrise,
  )!.id;
  ids.openAudit = (nodes.find((a) => a.status === "IN_PROGRESS") ??
    nodes.find((a) => a.status === "PLANNED"))!.id;
  // The demo has no material declaration: the supplier drafts one (class A, one list).
  const lists = await api(portal.url, `{ regulatoryLists { code } }`, {}, supplier);
  const declared = await api(
    portal.url,
    `mutation($input: MaterialDeclarationInput!) { createMaterialDeclaration(input: $input) { id } }`,
    {
      input: {
        supplierId: ids.sunrise,
        categoryId: ids.mapCategory,
        declarationClass: "A",
        partName: "Wafer carrier",
        partNumber: "WC-390",
        validUntil: "2027-12-31T00:00:00.000Z",
        statements: [{ list: lists.regulatoryLists[0].code, compliant: true }],
      },
    },
    supplier,
  );
  ids.declaration = declared.createMaterialDeclaration.id;
  const checklists = await api(portal.url, `{ checklists { id status } }`, {}, admin);
  ids.checklist = checklists.checklists[0].id;
}, 120_000);

afterAll(async () => {
  await session?.close();
  await portal?.stop();
});

const withPage = (
  prefix: string,
  run: (p: PortalPage) => Promise<void>,
  viewport?: { width: number; height: number },
) => withPageIn(session, portal.url, prefix, run, viewport);

type Role = "ADMIN" | "PROCUREMENT" | "AUDITOR" | "SUPPLIER";
const STAFF: Role[] = ["ADMIN", "PROCUREMENT", "AUDITOR"];

/** App.tsx's routes, with who may see each (a route for everyone has no `roles`). */
function routes(): { path: string; name: string; roles?: Role[] }[] {
  return [
    { path: "/", name: "home" },
    { path: "/me", name: "me" },
    { path: "/change-password", name: "change-password" },
    { path: "/dashboard", name: "dashboard", roles: STAFF },
    { path: "/dashboard/audits", name: "dashboard-audits", roles: ["ADMIN"] },
    { path: "/dashboard/procurement", name: "dashboard-procurement", roles: ["ADMIN"] },
    { path: "/search?q=Sunrise", name: "search" },
    {
      path: `/history/Supplier/${ids.sunrise}?title=Sunrise`,
      name: "history",
      roles: ["ADMIN", "AUDITOR"],
    },
    { path: "/admin/categories", name: "categories", roles: ["ADMIN"] },
    { path: "/suppliers", name: "suppliers", roles: STAFF },
    { path: `/suppliers/${ids.sunrise}`, name: "supplier" },
    {
      path: `/suppliers/${ids.sunrise}/supply-chain/${ids.mapCategory}`,
      name: "supply-chain-map",
    },
    { path: "/saqs", name: "saqs" },
    { path: `/saqs/${ids.saq}`, name: "saq" },
    { path: "/audits", name: "audits" },
    { path: `/audits/${ids.completedAudit}`, name: "audit-completed" },
    { path: `/audits/${ids.openAudit}`, name: "audit-open", roles: ["ADMIN", "AUDITOR"] },
    { path: "/documents", name: "documents" },
    { path: "/declarations", name: "declarations" },
    { path: "/declarations/new", name: "declaration-new" },
    { path: `/declarations/${ids.declaration}`, name: "declaration" },
    { path: "/notifications", name: "notifications" },
    { path: "/ehs/register", name: "risk-register", roles: STAFF },
    { path: "/ehs/substitution", name: "substitution", roles: STAFF },
    { path: "/queue", name: "queue", roles: ["AUDITOR", "ADMIN"] },
    { path: "/rankings", name: "rankings", roles: ["PROCUREMENT", "ADMIN"] },
    { path: "/recycled", name: "recycled", roles: ["PROCUREMENT", "ADMIN"] },
    { path: "/recycled/purchases", name: "purchases", roles: ["PROCUREMENT", "ADMIN"] },
    { path: "/recycled/declarations", name: "recycled-declarations" },
    { path: "/admin/users", name: "users", roles: ["ADMIN"] },
    { path: "/admin/suppliers", name: "admin-suppliers", roles: ["ADMIN"] },
    { path: "/admin/import", name: "import", roles: ["ADMIN", "PROCUREMENT"] },
    { path: "/admin/checklists", name: "checklists", roles: ["ADMIN"] },
    { path: `/admin/checklists/${ids.checklist}`, name: "checklist", roles: ["ADMIN"] },
    { path: "/admin/audits", name: "admin-audits", roles: ["ADMIN"] },
    { path: "/admin/outbox", name: "outbox", roles: ["ADMIN"] },
    { path: "/admin/api-tokens", name: "api-tokens", roles: ["ADMIN"] },
    { path: "/admin/webhooks", name: "webhooks", roles: ["ADMIN"] },
    { path: "/admin/screening", name: "screening", roles: STAFF },
    { path: "/admin/protected-areas", name: "protected-areas", roles: STAFF },
    { path: "/no-such-page", name: "not-found" },
  ];
}

/** The page has its heading and nothing is still loading. */
async function settle(page: Page) {
  await page.locator("h1").first().waitFor({ timeout: 8_000 });
  await page
    .locator(".loading")
    .first()
    .waitFor({ state: "detached", timeout: 10_000 })
    .catch(() => undefined);
  await page.waitForLoadState("networkidle").catch(() => undefined);
  // Charts draw in with an animation; axe judges colours as they end up.
  await page.waitForTimeout(400);
}

/**
 * What does not fit a phone: the document scrolling sideways, content cut by a box that hides
 * its overflow, a box that scrolls without the shared cue, and anything sticking out past the
 * right edge of the screen outside a scroll container.
 */
async function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const found: string[] = [];
    const name = (el: Element) => {
      const classes = typeof el.className === "string" ? el.className.trim() : "";
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 50);
      return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${
        classes ? `.${classes.split(/\s+/).join(".")}` : ""
      }> "${text}"`;
    };
    const root = document.documentElement;
    if (root.scrollWidth > width + 1) {
      found.push(`the page scrolls sideways: ${root.scrollWidth} px wide on a ${width} px screen`);
    }
    const scrolls = (el: Element) => /auto|scroll/.test(getComputedStyle(el).overflowX);
    for (const el of Array.from<Element>(document.querySelectorAll("body *"))) {
      // The screen-reader-only text is 1 px by design; the map graph pans and zooms instead.
      if (el.closest(".sr-only, .react-flow")) continue;
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden") continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const wider = el.scrollWidth > el.clientWidth + 1;
      // A box of 1 px or 2 px is a visually hidden one (a phone layout's table head).
      const cut = /hidden|clip/.test(style.overflowX) && el.clientWidth > 2;
      if (wider && cut && style.textOverflow !== "ellipsis") {
        found.push(`cut off: ${name(el)} shows ${el.clientWidth} of ${el.scrollWidth} px`);
      }
      if (wider && scrolls(el)) {
        // The shared container, or the supplier page's ScrollTable (its own cue and region).
        const cued = el.matches(".table-wrap[data-scrolls], .scroll-table-box");
        const region = el.getAttribute("tabindex") === "0" && !!el.getAttribute("aria-label");
        if (!cued || !region) {
          found.push(
            `scrolls sideways without the cue and a labelled focusable region: ${name(el)}`,
          );
        }
      }
      if (rect.right > width + 1 && rect.left < width) {
        let box = el.parentElement;
        while (box && !scrolls(box)) box = box.parentElement;
        if (!box || box === root || box === document.body) {
          found.push(`past the right edge of the screen: ${name(el)} ends at ${rect.right} px`);
        }
      }
    }
    // One line per box: its children repeat the finding.
    return [...new Set(found)].slice(0, 20);
  });
}

async function visitAll(p: PortalPage, role: Role, email: string) {
  const { page, shot } = p;
  await logIn(page, email);
  const problems: string[] = [];
  for (const route of routes().filter((r) => !r.roles || r.roles.includes(role))) {
    await page.goto(route.path);
    // One page that does not load is reported with the rest, not instead of them.
    const failed = await settle(page).then(
      () => "",
      () =>
        page
          .locator("main")
          .innerText()
          .catch(() => "no main"),
    );
    if (failed) problems.push(`${route.path}: did not load: ${failed.slice(0, 200)}`);
    await shot(route.name);
    for (const misfit of await misfits(page)) problems.push(`${route.path}: ${misfit}`);
  }
  expect(problems).toEqual([]);
  expect(p.problems).toEqual([]);
}

/** Tab from the top: the skip link first, and it lands in the content; then into the menu. */
async function keyboard(page: Page) {
  await page.goto("/");
  await settle(page);
  await page.keyboard.press("Tab");
  const skip = await page.evaluate(() => {
    const el: Element = document.activeElement;
    const rect = el.getBoundingClientRect();
    return {
      text: el.textContent,
      visible: rect.left >= 0 && rect.top >= 0 && rect.right <= window.innerWidth,
      outline: getComputedStyle(el).outlineStyle,
    };
  });
  expect(skip).toEqual({ text: "Skip to content", visible: true, outline: "solid" });
  await page.keyboard.press("Enter");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");

  await page.goto("/");
  await settle(page);
  // At 390 px the nav sits behind the Menu button: Tab to it, open it, Tab into the nav.
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.textContent === "Menu")) break;
  }
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Menu");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  const inNav = await page.evaluate(() => ({
    nav: document.activeElement?.closest("nav")?.getAttribute("aria-label"),
    outline: getComputedStyle(document.activeElement!).outlineStyle,
  }));
  expect(inNav).toEqual({ nav: "Main", outline: "solid" });
}

/** Every string value of a JSON answer, flattened. */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, out);
  else if (value && typeof value === "object")
    for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

/**
 * English on a Chinese page that no API answer of that page holds: words the interface wrote
 * and nobody translated. Data (supplier names, findings as the auditor typed them) comes from
 * the API and is left alone; so are code samples, and whatever is marked `lang="en"` (the
 * language switch names English in English).
 */
/** Names that are the same in Chinese: schemes, lists, formats, keys, the graph library's credit. */
const NAMES = new Set([
  "amfori BSCI",
  "RBA VAP",
  "REACH SVHC",
  "GeoJSON FeatureCollection",
  "Page Up",
  "Page Down",
  "React Flow",
]);

async function untranslated(page: Page, answers: string[]): Promise<string[]> {
  const phrases: string[] = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent: Element = node.parentElement;
      if (!parent || parent.closest("code, pre, script, style, [lang=en]")) continue;
      const style = getComputedStyle(parent);
      if (style.display === "none" || style.visibility === "hidden") continue;
      const text: string = node.textContent ?? "";
      // Two or more words in a row; not across ":" (a document's title, then its file name).
      for (const match of text.matchAll(/[A-Za-z][A-Za-z'’-]+(?:[ ,]+[A-Za-z][A-Za-z'’-]+)+/g)) {
        found.push(match[0]);
      }
    }
    return found;
  });
  const data = answers.join("\n");
  return [...new Set(phrases.filter((phrase) => !NAMES.has(phrase) && !data.includes(phrase)))];
}

/** Each page of a role in Chinese: lang="zh-CN", and no English the API did not send. */
async function visitAllInChinese(p: PortalPage, role: Role) {
  const { page } = p;
  let answers: string[] = [];
  page.on("response", (response) => {
    if (!response.url().endsWith("/graphql")) return;
    response
      .json()
      .then((body: unknown) => answers.push(...stringsOf(body)))
      .catch(() => undefined);
  });
  const problems: string[] = [];
  for (const route of routes().filter((r) => !r.roles || r.roles.includes(role))) {
    answers = [];
    await page.goto(route.path);
    await settle(page).catch(() => problems.push(`${route.path}: did not load`));
    const lang = await page.evaluate(() => document.documentElement.lang);
    if (lang !== "zh-CN") problems.push(`${route.path}: <html lang="${lang}">`);
    for (const phrase of await untranslated(page, answers)) {
      problems.push(`${route.path}: "${phrase}"`);
    }
    for (const misfit of await misfits(page)) problems.push(`${route.path}: ${misfit}`);
  }
  expect(problems).toEqual([]);
}

describe("every page at 390 px", () => {
  it.each([
    ["SUPPLIER", "supplier@demo.esg"],
    ["AUDITOR", "auditor@demo.esg"],
    ["PROCUREMENT", "buyer@demo.esg"],
    ["ADMIN", "admin@demo.esg"],
  ] as [Role, string][])(
    "%s: every page fits, passes axe, and the keyboard gets in",
    async (role, email) => {
      await withPage(
        `every-${role.toLowerCase()}`,
        async (p) => {
          await visitAll(p, role, email);
          await keyboard(p.page);
        },
        PHONE,
      );
    },
    480_000,
  );

  it("the pages without a log-in fit too", async () => {
    await withPage(
      "every-public",
      async ({ page, shot }) => {
        await page.goto("/login");
        await page.getByRole("button", { name: "Log in" }).waitFor();
        await shot("login");
        expect(await misfits(page)).toEqual([]);
        await page.goto("/accept-invitation#token=not-a-real-token");
        await settle(page);
        await shot("accept-invitation");
        expect(await misfits(page)).toEqual([]);
      },
      PHONE,
    );
  });

  it("SUPPLIER in Chinese (the user's stored language): every page is Chinese and fits", async () => {
    await withPage(
      "every-supplier-zh",
      async (p) => {
        const { page, shot } = p;
        await page.goto("/login");
        await page.locator("input[type=email]").fill("gongyingshang@demo.esg");
        await page.locator("input[type=password]").fill("demo-password-1");
        await page.locator("form button[type=submit]").click();
        await page.locator("html[lang=zh-CN] .who").waitFor();
        await shot("home-zh");
        await visitAllInChinese(p, "SUPPLIER");
      },
      PHONE,
    );
  }, 480_000);

  it("ADMIN switched to Chinese in the top bar: every page is Chinese and fits", async () => {
    await withPage(
      "every-admin-zh",
      async (p) => {
        const { page, shot } = p;
        await logIn(page, "admin@demo.esg");
        await page.locator(".language-switch select").selectOption("zh-CN");
        await page.locator("html[lang=zh-CN]").waitFor({ state: "attached" });
        await shot("home-zh");
        await visitAllInChinese(p, "ADMIN");
        // Stored: a new log-in comes back in Chinese; then back to English for the rest.
        await page.reload();
        await page.locator("html[lang=zh-CN] .who").waitFor();
        await page.locator(".language-switch select").selectOption("en");
        await page.getByRole("button", { name: "Log out" }).waitFor();
      },
      PHONE,
    );
  }, 480_000);
});
