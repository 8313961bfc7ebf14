import { WEBHOOK_PERMISSIONS } from "../../src/modules/webhook/webhook.permissions";
import type { MatrixCase, MatrixFixture } from "./matrix";

/** A webhook with one SENT delivery, written as the worker leaves them. */
async function sentDelivery(fx: MatrixFixture): Promise<{ webhookId: string; id: string }> {
  const now = fx.app.clock.now();
  const [webhook] = (await fx.app.dataSource.query(
    `INSERT INTO webhook (url, events, secret, created_at)
     VALUES ('https://erp.example.com/hook', '{AUDIT_COMPLETED}', 'whsec_matrix', $1) RETURNING id`,
    [now],
  )) as { id: string }[];
  const [delivery] = (await fx.app.dataSource.query(
    `INSERT INTO webhook_delivery (webhook_id, event_key, event, body, status, attempts, created_at)
     VALUES ($1, $2, 'AUDIT_COMPLETED', '{}', 'SENT', 1, $3) RETURNING id`,
    [webhook.id, `matrix:${Math.random()}`, now],
  )) as { id: string }[];
  return { webhookId: webhook.id, id: delivery.id };
}

export const CASES: MatrixCase[] = [
  {
    operation: "webhooks",
    kind: "query",
    allowed: WEBHOOK_PERMISSIONS.webhooks,
    prepare: async () => ({ query: `{ webhooks { id url events } }` }),
  },
  {
    operation: "webhookDeliveries",
    kind: "query",
    allowed: WEBHOOK_PERMISSIONS.webhookDeliveries,
    prepare: async (fx) => ({
      query: `query($id: ID!) { webhookDeliveries(webhookId: $id, first: 5) { totalCount } }`,
      variables: { id: (await sentDelivery(fx)).webhookId },
    }),
  },
  {
    operation: "registerWebhook",
    kind: "mutation",
    allowed: WEBHOOK_PERMISSIONS.registerWebhook,
    // An address literal: no name to resolve, so the case does not depend on DNS.
    prepare: async () => ({
      query: `mutation { registerWebhook(input: { url: "https://1.1.1.1/hook", events: [AUDIT_COMPLETED] }) { webhook { id } } }`,
    }),
  },
  {
    operation: "disableWebhook",
    kind: "mutation",
    allowed: WEBHOOK_PERMISSIONS.disableWebhook,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { disableWebhook(id: $id) { id disabledAt } }`,
      variables: { id: (await sentDelivery(fx)).webhookId },
    }),
  },
  {
    operation: "redeliverWebhook",
    kind: "mutation",
    allowed: WEBHOOK_PERMISSIONS.redeliverWebhook,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { redeliverWebhook(id: $id) { id status } }`,
      variables: { id: (await sentDelivery(fx)).id },
    }),
  },
];
