import { useState, type FormEvent } from "react";
import { Trans, useTranslation } from "react-i18next";
import { ApiError } from "../../api/client";
import { useCursorPages, useMutation, useQuery } from "../../api/hooks";
import { ConfirmButton, ShownOnce } from "../../components/once";
import {
  Badge,
  Empty,
  ErrorMessage,
  formatDateTime,
  Notice,
  Pager,
  QueryGate,
  SelectField,
  TextField,
} from "../../components/ui";
import { graphql } from "../../gql";
import type {
  WebhookDeliveriesQuery,
  WebhookDeliveryStatus,
  WebhookEvent,
  WebhooksQuery,
} from "../../gql/graphql";

const PAGE_SIZE = 20;
const DELIVERY_STATUSES: WebhookDeliveryStatus[] = ["PENDING", "SENT", "FAILED"];
/** The API sends these again and refuses a PENDING one (it is still on its way). */
const REDELIVERABLE: ReadonlySet<WebhookDeliveryStatus> = new Set(["SENT", "FAILED"]);

/** The event names as they reach the receiver (`type`, X-ESG-Event); words in webhooks.events. */
const EVENTS: { value: WebhookEvent; type: string }[] = [
  { value: "SUPPLIER_STATUS_CHANGED", type: "supplier.status_changed" },
  { value: "AUDIT_COMPLETED", type: "audit.completed" },
  { value: "FINDING_OVERDUE", type: "finding.overdue" },
];
const eventType = (event: WebhookEvent) =>
  EVENTS.find((entry) => entry.value === event)?.type ?? event;

const WEBHOOKS = graphql(`
  query Webhooks {
    webhooks {
      id
      url
      description
      events
      createdAt
      disabledAt
    }
  }
`);
const REGISTER = graphql(`
  mutation RegisterWebhook($input: RegisterWebhookInput!) {
    registerWebhook(input: $input) {
      secret
      webhook {
        id
        url
      }
    }
  }
`);
const DISABLE = graphql(`
  mutation DisableWebhook($id: ID!) {
    disableWebhook(id: $id) {
      id
      disabledAt
    }
  }
`);
const DELIVERIES = graphql(`
  query WebhookDeliveries(
    $webhookId: ID!
    $status: WebhookDeliveryStatus
    $first: Int
    $after: String
  ) {
    webhookDeliveries(webhookId: $webhookId, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          event
          eventKey
          status
          attempts
          lastStatusCode
          lastError
          nextAttemptAt
          sentAt
          createdAt
        }
      }
    }
  }
`);
const REDELIVER = graphql(`
  mutation RedeliverWebhook($id: ID!) {
    redeliverWebhook(id: $id) {
      id
      status
      attempts
      nextAttemptAt
    }
  }
`);

type Webhook = WebhooksQuery["webhooks"][number];
type Delivery = WebhookDeliveriesQuery["webhookDeliveries"]["edges"][number]["node"];

function RegisterForm({ onRegistered }: { onRegistered: (url: string, secret: string) => void }) {
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [events, setEvents] = useState<WebhookEvent[]>(["SUPPLIER_STATUS_CHANGED"]);
  const { t } = useTranslation("admin");
  const register = useMutation(REGISTER);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await register.run({
      input: { url: url.trim(), events, description: description.trim() || null },
    });
    if (result) {
      onRegistered(result.registerWebhook.webhook.url, result.registerWebhook.secret);
      setUrl("");
      setDescription("");
    }
  };
  const eventsProblem =
    register.error instanceof ApiError ? register.error.fieldMessage("events") : undefined;
  return (
    <form
      className="card"
      aria-label={t("webhooks.register.title")}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h2>{t("webhooks.register.title")}</h2>
      <p className="muted">
        <Trans t={t} i18nKey="webhooks.register.intro" components={{ code: <code /> }} />
      </p>
      <ErrorMessage error={register.error} />
      <div className="form-grid">
        <TextField
          label={t("webhooks.register.url")}
          name="url"
          type="url"
          // eslint-disable-next-line i18next/no-literal-string -- an example address
          placeholder="https://erp.example.com/esg"
          value={url}
          error={register.error}
          onChange={(event) => setUrl(event.target.value)}
        />
        <TextField
          label={t("webhooks.register.description")}
          name="description"
          value={description}
          error={register.error}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
      <fieldset className="checks" aria-invalid={eventsProblem ? true : undefined}>
        <legend>{t("webhooks.register.events")}</legend>
        {EVENTS.map((entry) => (
          <label key={entry.value}>
            <input
              type="checkbox"
              checked={events.includes(entry.value)}
              onChange={(event) =>
                setEvents((current) =>
                  event.target.checked
                    ? [...current, entry.value]
                    : current.filter((value) => value !== entry.value),
                )
              }
            />{" "}
            {t(`webhooks.events.${entry.value}`)} <code className="muted small">{entry.type}</code>
          </label>
        ))}
        {eventsProblem && (
          <small className="field-error" role="alert">
            {eventsProblem}
          </small>
        )}
      </fieldset>
      <button
        type="submit"
        className="primary"
        disabled={register.busy || !url.trim() || events.length === 0}
      >
        {register.busy ? t("webhooks.register.busy") : t("webhooks.register.submit")}
      </button>
    </form>
  );
}

