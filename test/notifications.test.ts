import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import pino from "pino";
import type { DataSource } from "typeorm";
import { createDataSource } from "../src/app/data-source";
import { ConfigError, loadConfig } from "../src/config/config";
import { seedDemo } from "../src/demo/demo-seed";
import { digestSendAt } from "../src/modules/notification/delivery-queue";
import { sendDueDeliveries } from "../src/modules/notification/delivery-worker";
import { retryDelayMs } from "../src/shared/retry";
import { smtpMailer, type Mailer } from "../src/modules/notification/mailer";
import { startNotificationJobs } from "../src/modules/notification/notification-jobs";
import { scanReminders } from "../src/modules/notification/reminder-scanner";
import type { Supplier } from "../src/modules/supplier/supplier.entity";
import { createServer, type PortalServer } from "../src/server";
import { Role } from "../src/shared/domain/role.enum";
import { startOfUtcDay } from "../src/shared/time";
import {
  auditTeam,
  completedAudit,
  EVIDENCE,
  futureDate,
  ok,
  OPS,
  PLAN_INPUT,
  scheduleAudit,
} from "./support/audit-fixtures";
import { makeSupplier, makeUser, type TestUser } from "./support/factories";
import {
  answeredSelfAssessment,
  publishedChecklist,
  RETURN,
  REVIEW,
  SUBMIT,
} from "./support/self-assessments";
import { startTestSmtp, type ReceivedMail, type TestSmtp } from "./support/smtp";
import { createTestApp, errorCodes, type TestApp } from "./support/test-app";

const PUBLIC_URL = "https://esg.example.com";
const MAIL_FROM = "ESG portal <esg@example.com>";
const DAY = 86_400_000;

const INBOX = `query($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind category title body link createdAt readAt } } } }`;
const UNREAD = `{ unreadNotificationCount }`;
const MARK = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;
const PREFERENCES = `{ notificationPreferences { emailMode categories { category email } } }`;
const UPDATE_PREFERENCES = `mutation($input: NotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) { emailMode categories { category email } } }`;
const OUTBOX = `query($status: DeliveryStatus, $first: Int) {
  notificationOutbox(status: $status, first: $first) { totalCount edges { node {
    id status attempts lastError nextAttemptAt sentAt digestDay
    recipient { email } notification { kind title link } } } } }`;
const RESEND = `mutation($id: ID!) { resendNotification(id: $id) { id status attempts lastError } }`;
const OPEN_ACTIONS = `{ openActions { kind title dueDate overdue link } }`;

interface Row {
  event_key: string;
  kind: string;
  email: string;
  link: string | null;
  body: string;
  title: string;
}

