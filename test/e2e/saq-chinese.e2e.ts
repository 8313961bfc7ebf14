import type { Page } from "playwright-core";
import {
  launchBrowser,
  logIn,
  type PortalPage,
  type Session,
  withPage as withPageIn,
} from "./support/browser";
import { api, apiLogin, startBuiltPortal, type BuiltPortal } from "./support/portal";

/**
 * The supplier's screens in Chinese (issue 21): Sunrise's supplier user switches the portal to
 * 简体中文, answers a self-assessment (Chinese labels, the checklist's Chinese supplier-voice
 * questions), is told in Chinese what is missing, and submits it; the English auditor then reads
 * the same self-assessment in English. Sunrise's Chinese-speaking EHS manager (stored locale
 * zh-CN) opens the completed audit: findings, results and the corrective action plan form in
 * Chinese, and proposes a plan.
 */

let portal: BuiltPortal;
let session: Session;
let saqId = "";
let sunriseAudit = "";

const CJK = /[\u4e00-\u9fff]/;

beforeAll(async () => {
  portal = await startBuiltPortal();
  session = await launchBrowser();
  const admin = await apiLogin(portal.url, "admin@demo.esg");
  const suppliers = await api(
    portal.url,
    `query { suppliers(first: 100) { edges { node { id name } } } }`,
    {},
    admin,
  );
  const sunrise = suppliers.suppliers.edges.find((e: any) => e.node.name.startsWith("Sunrise")).node
    .id as string;
  const audits = await api(
    portal.url,
    `query($s: ID!) { audits(filter: { supplierId: $s, status: COMPLETED }) { edges { node { id } } } }`,
    { s: sunrise },
    admin,
  );
  sunriseAudit = audits.audits.edges[0].node.id as string;
}, 120_000);

afterAll(async () => {
  await session?.close();
  await portal?.stop();
});

const withPage = (prefix: string, run: (p: PortalPage) => Promise<void>) =>
  withPageIn(session, portal.url, prefix, run);

/**
 * Logs in on the (English, the browser's language) log-in page and waits for the portal to
 * show the user's own language, whose top bar the English `logIn` helper would not recognise.
 */
async function logInAs(page: Page, email: string, lang: string) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("demo-password-1");
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.locator(`html[lang="${lang}"]`).waitFor({ state: "attached" });
}

/** One item answered through its Chinese labels, with evidence where the checklist asks for it. */
async function answerInChinese(page: Page, code: string) {
  const item = page.locator(`li[data-code="${code}"]`);
  switch (await item.getAttribute("data-type")) {
    case "YES_NO":
      await item.getByLabel("是", { exact: true }).check();
      break;
    case "SCALE_0_4":
      await item.getByLabel("4", { exact: true }).check();
      break;
    case "NUMBER":
      await item.getByLabel(`${code} 的回答（数值）`).fill("12");
      await item.getByLabel(`${code} 的回答（数值）`).blur();
      break;
    case "TEXT":
      await item
        .getByLabel(`${code} 的回答`, { exact: true })
        .fill(`${code} 的做法已形成书面文件。`);
      await item.getByLabel(`${code} 的回答`, { exact: true }).blur();
      break;
  }
  if ((await item.getAttribute("data-evidence-required")) === "true") {
    await item.locator(`input[name="evidence.0.title"]`).fill(`${code} 证据`);
    await item
      .locator(`input[name="evidence.0.url"]`)
      .fill(`https://evidence.example/${code.toLowerCase()}.pdf`);
    await item.getByRole("button", { name: "添加证据" }).click();
  }
}

