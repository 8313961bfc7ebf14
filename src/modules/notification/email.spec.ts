import { Severity } from "../../shared/domain/audit.enums";
import { EsgArea } from "../../shared/domain/esg-area.enum";
import { ProcurementStatus } from "../../shared/domain/procurement.enums";
import { escapeHtml, portalUrl, renderDigestEmail, renderSingleEmail } from "./email";
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