describe("notifications", () => {
  let smtp: TestSmtp;
  let app: TestApp;
  let mailer: Mailer;
  let team: Awaited<ReturnType<typeof auditTeam>>;
  let supplier: Supplier;
  let supplierUsers: TestUser[];
  let otherSupplier: Supplier;
  let otherSupplierUser: TestUser;
  let buyers: TestUser[];
  let otherAuditor: TestUser;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    app = await createTestApp({
      env: { SMTP_URL: smtp.url, MAIL_FROM, PUBLIC_URL },
    });
    mailer = smtpMailer(smtp.url, MAIL_FROM);
    team = await auditTeam(app);
    supplier = await makeSupplier(app, { name: "隆基绿能 <Solar> & Co" });
    supplierUsers = [
      await makeUser(app, Role.SUPPLIER, { supplierId: supplier.id, name: "Li Wei" }),
      await makeUser(app, Role.SUPPLIER, { supplierId: supplier.id, name: "Zhang Min" }),
    ];
    await makeUser(app, Role.SUPPLIER, { supplierId: supplier.id, active: false });
    otherSupplier = await makeSupplier(app, { name: "Other Supplier" });
    otherSupplierUser = await makeUser(app, Role.SUPPLIER, { supplierId: otherSupplier.id });
    buyers = [await makeUser(app, Role.PROCUREMENT), await makeUser(app, Role.PROCUREMENT)];
    await makeUser(app, Role.PROCUREMENT, { active: false });
    otherAuditor = await makeUser(app, Role.AUDITOR);
  });
  afterAll(async () => {
    mailer?.close();
    await app?.close();
    await smtp?.stop();
  });

  const options = () => ({
    publicUrl: PUBLIC_URL,
    maxAttempts: app.config.notifications.maxAttempts,
  });
  const send = (dataSource: DataSource = app.dataSource, via: Mailer = mailer) =>
    sendDueDeliveries(dataSource, app.clock, via, options());
  const scan = (dataSource: DataSource = app.dataSource) => scanReminders(dataSource, app.clock);

  /** The in-app notifications whose event key starts with `prefix`, with their recipients. */
  const written = async (prefix: string): Promise<Row[]> =>
    (await app.dataSource.query(
      `SELECT n.event_key, n.kind, u.email, n.link, n.body, n.title FROM notification n
         JOIN app_user u ON u.id = n.recipient_id
        WHERE n.event_key LIKE $1 ORDER BY u.email`,
      [`${prefix}%`],
    )) as Row[];
  const recipients = async (prefix: string) => (await written(prefix)).map((r) => r.email).sort();

  /** The e-mails received for notifications whose key starts with `prefix`. */
  const mailsFor = async (prefix: string): Promise<ReceivedMail[]> => {
    const ids = new Set(
      (
        (await app.dataSource.query(
          `SELECT d.id FROM notification_delivery d JOIN notification n ON n.id = d.notification_id
            WHERE n.event_key LIKE $1`,
          [`${prefix}%`],
        )) as { id: string }[]
      ).map((r) => r.id),
    );
    return smtp.received.filter((mail) => ids.has(mail.deliveryId));
  };
  const mailTargets = (mails: ReceivedMail[]) => mails.flatMap((m) => m.to).sort();
  const emails = (...users: TestUser[]) => users.map((u) => u.user.email).sort();
  const activeAuditors = async () =>
    (
      (await app.dataSource.query(
        `SELECT email FROM app_user WHERE role = 'AUDITOR' AND active ORDER BY email`,
      )) as { email: string }[]
    ).map((r) => r.email);

  describe("events", () => {
    it("audit scheduled: one e-mail per recipient (supplier users, lead), links to PUBLIC_URL, names intact and escaped", async () => {
      const auditId = await scheduleAudit(app, team.plan(supplier.id));
      const key = `audit.scheduled:${auditId}`;
      const rows = await written(key);
      expect(rows.map((r) => r.email).sort()).toEqual(emails(...supplierUsers, team.lead));
      expect(rows.find((r) => r.email === team.lead.user.email)!.link).toBe(`/audits/${auditId}`);
      expect(rows.find((r) => r.email === supplierUsers[0].user.email)!.link).toBe(
        `/suppliers/${supplier.id}`,
      );

      await send();
      const mails = await mailsFor(key);
      expect(mailTargets(mails)).toEqual(emails(...supplierUsers, team.lead));
      for (const mail of mails) {
        expect(mail.to).toHaveLength(1);
        expect(mail.subject).toContain("隆基绿能 <Solar> & Co");
        expect(mail.text).toContain("隆基绿能 <Solar> & Co");
        expect(mail.html).toContain("隆基绿能 &lt;Solar&gt; &amp; Co");
        expect(mail.html).not.toContain("<Solar>");
      }
      const leadMail = mails.find((m) => m.to[0] === team.lead.user.email)!;
      expect(leadMail.text).toContain(`${PUBLIC_URL}/audits/${auditId}`);
      expect(leadMail.html).toContain(`href="${PUBLIC_URL}/audits/${auditId}"`);
      const supplierMail = mails.find((m) => m.to[0] === supplierUsers[1].user.email)!;
      expect(supplierMail.text).toContain(`${PUBLIC_URL}/suppliers/${supplier.id}`);
      expect(supplierMail.text).toContain("Hello Zhang Min,");

      // Sending again sends nothing more.
      await send();
      expect(await mailsFor(key)).toHaveLength(3);
    });

    it("writes each recipient's notification and e-mail in their own language (app_user.locale)", async () => {
      const chinese = supplierUsers[0];
      await app.dataSource.query(`UPDATE app_user SET locale = 'zh-CN' WHERE id = $1`, [
        chinese.user.id,
      ]);
      try {
        const auditId = await scheduleAudit(app, team.plan(supplier.id));
        const key = `audit.scheduled:${auditId}`;
        const rows = await written(key);
        const zh = rows.find((r) => r.email === chinese.user.email)!;
        expect(zh.title).toMatch(/^已安排审核：隆基绿能 <Solar> & Co，\d{4}年\d{1,2}月\d{1,2}日$/);
        expect(zh.body).toContain("计划于");
        const en = rows.find((r) => r.email === team.lead.user.email)!;
        expect(en.title).toMatch(/^Audit scheduled: 隆基绿能 <Solar> & Co, \d{4}-\d{2}-\d{2}$/);

        await send();
        const mails = await mailsFor(key);
        const zhMail = mails.find((m) => m.to[0] === chinese.user.email)!;
        expect(zhMail.subject).toBe(`[ESG 门户] ${zh.title}`);
        expect(zhMail.text).toContain(`${chinese.user.name}，您好：`);
        expect(zhMail.text).toContain("此邮件由供应商 ESG 审核门户发送。");
        expect(zhMail.html).toContain('<html lang="zh-CN">');
        const enMail = mails.find((m) => m.to[0] === team.lead.user.email)!;
        expect(enMail.subject).toBe(`[ESG portal] ${en.title}`);
        expect(enMail.text).toContain(`Hello ${team.lead.user.name},`);
      } finally {
        await app.dataSource.query(`UPDATE app_user SET locale = NULL WHERE id = $1`, [
          chinese.user.id,
        ]);
      }
    });

    it("audit completed and every corrective-action step reach their audiences, once each", async () => {
      const { auditId, findingIds } = await completedAudit(app, {
        ...team.plan(supplier.id),
        findings: [{ area: "HEALTH_AND_SAFETY", severity: "MAJOR" }],
      });
      const [findingId] = findingIds;
      expect(await recipients(`audit.completed:${auditId}`)).toEqual(
        emails(...supplierUsers, ...buyers),
      );
      const [completed] = await written(`audit.completed:${auditId}`);
      expect(completed.body).toMatch(
        /major finding in health and safety: plan due \d{4}-\d{2}-\d{2}/,
      );
      expect(completed.link).toBe(`/audits/${auditId}`);

      const supplierToken = supplierUsers[0].token;
      const propose = async () =>
        ok(await app.exec(supplierToken, OPS.propose, { findingId, input: PLAN_INPUT(app) }));
      const capId = (await propose()).proposeCorrectiveAction.id as string;
      ok(
        await app.exec(team.lead.token, OPS.review, {
          id: capId,
          accept: false,
          comment: "Name an owner per shift",
        }),
      );
      await propose();
      ok(await app.exec(team.lead.token, OPS.review, { id: capId, accept: true }));
      ok(await app.exec(supplierToken, OPS.implement, { id: capId, evidence: EVIDENCE }));
      ok(await app.exec(team.lead.token, OPS.verify, { id: capId, effective: true }));

      const lead = emails(team.lead);
      const suppliers = emails(...supplierUsers);
      expect(await recipients(`cap.proposed:${capId}:`)).toEqual([...lead, ...lead]);
      expect((await written(`cap.proposed:${capId}:`)).map((r) => r.event_key)).toHaveLength(2);
      expect(await recipients(`cap.rejected:${capId}:`)).toEqual(suppliers);
      expect((await written(`cap.rejected:${capId}:`))[0].body).toContain(
        "Name an owner per shift",
      );
      expect(await recipients(`cap.accepted:${capId}:`)).toEqual(suppliers);
      expect(await recipients(`cap.implemented:${capId}:`)).toEqual(lead);
      expect(await recipients(`cap.verified:${capId}:`)).toEqual(suppliers);
      expect((await written(`cap.verified:${capId}:`))[0].link).toBe(
        `/audits/${auditId}#finding-${findingId}`,
      );

      await send();
      for (const prefix of [
        `audit.completed:${auditId}`,
        `cap.proposed:${capId}:`,
        `cap.rejected:${capId}:`,
        `cap.accepted:${capId}:`,
        `cap.implemented:${capId}:`,
        `cap.verified:${capId}:`,
      ]) {
        expect({ prefix, to: mailTargets(await mailsFor(prefix)) }).toEqual({
          prefix,
          to: await recipients(prefix),
        });
      }
      const verified = (await mailsFor(`cap.verified:${capId}:`))[0];
      expect(verified.text).toContain(`${PUBLIC_URL}/audits/${auditId}#finding-${findingId}`);
    });

    it("self-assessment submitted (auditors), returned with its reason and reviewed (supplier users)", async () => {
      const checklist = await publishedChecklist(app, team.admin.token);
      const saqId = await answeredSelfAssessment(
        app,
        supplierUsers[0].token,
        supplier.id,
        checklist,
        {
          submit: true,
        },
      );
      ok(
        await app.exec(team.lead.token, RETURN, { id: saqId, reason: "Attach the permit, please" }),
      );
      ok(await app.exec(supplierUsers[1].token, SUBMIT, { id: saqId }));
      ok(await app.exec(otherAuditor.token, REVIEW, { id: saqId }));

      const submitted = await written(`saq.submitted:${saqId}:`);
      expect(new Set(submitted.map((r) => r.event_key)).size).toBe(2);
      const auditors = await activeAuditors();
      expect(submitted.map((r) => r.email).sort()).toEqual([...auditors, ...auditors].sort());
      expect(submitted[0].link).toBe(`/saqs/${saqId}`);
      const returned = await written(`saq.returned:${saqId}:`);
      expect(returned.map((r) => r.email)).toEqual(emails(...supplierUsers));
      expect(returned[0].body).toContain("Reason: Attach the permit, please");
      expect(await recipients(`saq.reviewed:${saqId}`)).toEqual(emails(...supplierUsers));

      await send();
      for (const prefix of [
        `saq.submitted:${saqId}:`,
        `saq.returned:${saqId}:`,
        `saq.reviewed:${saqId}`,
      ])
        expect(mailTargets(await mailsFor(prefix))).toEqual(await recipients(prefix));
    });
  });

  describe("two portal instances on one database", () => {
    let dataSource2: DataSource;
    let server2: PortalServer;
    let mailer2: Mailer;

    beforeAll(async () => {
      dataSource2 = createDataSource({ url: app.databaseUrl, poolSize: 5 });
      await dataSource2.initialize();
      server2 = await createServer({
        config: app.config,
        dataSource: dataSource2,
        clock: app.clock,
        logger: pino({ level: "silent" }),
        jwtSecret: randomBytes(32).toString("hex"),
      });
      mailer2 = smtpMailer(smtp.url, MAIL_FROM);
    });
    afterAll(async () => {
      mailer2?.close();
      await server2?.stop();
      await dataSource2?.destroy();
    });

    it("never send one e-mail twice while both run the scanner and the worker at once", async () => {
      const audits: string[] = [];
      for (let i = 0; i < 6; i++) {
        const s = await makeSupplier(app, { name: `Twin ${i}` });
        await makeUser(app, Role.SUPPLIER, { supplierId: s.id });
        await makeUser(app, Role.SUPPLIER, { supplierId: s.id });
        // 10 days ahead: scheduling notifies now, and the scan finds the 14-day reminder due.
        audits.push(
          await scheduleAudit(app, { ...team.plan(s.id), plannedDate: futureDate(app, 10) }),
        );
      }
      // One more scheduled through the second instance's API.
      const s = await makeSupplier(app, { name: "Twin via B" });
      await makeUser(app, Role.SUPPLIER, { supplierId: s.id });
      const viaB = await server2.apollo.executeOperation(
        {
          query: OPS.schedule,
          variables: {
            input: {
              supplierId: s.id,
              checklistId: team.checklist.checklist.id,
              type: "PERIODIC",
              leadAuditorId: team.lead.user.id,
              plannedDate: futureDate(app, 10),
            },
          },
        },
        {
          contextValue: await server2.contextFor(
            await server2.services.tokens.sign(team.admin.user.id),
          ),
        },
      );
      if (viaB.body.kind !== "single") throw new Error("unexpected incremental response");
      audits.push(ok(viaB.body.singleResult as never).scheduleAudit.id as string);

      const before = smtp.received.length;
      for (let round = 0; round < 3; round++) {
        await Promise.all([scan(), scan(dataSource2), send(), send(dataSource2, mailer2), send()]);
      }
      await Promise.all([send(), send(dataSource2, mailer2)]);

      for (const auditId of audits) {
        for (const prefix of [`audit.scheduled:${auditId}`, `audit.reminder_14:${auditId}:`]) {
          const to = await recipients(prefix);
          expect(to.length).toBeGreaterThanOrEqual(2);
          expect({ prefix, to: mailTargets(await mailsFor(prefix)) }).toEqual({ prefix, to });
        }
      }
      const fresh = smtp.received.slice(before);
      const ids = fresh.map((m) => m.deliveryId);
      expect(new Set(ids).size).toBe(ids.length);
      const [{ n }] = (await app.dataSource.query(
        `SELECT count(*)::int AS n FROM notification_delivery WHERE status = 'PENDING'
            AND next_attempt_at <= $1`,
        [app.clock.now()],
      )) as { n: number }[];
      expect(n).toBe(0);
    });
  });

  describe("delivery failures", () => {
    /** An event with the lead auditor as its only recipient: a supplier without users. */
    const leadOnlyEvent = async () => {
      const lonely = await makeSupplier(app, { name: "No users yet" });
      const auditId = await scheduleAudit(app, team.plan(lonely.id));
      const [row] = (await app.dataSource.query(
        `SELECT d.id FROM notification_delivery d JOIN notification n ON n.id = d.notification_id
          WHERE n.event_key = $1`,
        [`audit.scheduled:${auditId}`],
      )) as { id: string }[];
      return { auditId, deliveryId: row.id };
    };
    const delivery = async (id: string) =>
      (
        (await app.dataSource.query(
          `SELECT status, attempts, last_error, next_attempt_at FROM notification_delivery WHERE id = $1`,
          [id],
        )) as {
          status: string;
          attempts: number;
          last_error: string | null;
          next_attempt_at: Date | null;
        }[]
      )[0];

    it("retries with backoff after the SMTP server refuses, then sends once", async () => {
      await send();
      const { auditId, deliveryId } = await leadOnlyEvent();
      smtp.refuseNext(2);
      const t0 = app.clock.now().getTime();
      expect(await send()).toMatchObject({ sent: 0, retried: 1 });
      expect(await delivery(deliveryId)).toMatchObject({ status: "PENDING", attempts: 1 });
      expect((await delivery(deliveryId)).last_error).toMatch(/451/);
      expect((await delivery(deliveryId)).next_attempt_at!.getTime()).toBe(t0 + retryDelayMs(1));

      // Not due yet: nothing is tried.
      expect(await send()).toMatchObject({ sent: 0, retried: 0 });
      app.clock.advance(retryDelayMs(1));
      expect(await send()).toMatchObject({ retried: 1 });
      expect(await delivery(deliveryId)).toMatchObject({ status: "PENDING", attempts: 2 });
      app.clock.advance(retryDelayMs(2) - 1000);
      expect(await send()).toMatchObject({ sent: 0, retried: 0 });
      app.clock.advance(1000);
      expect(await send()).toMatchObject({ sent: 1 });
      expect(await delivery(deliveryId)).toMatchObject({
        status: "SENT",
        attempts: 3,
        last_error: null,
      });
      expect(mailTargets(await mailsFor(`audit.scheduled:${auditId}`))).toEqual(emails(team.lead));
    });

    it("gives up after NOTIFY_MAX_ATTEMPTS as FAILED with the error; an admin resends it", async () => {
      const max = app.config.notifications.maxAttempts;
      expect(max).toBe(6);
      await send();
      const { auditId, deliveryId } = await leadOnlyEvent();
      smtp.refuseAll(true);
      try {
        for (let attempt = 1; attempt <= max; attempt++) {
          await send();
          expect(await delivery(deliveryId)).toMatchObject({ attempts: attempt });
          app.clock.advance(retryDelayMs(attempt));
        }
        await send();
      } finally {
        smtp.refuseAll(false);
      }
      const failed = await delivery(deliveryId);
      expect(failed).toMatchObject({ status: "FAILED", attempts: max, next_attempt_at: null });
      expect(failed.last_error).toMatch(/^451 .*try again later/);
      expect(await mailsFor(`audit.scheduled:${auditId}`)).toEqual([]);

      const outbox = ok(await app.exec(team.admin.token, OUTBOX, { status: "FAILED", first: 100 }));
      const node = outbox.notificationOutbox.edges
        .map((e: any) => e.node)
        .find((n: any) => n.id === deliveryId);
      expect(node).toMatchObject({
        status: "FAILED",
        attempts: max,
        recipient: { email: team.lead.user.email },
        notification: { kind: "audit.scheduled", link: `/audits/${auditId}` },
      });
      expect(node.lastError).toMatch(/451/);
      expect(errorCodes(await app.exec(team.lead.token, OUTBOX, {}))).toEqual(["FORBIDDEN"]);

      const resent = ok(await app.exec(team.admin.token, RESEND, { id: deliveryId }));
      expect(resent.resendNotification).toMatchObject({
        status: "PENDING",
        attempts: 0,
        lastError: null,
      });
      const events = (await app.dataSource.query(
        `SELECT action FROM audit_event WHERE entity_id = $1`,
        [deliveryId],
      )) as { action: string }[];
      expect(events.map((e) => e.action)).toEqual(["notification_delivery.resent"]);
      const again = await app.exec(team.admin.token, RESEND, { id: deliveryId });
      expect(errorCodes(again)).toEqual(["CONFLICT"]);
      expect(again.errors![0].extensions!.reason).toBe("INVALID_TRANSITION");

      expect(await send()).toMatchObject({ sent: 1 });
      expect(mailTargets(await mailsFor(`audit.scheduled:${auditId}`))).toEqual(emails(team.lead));
      // A SENT one may be resent too.
      ok(await app.exec(team.admin.token, RESEND, { id: deliveryId }));
      await send();
      expect(await mailsFor(`audit.scheduled:${auditId}`)).toHaveLength(2);
    });
  });

  describe("time-based reminders, fired by moving the clock", () => {
    it("reminds the supplier users and the lead 14 and 3 days before the audit, each once", async () => {
      const s = await makeSupplier(app, { name: "Reminded Supplier" });
      const user = await makeUser(app, Role.SUPPLIER, { supplierId: s.id });
      const planned = startOfUtcDay(new Date(app.clock.now().getTime() + 20 * DAY));
      const auditId = await scheduleAudit(app, {
        ...team.plan(s.id),
        plannedDate: new Date(planned.getTime() + 10 * 3_600_000).toISOString(),
      });
      await scan();
      expect(await written(`audit.reminder_`)).not.toContainEqual(
        expect.objectContaining({ event_key: expect.stringContaining(auditId) }),
      );
      app.clock.set(new Date(planned.getTime() - 14 * DAY + 8 * 3_600_000));
      await scan();
      await scan();
      expect(await recipients(`audit.reminder_14:${auditId}:`)).toEqual(emails(user, team.lead));
      app.clock.advance(DAY);
      await scan();
      app.clock.set(new Date(planned.getTime() - 3 * DAY + 8 * 3_600_000));
      await scan();
      await scan();
      expect(await recipients(`audit.reminder_14:${auditId}:`)).toEqual(emails(user, team.lead));
      expect(await recipients(`audit.reminder_3:${auditId}:`)).toEqual(emails(user, team.lead));
      expect((await written(`audit.reminder_3:${auditId}:`))[0].title).toContain("Audit in 3 days");
      await send();
      expect(mailTargets(await mailsFor(`audit.reminder_14:${auditId}:`))).toEqual(
        emails(user, team.lead),
      );
      expect(mailTargets(await mailsFor(`audit.reminder_3:${auditId}:`))).toEqual(
        emails(user, team.lead),
      );
    });

    it("decides an event nobody can receive once: it is in the ledger, and a user created later does not get it", async () => {
      const s = await makeSupplier(app, { name: "Supplier Without Users" });
      const lead = await makeUser(app, Role.AUDITOR);
      const planned = startOfUtcDay(new Date(app.clock.now().getTime() + 20 * DAY));
      const auditId = await scheduleAudit(app, {
        ...team.plan(s.id),
        leadAuditorId: lead.user.id,
        plannedDate: new Date(planned.getTime() + 10 * 3_600_000).toISOString(),
      });
      await app.dataSource.query(`UPDATE app_user SET active = false WHERE id = $1`, [
        lead.user.id,
      ]);
      app.clock.set(new Date(planned.getTime() - 14 * DAY + 8 * 3_600_000));
      await scan();
      const ledger = (await app.dataSource.query(
        `SELECT event_key, kind FROM notification_event WHERE event_key LIKE $1`,
        [`audit.reminder_14:${auditId}:%`],
      )) as { event_key: string; kind: string }[];
      expect(ledger).toEqual([expect.objectContaining({ kind: "audit.reminder" })]);
      expect(await written(`audit.reminder_14:${auditId}:`)).toEqual([]);
      // The scan used to retry such an event every time, and so reached whoever came later.
      await makeUser(app, Role.SUPPLIER, { supplierId: s.id });
      app.clock.advance(3_600_000);
      await scan();
      expect(await written(`audit.reminder_14:${auditId}:`)).toEqual([]);
    });

    it("reminds the supplier of a plan due in 3 days, today, overdue, then weekly, and escalates after 7 days", async () => {
      const s = await makeSupplier(app, { name: "Late Supplier" });
      const user = await makeUser(app, Role.SUPPLIER, { supplierId: s.id });
      const { findingIds } = await completedAudit(app, {
        ...team.plan(s.id),
        findings: [{ area: "WORKING_HOURS", severity: "MAJOR" }],
      });
      const [findingId] = findingIds;
      const [{ cap_due_date: due }] = (await app.dataSource.query(
        `SELECT cap_due_date FROM finding WHERE id = $1`,
        [findingId],
      )) as { cap_due_date: Date }[];
      const dueDay = startOfUtcDay(due);
      const at = (days: number) =>
        app.clock.set(new Date(dueDay.getTime() + days * DAY + 3_600_000));
      const stages = async () =>
        (await written(`cap.`))
          .filter((r) => r.event_key.includes(findingId))
          .map(
            (r) =>
              `${r.event_key.split(":")[0]}${r.event_key.includes("weekly") ? `:${r.event_key.split(":").pop()}` : ""} ${r.email}`,
          )
          .sort();

      await scan();
      expect(await stages()).toEqual([]);
      for (const [day, expected] of [
        [-4, []],
        [-3, ["cap.due_in_3"]],
        [-1, ["cap.due_in_3"]],
        [0, ["cap.due_in_3", "cap.due_today"]],
        [1, ["cap.due_in_3", "cap.due_today", "cap.overdue"]],
        [7, ["cap.due_in_3", "cap.due_today", "cap.overdue"]],
        [8, ["cap.due_in_3", "cap.due_today", "cap.overdue", "cap.overdue_weekly:1"]],
        [14, ["cap.due_in_3", "cap.due_today", "cap.overdue", "cap.overdue_weekly:1"]],
        [
          15,
          [
            "cap.due_in_3",
            "cap.due_today",
            "cap.overdue",
            "cap.overdue_weekly:1",
            "cap.overdue_weekly:2",
          ],
        ],
      ] as const) {
        at(day);
        await scan();
        await scan();
        const escalations =
          day >= 8 ? [...emails(team.lead, ...buyers)].map((e) => `cap.escalated ${e}`) : [];
        expect({ day, stages: await stages() }).toEqual({
          day,
          stages: [
            ...expected.map((stage) => `${stage} ${user.user.email}`),
            ...escalations,
          ].sort(),
        });
      }
      const [overdue] = await written(`cap.overdue:${findingId}:`);
      expect(overdue.title).toBe("Overdue: propose the corrective action plan");
      expect(overdue.link).toMatch(new RegExp(`^/audits/[0-9a-f-]{36}#finding-${findingId}$`));

      // Proposed: the auditor has the next step; the supplier's reminders stop.
      ok(await app.exec(user.token, OPS.propose, { findingId, input: PLAN_INPUT(app) }));
      const count = (await stages()).length;
      at(22);
      await scan();
      expect(await stages()).toHaveLength(count);

      await send();
      const mails = await mailsFor(`cap.`);
      const forFinding = (await written("cap.")).filter((r) => r.event_key.includes(findingId));
      expect(
        mails.filter((m) => forFinding.some((r) => r.email === m.to[0])).length,
      ).toBeGreaterThanOrEqual(forFinding.length);
      for (const stage of [
        "cap.due_in_3",
        "cap.due_today",
        "cap.overdue",
        "cap.overdue_weekly",
        "cap.escalated",
      ]) {
        const prefix = `${stage}:${findingId}:`;
        expect({ prefix, to: mailTargets(await mailsFor(prefix)) }).toEqual({
          prefix,
          to: await recipients(prefix),
        });
      }
    });
  });

  describe("preferences", () => {
    it("are every role's own: category off means in-app only, a digest is one e-mail a day", async () => {
      const s = await makeSupplier(app, { name: "Picky Supplier" });
      const off = await makeUser(app, Role.SUPPLIER, { supplierId: s.id });
      const digest = await makeUser(app, Role.SUPPLIER, { supplierId: s.id });
      expect(ok(await app.exec(off.token, PREFERENCES)).notificationPreferences).toMatchObject({
        emailMode: "IMMEDIATE",
      });
      const updated = ok(
        await app.exec(off.token, UPDATE_PREFERENCES, {
          input: { categories: [{ category: "AUDIT", email: false }] },
        }),
      ).updateNotificationPreferences;
      expect(updated.emailMode).toBe("IMMEDIATE");
      expect(updated.categories).toContainEqual({ category: "AUDIT", email: false });
      expect(updated.categories).toContainEqual({ category: "DEADLINE", email: true });
      expect(updated.categories).toHaveLength(6);
      ok(
        await app.exec(digest.token, UPDATE_PREFERENCES, { input: { emailMode: "DAILY_DIGEST" } }),
      );
      expect(ok(await app.exec(off.token, PREFERENCES)).notificationPreferences).toEqual(updated);
      expect(ok(await app.exec(digest.token, PREFERENCES)).notificationPreferences.emailMode).toBe(
        "DAILY_DIGEST",
      );

      await send();
      const before = smtp.received.length;
      const first = await scheduleAudit(app, team.plan(s.id));
      const second = await scheduleAudit(app, team.plan(s.id));
      expect(await recipients(`audit.scheduled:${first}`)).toEqual(emails(off, digest, team.lead));
      const skipped = (await app.dataSource.query(
        `SELECT d.status, d.last_error FROM notification_delivery d
           JOIN notification n ON n.id = d.notification_id
          WHERE n.recipient_id = $1`,
        [off.user.id],
      )) as { status: string; last_error: string }[];
      expect(skipped).toEqual([
        { status: "SKIPPED", last_error: "e-mail is off for AUDIT notifications" },
        { status: "SKIPPED", last_error: "e-mail is off for AUDIT notifications" },
      ]);

      await send();
      const toThem = () =>
        smtp.received
          .slice(before)
          .filter((m) => [off.user.email, digest.user.email].includes(m.to[0]));
      expect(toThem()).toEqual([]);
      app.clock.set(digestSendAt(startOfUtcDay(app.clock.now())));
      await send();
      await send();
      const [mail, ...more] = toThem();
      expect(more).toEqual([]);
      expect(mail.to).toEqual([digest.user.email]);
      expect(mail.subject).toMatch(/Daily digest \d{4}-\d{2}-\d{2}: 2 notifications/);
      expect(mail.text).toContain(`${PUBLIC_URL}/suppliers/${s.id}`);
      expect(mail.text.match(/Audit scheduled: Picky Supplier/g)).toHaveLength(2);
      // The in-app inbox has both, whatever the e-mail settings.
      for (const user of [off, digest]) {
        const inbox = ok(await app.exec(user.token, INBOX, { first: 10 })).notifications;
        expect(inbox.totalCount).toBe(2);
      }
      expect(second).not.toBe(first);
    });
  });

  describe("inbox", () => {
    it("counts and marks the viewer's own unread notifications; nobody reaches another's", async () => {
      const [me] = supplierUsers;
      const unread = async (user: TestUser) =>
        ok(await app.exec(user.token, UNREAD)).unreadNotificationCount as number;
      const total = await unread(me);
      expect(total).toBeGreaterThanOrEqual(5);
      const page = ok(
        await app.exec(me.token, INBOX, { unreadOnly: true, first: 2 }),
      ).notifications;
      expect(page.totalCount).toBe(total);
      expect(page.pageInfo.hasNextPage).toBe(true);
      const next = ok(
        await app.exec(me.token, INBOX, {
          unreadOnly: true,
          first: 2,
          after: page.pageInfo.endCursor,
        }),
      ).notifications;
      const ids = page.edges.map((e: any) => e.node.id as string);
      expect(next.edges.map((e: any) => e.node.id)).not.toContain(ids[0]);
      const times = [...page.edges, ...next.edges].map((e: any) => Date.parse(e.node.createdAt));
      expect([...times].sort((a, b) => b - a)).toEqual(times);

      // Another supplier's user: marks nothing of mine, sees nothing of mine.
      expect(ok(await app.exec(otherSupplierUser.token, MARK, { ids })).markNotificationsRead).toBe(
        0,
      );
      const theirs = ok(
        await app.exec(otherSupplierUser.token, INBOX, { first: 100 }),
      ).notifications;
      expect(theirs.edges.map((e: any) => e.node.id)).not.toContain(ids[0]);
      expect(theirs.edges.every((e: any) => !e.node.title.includes("隆基绿能"))).toBe(true);

      expect(ok(await app.exec(me.token, MARK, { ids: [ids[0]] })).markNotificationsRead).toBe(1);
      expect(ok(await app.exec(me.token, MARK, { ids: [ids[0]] })).markNotificationsRead).toBe(0);
      expect(await unread(me)).toBe(total - 1);
      const read = ok(await app.exec(me.token, INBOX, { first: 100 })).notifications.edges.find(
        (e: any) => e.node.id === ids[0],
      );
      expect(read.node.readAt).not.toBeNull();
      expect(errorCodes(await app.exec(me.token, MARK, { ids: ["not-an-id"] }))).toEqual([
        "BAD_USER_INPUT",
      ]);
      expect(ok(await app.exec(me.token, MARK, {})).markNotificationsRead).toBe(total - 1);
      expect(await unread(me)).toBe(0);
      expect(await unread(supplierUsers[1])).toBeGreaterThan(0);
    });
  });

  describe("open actions", () => {
    it("lists what waits for each role, soonest due first, with links and overdue flags", async () => {
      const s = await makeSupplier(app, { name: "Busy Supplier" });
      const user = await makeUser(app, Role.SUPPLIER, { supplierId: s.id });
      const checklist = await publishedChecklist(app, team.admin.token);
      const draft = await answeredSelfAssessment(app, user.token, s.id, checklist);
      const { auditId, findingIds } = await completedAudit(app, {
        ...team.plan(s.id),
        findings: [
          { area: "HEALTH_AND_SAFETY", severity: "MAJOR" },
          { area: "WORKING_HOURS", severity: "MINOR" },
          { area: "ENVIRONMENT", severity: "MINOR" },
          { area: "ENVIRONMENT", severity: "OBSERVATION" },
        ],
      });
      const [major, toImplement, toReview] = findingIds;
      const accepted = ok(
        await app.exec(user.token, OPS.propose, {
          findingId: toImplement,
          input: PLAN_INPUT(app, 5),
        }),
      ).proposeCorrectiveAction.id as string;
      ok(await app.exec(team.lead.token, OPS.review, { id: accepted, accept: true }));
      ok(await app.exec(user.token, OPS.propose, { findingId: toReview, input: PLAN_INPUT(app) }));
      const planned = await scheduleAudit(app, team.plan(s.id));

      const mine = ok(await app.exec(user.token, OPEN_ACTIONS)).openActions as any[];
      expect(mine.map((a) => [a.kind, a.link])).toEqual([
        ["CAP_TO_IMPLEMENT", `/audits/${auditId}#finding-${toImplement}`],
        ["CAP_TO_PROPOSE", `/audits/${auditId}#finding-${major}`],
        ["SAQ_TO_FILL", `/saqs/${draft}`],
      ]);
      expect(mine.every((a) => a.overdue === false)).toBe(true);
      expect(Date.parse(mine[0].dueDate)).toBeLessThan(Date.parse(mine[1].dueDate));
      expect(mine[2].dueDate).toBeNull();

      const lead = ok(await app.exec(team.lead.token, OPEN_ACTIONS)).openActions as any[];
      expect(lead).toContainEqual(
        expect.objectContaining({
          kind: "CAP_TO_REVIEW",
          link: `/audits/${auditId}#finding-${toReview}`,
        }),
      );
      expect(lead).toContainEqual(
        expect.objectContaining({ kind: "AUDIT_PLANNED", link: `/audits/${planned}` }),
      );
      expect(ok(await app.exec(otherAuditor.token, OPEN_ACTIONS)).openActions).not.toContainEqual(
        expect.objectContaining({ link: `/audits/${planned}` }),
      );
      const dated = lead.filter((a) => a.dueDate !== null).map((a) => Date.parse(a.dueDate));
      expect([...dated].sort((a, b) => a - b)).toEqual(dated);

      ok(
        await app.exec(
          team.admin.token,
          `mutation($id: ID!) { blockSupplier(id: $id, reason: "Sanctions screening hit") { id } }`,
          { id: s.id },
        ),
      );
      const buyer = ok(await app.exec(buyers[0].token, OPEN_ACTIONS)).openActions as any[];
      expect(buyer).toContainEqual(
        expect.objectContaining({ kind: "SUPPLIER_BLOCKED", link: `/suppliers/${s.id}` }),
      );
      expect(buyer).toContainEqual(
        expect.objectContaining({ kind: "SUPPLIER_STATUS_CHANGED", link: `/suppliers/${s.id}` }),
      );
      const blocked = (await written(`procurement.status_changed:${s.id}:`)).filter((r) =>
        r.event_key.endsWith(":BLOCKED"),
      );
      expect(blocked.map((r) => r.email)).toEqual(emails(...buyers));
      expect(blocked[0].title).toMatch(/^Busy Supplier is now blocked \(was \w+\)$/);
      expect(blocked[0].body).toContain("Sanctions screening hit");

      // 100 days on: the plans are overdue and the MAJOR finding is escalated to procurement.
      app.clock.advance(100 * DAY);
      const late = ok(await app.exec(user.token, OPEN_ACTIONS)).openActions as any[];
      expect(late.filter((a) => a.kind.startsWith("CAP_")).every((a) => a.overdue)).toBe(true);
      const escalated = ok(await app.exec(buyers[0].token, OPEN_ACTIONS)).openActions as any[];
      expect(escalated).toContainEqual(
        expect.objectContaining({
          kind: "FINDING_ESCALATED",
          overdue: true,
          link: `/audits/${auditId}#finding-${major}`,
        }),
      );
      expect(ok(await app.exec(team.admin.token, OPEN_ACTIONS)).openActions).toEqual([]);
      expect(
        ok(await app.exec(otherSupplierUser.token, OPEN_ACTIONS)).openActions,
      ).not.toContainEqual(expect.objectContaining({ link: `/saqs/${draft}` }));

      // The titles are in the reader's language; kinds, links and dates do not change.
      const title = (actions: any[], kind: string, link?: string) =>
        actions.find((a) => a.kind === kind && (link === undefined || a.link === link))?.title;
      const supplierPage = `/suppliers/${s.id}`;
      expect(title(mine, "CAP_TO_PROPOSE")).toBe(
        "Propose a corrective action plan for the major finding in health and safety",
      );
      expect(title(buyer, "SUPPLIER_BLOCKED", supplierPage)).toBe("Busy Supplier is blocked");
      const readers = [user, team.lead, buyers[0]];
      const setLocale = (reader: TestUser, locale: string) =>
        app.exec(reader.token, `mutation($l: String!) { setLocale(locale: $l) { id } }`, {
          l: locale,
        });
      for (const reader of readers) ok(await setLocale(reader, "zh-CN"));
      try {
        const zhMine = ok(await app.exec(user.token, OPEN_ACTIONS)).openActions as any[];
        expect(zhMine.map((a) => [a.kind, a.link])).toEqual(late.map((a) => [a.kind, a.link]));
        expect(title(zhMine, "CAP_TO_PROPOSE")).toBe(
          "针对健康与安全方面的重大发现项提交纠正措施计划",
        );
        expect(title(zhMine, "CAP_TO_IMPLEMENT")).toBe(
          "针对工作时间方面的轻微发现项实施已接受的计划",
        );
        expect(title(zhMine, "SAQ_TO_FILL")).toMatch(/^填写并提交自评问卷（.+ 第 \d+ 版）$/);
        const zhLead = ok(await app.exec(team.lead.token, OPEN_ACTIONS)).openActions as any[];
        expect(title(zhLead, "CAP_TO_REVIEW", `/audits/${auditId}#finding-${toReview}`)).toBe(
          "审阅 Busy Supplier 针对其环境方面的轻微发现项提交的计划",
        );
        expect(zhLead.filter((a) => a.link === `/audits/${planned}`)[0].title).toBe(
          "计划中的审核：Busy Supplier",
        );
        const zhBuyer = ok(await app.exec(buyers[0].token, OPEN_ACTIONS)).openActions as any[];
        expect(title(zhBuyer, "SUPPLIER_BLOCKED", supplierPage)).toBe(
          "Busy Supplier 处于已禁用状态",
        );
        expect(title(zhBuyer, "FINDING_ESCALATED", `/audits/${auditId}#finding-${major}`)).toBe(
          "Busy Supplier：健康与安全方面的重大发现项已逾期，已升级处理",
        );
        // No English sentence is left in a Chinese reader's list.
        for (const action of [...zhMine, ...zhLead, ...zhBuyer])
          expect(action.title).not.toMatch(/\b(the|of|for|is|plan|audit|finding)\b/i);
      } finally {
        for (const reader of readers) ok(await setLocale(reader, "en"));
      }
    });
  });
});