describe("the supplier's screens in Chinese", () => {
  it("a supplier switches to 简体中文, answers and submits a self-assessment; the auditor reads it in English", async () => {
    await withPage("zh-saq", async ({ page, shot }) => {
      await logIn(page, "supplier@demo.esg");
      await page.getByLabel("Language").selectOption("zh-CN");
      await page.locator('html[lang="zh-CN"]').waitFor({ state: "attached" });

      await page.goto("/saqs");
      await page.getByRole("heading", { name: "自评问卷", level: 1 }).waitFor();
      await page.getByRole("heading", { name: "开始自评" }).waitFor();
      await shot("saq-list");
      await page.getByRole("button", { name: "开始", exact: true }).click();
      await page.waitForURL(/\/saqs\/[0-9a-f-]{36}$/);
      saqId = page.url().split("/").pop()!;
      await page.getByRole("heading", { name: /^自评问卷 SAQ-\S+：/ }).waitFor();

      // The areas and the questions in Chinese, as the supplier is asked them.
      await page.getByRole("heading", { name: "管理体系", level: 2 }).waitFor();
      await page.getByRole("heading", { name: "商业道德与反腐败", level: 2 }).waitFor();
      const first = page.locator('li[data-code="MS-01"]');
      await first.getByText("贵公司是否制定了经最高管理层批准的书面ESG政策").waitFor();
      const legends = await page.locator("li.saq-item legend").allTextContents();
      expect(legends.length).toBeGreaterThanOrEqual(30);
      expect(legends.filter((text) => !CJK.test(text))).toEqual([]);
      await first.getByRole("radiogroup", { name: "MS-01 的回答" }).waitFor();
      await first.getByLabel("否", { exact: true }).waitFor();
      await first.getByLabel("不适用", { exact: true }).waitFor();
      await shot("saq-questions", { fullPage: false });

      const codes: string[] = [];
      for (const item of await page.locator("li.saq-item").all()) {
        codes.push((await item.getAttribute("data-code"))!);
      }
      for (const code of codes.slice(0, 3)) await answerInChinese(page, code);
      await page.getByText("所有更改均已保存").waitFor();

      // Submitting too early: what is missing, in Chinese.
      await page.getByRole("button", { name: "提交自评问卷" }).click();
      await page.getByText(`暂时无法提交：有 ${codes.length - 3} 个问题需要处理。`).waitFor();
      expect(await page.locator("ul.missing li").count()).toBe(codes.length - 3);
      await page.locator(".submit-box").scrollIntoViewIfNeeded();
      await shot("submit-refused", { fullPage: false });

      for (const code of codes.slice(3)) await answerInChinese(page, code);
      await page.getByText("所有更改均已保存").waitFor();
      await page.getByRole("button", { name: "提交自评问卷" }).click();
      await page.getByText("已提交，等待审阅。").waitFor();
      await expect(page.locator(".page-head .badge").textContent()).resolves.toBe("已提交");
      await shot("submitted", { fullPage: false });
    });

    await withPage("zh-saq-auditor-en", async ({ page, shot }) => {
      await logIn(page, "auditor@demo.esg");
      await page.goto(`/saqs/${saqId}`);
      await page.getByRole("heading", { name: /^Self-assessment SAQ-\S+: / }).waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      await page.getByRole("heading", { name: "Management system", level: 2 }).waitFor();
      const first = page.locator('li[data-code="MS-01"]');
      await first.getByText("Do you have a written ESG policy").waitFor();
      const legends = await page.locator("li.saq-item legend").allTextContents();
      expect(legends.filter((text) => CJK.test(text))).toEqual([]);
      // The supplier's answers are the same whatever the language they were given in.
      await expect(first.getByLabel("Yes", { exact: true }).isChecked()).resolves.toBe(true);
      await page.getByRole("button", { name: "Mark reviewed" }).waitFor();
      await expect(page.locator(".page-head .badge").textContent()).resolves.toBe("Submitted");
      await shot("review-in-english", { fullPage: false });
    });
  });

  it("the Chinese-speaking supplier user reads its completed audit and proposes a corrective action plan in Chinese", async () => {
    await withPage("zh-audit-cap", async ({ page, shot }) => {
      await logInAs(page, "gongyingshang@demo.esg", "zh-CN");
      await page.goto(`/audits/${sunriseAudit}`);
      await page.getByRole("heading", { name: /^Sunrise .*的定期审核$/, level: 1 }).waitFor();
      await page.locator(".page-head .badge", { hasText: "已完成" }).waitFor();
      await page.getByRole("heading", { name: "各检查项结果" }).waitFor();
      await page.getByRole("columnheader", { name: "结果" }).first().waitFor();
      await page.getByRole("heading", { name: "发现项", level: 2 }).waitFor();

      // The major finding's accepted plan, in Chinese words around the supplier's own text.
      const major = page.locator('li.finding[data-severity="MAJOR"]');
      await major
        .getByText(/重大 · 健康与安全 · HS-03/)
        .first()
        .waitFor();
      await major.getByText(/可能性 3 × 影响 5 = 风险 15 · /).waitFor();
      await major.locator(".badge", { hasText: "已接受" }).waitFor();
      await major.getByText("根本原因").waitFor();
      await major.getByRole("heading", { name: "标记为已实施" }).waitFor();

      // The minor finding has no plan yet: the form is the supplier's, in Chinese.
      const minor = page.locator('li.finding[data-severity="MINOR"]');
      await minor.getByText("尚无纠正措施计划。").waitFor();
      const form = minor.locator("form.cap-form");
      await form.getByRole("heading", { name: "提交纠正措施计划" }).waitFor();
      await form.getByRole("button", { name: "提交计划" }).click();
      // The target date is checked before sending: its message in Chinese.
      await form.getByText("请选择计划完成的日期").first().waitFor();
      await form.getByLabel("根本原因").fill("旺季排产未考虑工时上限，缺少加班审批流程。");
      await form.getByLabel("措施").fill("建立加班审批制度，每周核对工时记录，旺季增加临时班组。");
      await form.getByLabel("负责人").fill("李伟，EHS 经理");
      const target = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      await form.getByLabel("目标日期").fill(target);
      await shot("cap-form", { fullPage: false });
      await form.getByRole("button", { name: "提交计划" }).click();
      await minor.locator(".badge", { hasText: "已提交" }).waitFor();
      await minor.getByText(/^纠正措施 .* · 负责人 李伟，EHS 经理 · 目标日期 \d{4}年/).waitFor();
      await shot("cap-proposed");
    });
  });
});
