import http from "node:http";
import type { AddressInfo } from "node:net";
import { auditTeam, completedAudit } from "./support/audit-fixtures";
import { makeSupplier, makeUser, type TestUser } from "./support/factories";
import { createTestApp, errorCodes, type GraphQLResult, type TestApp } from "./support/test-app";
import { Role } from "../src/shared/domain/role.enum";
import { retryDelayMs } from "../src/shared/retry";
import { isPublicAddress } from "../src/modules/webhook/webhook-address";
import { verifySignature } from "../src/modules/webhook/webhook-signature";
import { sendDueWebhooks } from "../src/modules/webhook/webhook-worker";
import { writeNotifications, type NotificationEvent } from "../src/modules/notification/notify";

const REGISTER = `mutation($input: RegisterWebhookInput!) {
  registerWebhook(input: $input) { secret webhook { id url events disabledAt } } }`;
const DELIVERIES = `query($id: ID!) { webhookDeliveries(webhookId: $id, first: 20) {
  totalCount edges { node { id event eventKey status attempts lastStatusCode lastError body } } } }`;

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A receiver that answers each request with the next status of `statuses` (then 200). */
async function receiver(statuses: number[]) {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      response.statusCode = statuses.shift() ?? 200;
      response.end(response.statusCode === 200 ? "ok" : "receiver down");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/esg`;
  return { url, received, close: () => new Promise((resolve) => server.close(resolve)) };
}

const fieldsOf = (result: GraphQLResult) =>
  (result.errors?.[0]?.extensions?.fields ?? []) as { path: string; message: string }[];

describe("webhooks", () => {
  describe("where a webhook may point (no WEBHOOK_ALLOW_PRIVATE)", () => {
    let app: TestApp;
    let admin: TestUser;
    beforeAll(async () => {
      app = await createTestApp();
      admin = await makeUser(app, Role.ADMIN);
    });
    afterAll(() => app.close());

    it.each([
      [
        "https://10.0.0.5/hook",
        /resolves to 10\.0\.0\.5, an address in a private or reserved range/,
      ],
      ["https://192.168.1.20/hook", /192\.168\.1\.20, an address in a private/],
      ["https://169.254.169.254/latest/meta-data", /169\.254\.169\.254, an address in a private/],
      ["https://[fd00::1]/hook", /fd00::1, an address in a private/],
      ["https://[::ffff:10.1.2.3]/hook", /an address in a private/],
      ["http://127.0.0.1:9/hook", /127\.0\.0\.1, an address in a private/],
      ["https://localhost/hook", /an address in a private/],
      [
        "http://erp.example.com/hook",
        /must be an https:\/\/ URL \(http:\/\/ only to a loopback receiver\)/,
      ],
      ["https://user:pw@erp.example.com/hook", /must not carry a user name or password/],
      ["ftp://erp.example.com/", /must be an https:\/\/ URL/],
      ["not a url", /is not a URL/],
    ])("refuses %s on input.url and stores nothing", async (url, message) => {
      const result = await app.exec(admin.token, REGISTER, {
        input: { url, events: ["SUPPLIER_STATUS_CHANGED"] },
      });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldsOf(result)).toEqual([
        { path: "input.url", message: expect.stringMatching(message) },
      ]);
      expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM webhook`))[0].n).toBe(0);
    });

    it("tells public unicast from everything else", () => {
      for (const address of ["8.8.8.8", "2606:4700::1111", "::ffff:1.1.1.1"])
        expect(isPublicAddress(address)).toBe(true);
      for (const address of [
        "10.0.0.1",
        "172.16.0.1",
        "192.168.0.1",
        "127.0.0.1",
        "100.64.0.1",
        "169.254.1.1",
        "0.0.0.0",
        "224.0.0.1",
        "::1",
        "fe80::1",
        "fc00::1",
        "::ffff:127.0.0.1",
        "not-an-ip",
      ])
        expect(isPublicAddress(address)).toBe(false);
    });

    it("checks again when it connects: a webhook that points inside is not posted to", async () => {
      const target = await receiver([]);
      const [webhook] = (await app.dataSource.query(
        `INSERT INTO webhook (url, events, secret, created_at) VALUES ($1, '{AUDIT_COMPLETED}', 'whsec_x', now())
         RETURNING id`,
        [target.url],
      )) as { id: string }[];
      await app.dataSource.query(
        `INSERT INTO webhook_delivery (webhook_id, event_key, event, body, status, next_attempt_at, created_at)
         VALUES ($1, 'k', 'AUDIT_COMPLETED', '{}', 'PENDING', $2, $2)`,
        [webhook.id, app.clock.now()],
      );
      const run = await sendDueWebhooks(app.dataSource, app.clock, {
        maxAttempts: 1,
        allowPrivate: false,
      });
      expect(run).toEqual({ sent: 0, retried: 0, failed: 1 });
      expect(target.received).toHaveLength(0);
      const [row] = await app.dataSource.query(
        `SELECT status, last_error FROM webhook_delivery WHERE webhook_id = $1`,
        [webhook.id],
      );
      expect(row).toEqual({
        status: "FAILED",
        last_error: expect.stringMatching(
          /resolves to 127\.0\.0\.1, an address in a private or reserved range/,
        ),
      });
      await target.close();
    });
  });

  describe("deliveries (WEBHOOK_ALLOW_PRIVATE=true, a receiver on loopback)", () => {
    let app: TestApp;
    let admin: TestUser;
    let procurement: TestUser;
    let team: Awaited<ReturnType<typeof auditTeam>>;
    beforeAll(async () => {
      app = await createTestApp({ env: { WEBHOOK_ALLOW_PRIVATE: "true" } });
      team = await auditTeam(app);
      admin = team.admin;
      procurement = await makeUser(app, Role.PROCUREMENT);
    });
    afterAll(() => app.close());

    const send = (maxAttempts = 3) =>
      sendDueWebhooks(app.dataSource, app.clock, { maxAttempts, allowPrivate: true });
    const deliveriesOf = async (id: string) =>
      (await app.exec(admin.token, DELIVERIES, { id })).data!.webhookDeliveries;

    it("signs each delivery, retries after a 500 with the same body, and is sent once", async () => {
      const target = await receiver([500]);
      const registered = await app.exec(admin.token, REGISTER, {
        input: { url: target.url, events: ["AUDIT_COMPLETED"], description: "ERP" },
      });
      expect(registered.errors).toBeUndefined();
      const { secret, webhook } = registered.data!.registerWebhook;
      expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
      expect(webhook).toMatchObject({
        url: target.url,
        events: ["AUDIT_COMPLETED"],
        disabledAt: null,
      });
      // The secret is not readable afterwards, and not in the audit trail.
      const listed = await app.exec(admin.token, `{ webhooks { id secret } }`);
      expect(errorCodes(listed)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
      const trail = await app.dataSource.query(
        `SELECT changes::text AS changes FROM audit_event WHERE entity_type = 'Webhook' AND entity_id = $1`,
        [webhook.id],
      );
      expect(trail).toHaveLength(1);
      expect(trail[0].changes).not.toContain(secret);

      const supplier = await makeSupplier(app, { name: "Webhook Metals" });
      const { auditId } = await completedAudit(app, team.plan(supplier.id));
      const queued = await deliveriesOf(webhook.id);
      expect(queued.edges.map((e: any) => [e.node.event, e.node.eventKey, e.node.status])).toEqual([
        ["AUDIT_COMPLETED", `audit.completed:${auditId}`, "PENDING"],
      ]);

      expect(await send()).toEqual({ sent: 0, retried: 1, failed: 0 });
      let [delivery] = (await deliveriesOf(webhook.id)).edges.map((e: any) => e.node);
      expect(delivery).toMatchObject({
        status: "PENDING",
        attempts: 1,
        lastStatusCode: 500,
        lastError: "HTTP 500: receiver down",
      });
      expect(await send()).toEqual({ sent: 0, retried: 0, failed: 0 }); // not due yet
      app.clock.advance(retryDelayMs(1));
      expect(await send()).toEqual({ sent: 1, retried: 0, failed: 0 });
      [delivery] = (await deliveriesOf(webhook.id)).edges.map((e: any) => e.node);
      expect(delivery).toMatchObject({ status: "SENT", attempts: 2, lastStatusCode: 200 });

      expect(target.received).toHaveLength(2);
      const [first, second] = target.received;
      expect(second.body).toBe(first.body);
      expect(first.headers["x-esg-event"]).toBe("audit.completed");
      expect(first.headers["x-esg-delivery"]).toBe(delivery.id);
      for (const request of target.received) {
        const signature = String(request.headers["x-esg-signature"]);
        expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
        expect(verifySignature(secret, signature, request.body, app.clock.now())).toBe(true);
        expect(verifySignature(secret, signature, request.body + " ", app.clock.now())).toBe(false);
        expect(verifySignature("whsec_other", signature, request.body, app.clock.now())).toBe(
          false,
        );
      }
      expect(JSON.parse(first.body)).toEqual({
        id: `audit.completed:${auditId}`,
        type: "audit.completed",
        occurredAt: expect.any(String),
        supplier: { id: supplier.id, name: "Webhook Metals" },
        link: `/audits/${auditId}`,
        data: { findings: [] },
      });
      expect(await send()).toEqual({ sent: 0, retried: 0, failed: 0 }); // sent once

      // Redelivery: the same body again, from attempt 0.
      const redelivered = await app.exec(
        admin.token,
        `mutation($id: ID!) { redeliverWebhook(id: $id) { status attempts } }`,
        { id: delivery.id },
      );
      expect(redelivered.data!.redeliverWebhook).toEqual({ status: "PENDING", attempts: 0 });
      expect(await send()).toEqual({ sent: 1, retried: 0, failed: 0 });
      expect(target.received[2].body).toBe(first.body);
      await target.close();
    });

    it("gives up after the attempts allowed; a disabled webhook gets nothing more", async () => {
      const target = await receiver([503, 503, 503, 503]);
      const { webhook } = (
        await app.exec(admin.token, REGISTER, {
          input: { url: target.url, events: ["AUDIT_COMPLETED"] },
        })
      ).data!.registerWebhook;
      await completedAudit(app, team.plan((await makeSupplier(app)).id));
      for (let attempt = 1; attempt <= 2; attempt++) {
        await send(2);
        app.clock.advance(retryDelayMs(attempt));
      }
      const [delivery] = (await deliveriesOf(webhook.id)).edges.map((e: any) => e.node);
      expect(delivery).toMatchObject({ status: "FAILED", attempts: 2, lastStatusCode: 503 });

      const disabled = await app.exec(
        admin.token,
        `mutation($id: ID!) { disableWebhook(id: $id) { disabledAt } }`,
        { id: webhook.id },
      );
      expect(disabled.data!.disableWebhook.disabledAt).not.toBeNull();
      const before = (await deliveriesOf(webhook.id)).totalCount;
      await completedAudit(app, team.plan((await makeSupplier(app)).id));
      expect((await deliveriesOf(webhook.id)).totalCount).toBe(before);
      const again = await app.exec(
        admin.token,
        `mutation($id: ID!) { redeliverWebhook(id: $id) { status } }`,
        { id: delivery.id },
      );
      expect(errorCodes(again)).toEqual(["CONFLICT"]);
      await target.close();
    });

    it("queues an event that notifies nobody in the portal, with the event's ledger entry", async () => {
      const { webhook } = (
        await app.exec(admin.token, REGISTER, {
          input: { url: "http://127.0.0.1:9/hook", events: ["SUPPLIER_STATUS_CHANGED"] },
        })
      ).data!.registerWebhook;
      const supplier = await makeSupplier(app, { name: "Quiet Alloys" });
      const key = `procurement.status_changed:${supplier.id}:quiet`;
      const event = {
        kind: "procurement.status_changed",
        key,
        supplierId: supplier.id,
        params: { from: "APPROVED", to: "CONDITIONAL", reasons: ["Quiet on purpose"] },
        to: [],
      } as unknown as NotificationEvent;
      const at = { now: app.clock.now(), actorId: null };
      expect(await writeNotifications(app.dataSource.manager, at, event)).toBe(0);
      // Written twice (a retry): still one delivery and one ledger entry.
      expect(await writeNotifications(app.dataSource.manager, at, event)).toBe(0);
      const deliveries = (await deliveriesOf(webhook.id)).edges.map((e: any) => e.node);
      expect(deliveries.map((d: any) => [d.event, d.eventKey])).toEqual([
        ["SUPPLIER_STATUS_CHANGED", key],
      ]);
      expect(JSON.parse(deliveries[0].body).supplier).toEqual({
        id: supplier.id,
        name: "Quiet Alloys",
      });
      const ledger = await app.dataSource.query(
        `SELECT kind FROM notification_event WHERE event_key = $1`,
        [key],
      );
      expect(ledger).toEqual([{ kind: "procurement.status_changed" }]);
    });

    it("is the admin's alone", async () => {
      const result = await app.exec(procurement.token, REGISTER, {
        input: { url: "https://erp.example.com/hook", events: ["AUDIT_COMPLETED"] },
      });
      expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
    });
  });
});