describe("notifications without SMTP_URL", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it("writes in-app notifications only and says so once at start", async () => {
    const team = await auditTeam(app);
    const supplier = await makeSupplier(app);
    await makeUser(app, Role.SUPPLIER, { supplierId: supplier.id });
    const auditId = await scheduleAudit(app, team.plan(supplier.id));
    const [{ n }] = (await app.dataSource.query(
      `SELECT count(*)::int AS n FROM notification WHERE event_key = $1`,
      [`audit.scheduled:${auditId}`],
    )) as { n: number }[];
    expect(n).toBe(2);
    expect(await app.dataSource.query(`SELECT id FROM notification_delivery`)).toEqual([]);

    const lines: string[] = [];
    const logger = pino(
      { level: "info" },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(JSON.parse(chunk.toString()).msg as string);
          done();
        },
      }),
    );
    const jobs = startNotificationJobs(app.dataSource, app.clock, logger, {
      ...app.config.notifications,
      scanSeconds: 0,
    });
    await jobs.stop();
    expect(lines.filter((line) => line.includes("SMTP_URL"))).toEqual([
      "SMTP_URL is not set: notifications are in-app only, no e-mail is sent",
    ]);
    expect(app.config.notifications.publicUrl).toBe(`http://localhost:${app.config.port}`);
  });
});