function DeliveryLog({ webhook }: { webhook: Webhook }) {
  const { t } = useTranslation("admin");
  const [status, setStatus] = useState<WebhookDeliveryStatus | "">("");
  const pages = useCursorPages(`${webhook.id}:${status}`);
  const state = useQuery(DELIVERIES, {
    webhookId: webhook.id,
    status: status || undefined,
    first: PAGE_SIZE,
    after: pages.after,
  });
  const redeliver = useMutation(REDELIVER);
  const [queued, setQueued] = useState<string | null>(null);
  const onRedeliver = async (delivery: Delivery) => {
    setQueued(null);
    if (await redeliver.run({ id: delivery.id })) {
      setQueued(
        t("webhooks.log.queued", { event: eventType(delivery.event), key: delivery.eventKey }),
      );
      state.reload();
    }
  };
  return (
    <div className="card" aria-label={t("webhooks.log.title", { url: webhook.url })} role="region">
      <h2>{t("webhooks.log.title", { url: webhook.url })}</h2>
      <div className="toolbar">
        <SelectField
          label={t("webhooks.log.status")}
          name="status"
          value={status}
          options={[
            { value: "", label: t("webhooks.log.all") },
            ...DELIVERY_STATUSES.map((value) => ({ value, label: t(`deliveryStatus.${value}`) })),
          ]}
          onChange={(event) => setStatus(event.target.value as WebhookDeliveryStatus | "")}
        />
        <button type="button" onClick={state.reload} disabled={state.loading}>
          {t("webhooks.log.refresh")}
        </button>
      </div>
      <ErrorMessage error={redeliver.error} />
      {queued && <Notice>{queued}</Notice>}
      <QueryGate state={state}>
        {({ webhookDeliveries: log }) =>
          log.edges.length === 0 ? (
            <Empty>
              {status
                ? t("webhooks.log.emptyWithStatus", { status: t(`deliveryStatus.${status}`) })
                : t("webhooks.log.empty")}
            </Empty>
          ) : (
            <>
              <div className="table-wrap">
                <table className="table outbox">
                  <caption className="sr-only">
                    {t("webhooks.log.title", { url: webhook.url })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("webhooks.log.columns.event")}</th>
                      <th scope="col">{t("webhooks.log.columns.status")}</th>
                      <th scope="col" className="num">
                        {t("webhooks.log.columns.attempts")}
                      </th>
                      <th scope="col">{t("webhooks.log.columns.response")}</th>
                      <th scope="col">{t("webhooks.log.columns.nextAttempt")}</th>
                      <th scope="col">{t("webhooks.log.columns.sent")}</th>
                      <th scope="col">
                        <span className="sr-only">{t("webhooks.log.columns.actions")}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {log.edges.map(({ node }) => (
                      <tr key={node.id} data-delivery={node.eventKey} data-status={node.status}>
                        <td>
                          {eventType(node.event)}
                          <div className="muted small">
                            {t("webhooks.log.keyAt", {
                              key: node.eventKey,
                              at: formatDateTime(node.createdAt),
                            })}
                          </div>
                        </td>
                        <td>
                          <Badge value={t(`deliveryStatus.${node.status}`)} kind={node.status} />
                        </td>
                        <td className="num">{node.attempts}</td>
                        <td className="last-error">
                          {node.lastStatusCode ?? "—"}
                          {node.lastError && <div className="muted small">{node.lastError}</div>}
                        </td>
                        <td>
                          {node.status === "PENDING" ? formatDateTime(node.nextAttemptAt) : "—"}
                        </td>
                        <td>{formatDateTime(node.sentAt)}</td>
                        <td>
                          {REDELIVERABLE.has(node.status) && !webhook.disabledAt && (
                            <button
                              type="button"
                              disabled={redeliver.busy}
                              aria-label={t("webhooks.log.redeliverLabel", { key: node.eventKey })}
                              onClick={() => void onRedeliver(node)}
                            >
                              {t("webhooks.log.redeliver")}
                            </button>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager
                label={t("webhooks.log.pager")}
                total={log.totalCount}
                hasNext={log.pageInfo.hasNextPage}
                hasPrevious={pages.hasPrevious}
                onNext={() => pages.next(log.pageInfo.endCursor)}
                onPrevious={pages.previous}
              />
            </>
          )
        }
      </QueryGate>
    </div>
  );
}

/** Webhooks (ADMIN): register a receiver (its signing secret shown once), disable, delivery log. */
export function WebhooksPage() {
  const { t } = useTranslation("admin");
  const state = useQuery(WEBHOOKS);
  const disable = useMutation(DISABLE);
  const [registered, setRegistered] = useState<{ url: string; secret: string } | null>(null);
  const [selected, setSelected] = useState<string | null>(null);

  const onDisable = async (webhook: Webhook) => {
    if (await disable.run({ id: webhook.id })) state.reload();
  };
  const webhooks = state.data?.webhooks ?? [];
  const shown = webhooks.find((webhook) => webhook.id === selected);

  return (
    <section>
      <h1>{t("webhooks.title")}</h1>
      {registered ? (
        <ShownOnce
          title={t("webhooks.secretTitle", { url: registered.url })}
          value={registered.secret}
          onDismiss={() => setRegistered(null)}
        >
          <p>
            <Trans t={t} i18nKey="webhooks.secretHelp" components={{ code: <code /> }} />
          </p>
        </ShownOnce>
      ) : (
        <RegisterForm
          onRegistered={(url, secret) => {
            setRegistered({ url, secret });
            state.reload();
          }}
        />
      )}
      <ErrorMessage error={disable.error} />
      <QueryGate state={state}>
        {() =>
          webhooks.length === 0 ? (
            <Empty>{t("webhooks.empty")}</Empty>
          ) : (
            <div className="card">
              <div className="table-wrap">
                <table className="table">
                  <caption className="sr-only">{t("webhooks.caption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("webhooks.columns.receiver")}</th>
                      <th scope="col">{t("webhooks.columns.events")}</th>
                      <th scope="col">{t("webhooks.columns.registered")}</th>
                      <th scope="col">{t("webhooks.columns.state")}</th>
                      <th scope="col">
                        <span className="sr-only">{t("webhooks.columns.actions")}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {webhooks.map((webhook) => (
                      <tr
                        key={webhook.id}
                        data-webhook={webhook.url}
                        data-state={webhook.disabledAt ? "DISABLED" : "ACTIVE"}
                      >
                        <td className="last-error">
                          {webhook.url}
                          {webhook.description && (
                            <div className="muted small">{webhook.description}</div>
                          )}
                        </td>
                        <td>{webhook.events.map(eventType).join(", ")}</td>
                        <td>{formatDateTime(webhook.createdAt)}</td>
                        <td>
                          {webhook.disabledAt ? (
                            <>
                              <Badge value={t("webhooks.states.DISABLED")} kind="inactive" />
                              <div className="muted small">
                                {formatDateTime(webhook.disabledAt)}
                              </div>
                            </>
                          ) : (
                            <Badge value={t("webhooks.states.ACTIVE")} kind="active" />
                          )}
                        </td>
                        <td>
                          <div className="button-row">
                            <button
                              type="button"
                              aria-pressed={selected === webhook.id}
                              aria-label={t("webhooks.deliveriesLabel", { url: webhook.url })}
                              onClick={() =>
                                setSelected((current) =>
                                  current === webhook.id ? null : webhook.id,
                                )
                              }
                            >
                              {t("webhooks.deliveries")}
                            </button>
                            {!webhook.disabledAt && (
                              <ConfirmButton
                                label={t("webhooks.disable")}
                                accessibleLabel={t("webhooks.disableLabel", { url: webhook.url })}
                                question={t("webhooks.disableQuestion", { url: webhook.url })}
                                confirmLabel={t("webhooks.disableConfirm")}
                                busy={disable.busy}
                                onConfirm={() => onDisable(webhook)}
                              />
                            )}
                          </div>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          )
        }
      </QueryGate>
      {shown && <DeliveryLog key={shown.id} webhook={shown} />}
    </section>
  );
}
