import { Severity } from "../../shared/domain/audit.enums";
import { EsgArea } from "../../shared/domain/esg-area.enum";
import { ProcurementStatus } from "../../shared/domain/procurement.enums";
import { escapeHtml, portalUrl, renderDigestEmail, renderSingleEmail } from "./email";
import { renderInvitationEmail } from "./invitation-email";
import { renderNotification } from "./notification.templates";

describe("notification e-mails", () => {
  const item = {
    title: 'Self-assessment returned: 隆基绿能 <b>"Solar"</b> & Co',
    body: "Reason: <script>alert('x')</script>\nSecond line",
    link: "/saqs/1",
  };

  it("escapes every interpolated value in HTML and keeps plain text as it is", () => {
    const mail = renderSingleEmail(item, "Li <Wei>", "https://esg.example.com/");
    expect(mail.subject).toBe(`[ESG portal] ${item.title}`);
    expect(mail.text).toContain("Hello Li <Wei>,");
    expect(mail.text).toContain("Reason: <script>alert('x')</script>");
    expect(mail.text).toContain("Open: https://esg.example.com/saqs/1");
    expect(mail.html).not.toMatch(/<script|<b>|<Wei>/);
    expect(mail.html).toContain("隆基绿能 &lt;b&gt;&quot;Solar&quot;&lt;/b&gt; &amp; Co");
    expect(mail.html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    expect(mail.html).toContain('href="https://esg.example.com/saqs/1"');
    expect(mail.html).toContain('href="https://esg.example.com/me"');
  });

  it("lists a day's notifications in one digest", () => {
    const mail = renderDigestEmail(
      [item, { title: "Audit scheduled", body: "On 2026-06-20", link: null }],
      new Date("2026-06-01T00:00:00Z"),
      "Li",
      "https://esg.example.com",
    );
    expect(mail.subject).toBe("[ESG portal] Daily digest 2026-06-01: 2 notifications");
    expect(mail.text).toMatch(/1\. Self-assessment returned[\s\S]*2\. Audit scheduled/);
    expect(mail.html.match(/<h2/g)).toHaveLength(2);
  });

  it("builds URLs from PUBLIC_URL and a path", () => {
    expect(portalUrl("https://esg.example.com/portal/", "/audits/1#finding-2")).toBe(
      "https://esg.example.com/portal/audits/1#finding-2",
    );
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;",
    );
  });

  it("writes the supplier's name and the step into the texts", () => {
    expect(
      renderNotification(
        "cap.due_soon",
        {
          severity: Severity.MAJOR,
          area: EsgArea.HEALTH_AND_SAFETY,
          step: "IMPLEMENT",
          dueDate: "2026-06-04T00:00:00.000Z",
          days: 3,
        },
        { supplierName: "隆基绿能" },
      ),
    ).toEqual({
      title: "Due in 3 days: implement the accepted plan",
      body: "For the major finding in health and safety, implement the accepted plan by 2026-06-04.",
    });
    expect(
      renderNotification(
        "procurement.status_changed",
        {
          from: ProcurementStatus.APPROVED,
          to: ProcurementStatus.BLOCKED,
          reasons: ["Blocked by an admin: sanctions"],
        },
        { supplierName: "隆基绿能" },
      ).title,
    ).toBe("隆基绿能 is now blocked (was approved)");
  });
});

describe("notification e-mails in Chinese", () => {
  it("renders a notification, its e-mail and a digest in zh-CN; English stays as it was", () => {
    const params = {
      severity: Severity.MAJOR,
      area: EsgArea.HEALTH_AND_SAFETY,
      step: "PROPOSE" as const,
      dueDate: "2026-06-15T00:00:00.000Z",
      days: 3,
    };
    const zh = renderNotification("cap.due_soon", params, { supplierName: "隆基绿能" }, "zh-CN");
    expect(zh.title).toBe("3 天后到期：提交纠正措施计划");
    expect(zh.body).toBe("针对健康与安全方面的重大发现项，请于 2026年6月15日 前提交纠正措施计划。");
    const en = renderNotification("cap.due_soon", params, { supplierName: "隆基绿能" });
    expect(en.title).toBe("Due in 3 days: propose the corrective action plan");
    expect(en.body).toBe(
      "For the major finding in health and safety, propose the corrective action plan by 2026-06-15.",
    );

    const mail = renderSingleEmail(
      { ...zh, link: "/audits/1" },
      "李伟",
      "https://esg.example.com",
      "zh-CN",
    );
    expect(mail.subject).toBe(`[ESG 门户] ${zh.title}`);
    expect(mail.text).toContain("李伟，您好：");
    expect(mail.text).toContain("打开：https://esg.example.com/audits/1");
    expect(mail.html).toContain("在门户中打开");

    const digest = renderDigestEmail(
      [{ ...zh, link: null }],
      new Date("2026-06-01T00:00:00Z"),
      "李伟",
      "https://esg.example.com",
      "zh-CN",
    );
    expect(digest.subject).toBe("[ESG 门户] 每日摘要 2026年6月1日：1 条通知");
  });

  it("writes the invitation in the given locale, English by default", () => {
    const values = {
      email: "new@example.com",
      supplierName: "隆基绿能",
      inviterName: "Anna",
      link: "https://esg.example.com/accept-invitation#token=x",
      expiresAt: new Date("2026-06-08T09:00:00Z"),
    };
    const zh = renderInvitationEmail({ ...values, locale: "zh-CN" });
    expect(zh.subject).toBe("[ESG 门户] Anna 邀请您以 隆基绿能 用户身份加入门户");
    expect(zh.text).toContain("有效期至 2026年6月8日 09:00 UTC");
    expect(zh.html).toContain("接受邀请");
    const en = renderInvitationEmail(values);
    expect(en.subject).toBe("[ESG portal] Anna invites you to the portal for 隆基绿能");
    expect(en.text).toContain("It works once, until 2026-06-08 09:00 UTC.");
  });
});