describe("notifications of the demo data", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 60_000);
  afterAll(() => app.close());

  it("gives the demo supplier its late plan's overdue reminder, and auditor and buyer the escalation, on the first scan", async () => {
    await seedDemo(
      app.dataSource,
      { clock: app.clock, requestId: "demo" },
      pino({ level: "silent" }),
    );
    await scanReminders(app.dataSource, app.clock);
    const of = async (email: string) =>
      (
        (await app.dataSource.query(
          `SELECT n.kind FROM notification n JOIN app_user u ON u.id = n.recipient_id WHERE u.email = $1`,
          [email],
        )) as { kind: string }[]
      ).map((r) => r.kind);
    const supplier = await of("supplier@demo.esg");
    expect(supplier).toContain("cap.overdue_weekly");
    expect(supplier).toContain("audit.completed");
    expect(supplier).toContain("cap.accepted");
    expect(await of("auditor@demo.esg")).toContain("cap.escalated");
    expect(await of("buyer@demo.esg")).toContain("cap.escalated");
    expect(await of("buyer@demo.esg")).toContain("finding.escalated");
    // A second scan (another instance starting) adds nothing.
    expect(await scanReminders(app.dataSource, app.clock)).toBe(0);
  }, 60_000);

  it("writes the same notifications when it turns one row at a time into events as when it turns them all at once", async () => {
    const TIME_BASED = [
      ...["audit.reminder", "audit.next_due", "certificate.expiring", "certificate.expired"],
      ...["finding.escalated", "cap.due_soon", "cap.due_today", "cap.overdue"],
      ...["cap.overdue_weekly", "cap.escalated"],
    ];
    // Kind, recipient and the key without the demo's (random) ids, per notification.
    const scanned = async (chunk?: number) => {
      const of = await createTestApp();
      try {
        await seedDemo(
          of.dataSource,
          { clock: of.clock, requestId: "demo" },
          pino({ level: "silent" }),
        );
        await scanReminders(of.dataSource, of.clock, chunk);
        const lines = (
          (await of.dataSource.query(
            `SELECT n.kind, u.email, regexp_replace(n.event_key, '[0-9a-f-]{36}', 'id', 'g') AS key
               FROM notification n JOIN app_user u ON u.id = n.recipient_id
              WHERE n.kind = ANY($1) ORDER BY 1, 2, 3`,
            [TIME_BASED],
          )) as { kind: string; email: string; key: string }[]
        ).map((row) => `${row.kind} ${row.email} ${row.key}`);
        expect(await scanReminders(of.dataSource, of.clock, chunk)).toBe(0);
        return lines;
      } finally {
        await of.close();
      }
    };
    const whole = await scanned();
    expect(new Set(whole.map((line) => line.split(" ")[0])).size).toBeGreaterThanOrEqual(3);
    expect(await scanned(1)).toEqual(whole);
  }, 60_000);
});

describe("notification configuration", () => {
  const problems = (env: NodeJS.ProcessEnv): string[] => {
    try {
      loadConfig(env);
      return [];
    } catch (error) {
      return (error as ConfigError).problems;
    }
  };

  it("validates SMTP_URL, MAIL_FROM and PUBLIC_URL, and defaults PUBLIC_URL from PORT", () => {
    expect(loadConfig({ PORT: "4100" }).notifications).toEqual({
      smtpUrl: undefined,
      mailFrom: undefined,
      publicUrl: "http://localhost:4100",
      scanSeconds: 300,
      sendSeconds: 15,
      maxAttempts: 6,
    });
    expect(
      loadConfig({
        SMTP_URL: "smtps://user:secret@mail.example.com:465",
        MAIL_FROM: "ESG portal <esg@localhost>",
        PUBLIC_URL: "https://esg.example.com/",
        NOTIFY_MAX_ATTEMPTS: "3",
      }).notifications,
    ).toMatchObject({
      smtpUrl: "smtps://user:secret@mail.example.com:465",
      publicUrl: "https://esg.example.com",
      maxAttempts: 3,
    });
    expect(problems({ SMTP_URL: "http://mail.example.com", MAIL_FROM: "a@example.com" })).toEqual([
      expect.stringContaining("SMTP_URL"),
    ]);
    expect(problems({ SMTP_URL: "smtp://localhost:1025" })).toEqual([
      expect.stringContaining("MAIL_FROM"),
    ]);
    expect(problems({ SMTP_URL: "smtp://localhost:1025", MAIL_FROM: "not an address" })).toEqual([
      expect.stringContaining("MAIL_FROM"),
    ]);
    expect(problems({ PUBLIC_URL: "esg.example.com" })).toEqual([
      expect.stringContaining("PUBLIC_URL"),
    ]);
    expect(problems({ NOTIFY_MAX_ATTEMPTS: "0", NOTIFY_SCAN_SECONDS: "-1" })).toHaveLength(2);
  });
});
