import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCursorPages, useMutation, useQuery } from "../../api/hooks";
import {
  Badge,
  Empty,
  ErrorMessage,
  formatDate,
  formatDateTime,
  Notice,
  Pager,
  QueryGate,
  SelectField,
} from "../../components/ui";
import { graphql } from "../../gql";
import type { DeliveryStatus, NotificationOutboxQuery } from "../../gql/graphql";
import { i18next } from "../../i18n";

const PAGE_SIZE = 25;
const STATUSES: DeliveryStatus[] = ["PENDING", "SENT", "FAILED", "SKIPPED"];
/** The API resends these and refuses the others (CONFLICT). */
const RESENDABLE: ReadonlySet<DeliveryStatus> = new Set(["FAILED", "SENT"]);

const OUTBOX = graphql(`
  query NotificationOutbox($status: DeliveryStatus, $first: Int, $after: String) {
    notificationOutbox(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          attempts
          lastError
          nextAttemptAt
          sentAt
          digestDay
          subject
          recipientEmail
          notification {
            id
            kind
            title
            createdAt
          }
          recipient {
            id
            name
            email
          }
        }
      }
    }
  }
`);
const RESEND = graphql(`
  mutation ResendNotification($id: ID!) {
    resendNotification(id: $id) {
      id
      status
      attempts
      nextAttemptAt
      lastError
      sentAt
    }
  }
`);

type Delivery = NotificationOutboxQuery["notificationOutbox"]["edges"][number]["node"];

function subject(delivery: Delivery): string {
  if (delivery.notification) return delivery.notification.title;
  if (delivery.subject) return delivery.subject;
  return i18next.t("admin:outbox.digest", { day: formatDate(delivery.digestDay) });
}

/** A sent invitation e-mail (the one kind with its own subject) keeps no link to send again. */
function resendable(delivery: Delivery): boolean {
  if (delivery.subject && delivery.status === "SENT") return false;
  return RESENDABLE.has(delivery.status);
}

function DeliveryRow({
  delivery,
  busy,
  onResend,
}: {
  delivery: Delivery;
  busy: boolean;
  onResend: (delivery: Delivery) => void;
}) {
  const { t } = useTranslation("admin");
  return (
    <tr data-status={delivery.status} data-id={delivery.id}>
      <td>
        {subject(delivery)}
        {delivery.notification && (
          <div className="muted small">
            {t("outbox.kindAt", {
              kind: delivery.notification.kind,
              at: formatDateTime(delivery.notification.createdAt),
            })}
          </div>
        )}
      </td>
      <td>
        {delivery.recipient?.name ?? t("outbox.notAUser")}
        <div className="muted small">{delivery.recipientEmail}</div>
      </td>
      <td>
        <Badge value={t(`deliveryStatus.${delivery.status}`)} kind={delivery.status} />
      </td>
      <td className="num">{delivery.attempts}</td>
      <td className="last-error">{delivery.lastError ?? "—"}</td>
      <td>{delivery.status === "PENDING" ? formatDateTime(delivery.nextAttemptAt) : "—"}</td>
      <td>{formatDateTime(delivery.sentAt)}</td>
      <td>
        {resendable(delivery) && (
          <button
            type="button"
            disabled={busy}
            onClick={() => onResend(delivery)}
            aria-label={t("outbox.resendLabel", {
              email: delivery.recipientEmail,
              subject: subject(delivery),
            })}
          >
            {t("outbox.resend")}
          </button>
        )}
      </td>
    </tr>
  );
}

/** The admin's e-mail outbox: deliveries by status, why they failed, and resending. */
export function OutboxPage() {
  const { t } = useTranslation("admin");
  const [status, setStatus] = useState<DeliveryStatus | "">("");
  const pages = useCursorPages(status);
  const state = useQuery(OUTBOX, {
    status: status || undefined,
    first: PAGE_SIZE,
    after: pages.after,
  });
  const resend = useMutation(RESEND);
  const [resent, setResent] = useState<string>();

  const onResend = async (delivery: Delivery) => {
    setResent(undefined);
    const result = await resend.run({ id: delivery.id });
    if (result) {
      setResent(t("outbox.queued", { email: delivery.recipientEmail, subject: subject(delivery) }));
      state.reload();
    }
  };

  return (
    <section>
      <h1>{t("outbox.title")}</h1>
      <div className="card filters">
        <SelectField
          label={t("outbox.status")}
          name="status"
          value={status}
          options={[
            { value: "", label: t("outbox.all") },
            ...STATUSES.map((value) => ({ value, label: t(`deliveryStatus.${value}`) })),
          ]}
          onChange={(event) => setStatus(event.target.value as DeliveryStatus | "")}
        />
      </div>
      <ErrorMessage error={resend.error} />
      {resent && <Notice>{resent}</Notice>}
      <QueryGate state={state}>
        {({ notificationOutbox: outbox }) =>
          outbox.edges.length === 0 ? (
            <Empty>
              {status
                ? t("outbox.emptyWithStatus", { status: t(`deliveryStatus.${status}`) })
                : t("outbox.empty")}
            </Empty>
          ) : (
            <div className="card">
              <div className="table-wrap">
                <table className="table outbox">
                  <thead>
                    <tr>
                      <th scope="col">{t("outbox.columns.email")}</th>
                      <th scope="col">{t("outbox.columns.recipient")}</th>
                      <th scope="col">{t("outbox.columns.status")}</th>
                      <th scope="col" className="num">
                        {t("outbox.columns.attempts")}
                      </th>
                      <th scope="col">{t("outbox.columns.lastError")}</th>
                      <th scope="col">{t("outbox.columns.nextAttempt")}</th>
                      <th scope="col">{t("outbox.columns.sent")}</th>
                      <th scope="col">
                        <span className="sr-only">{t("outbox.columns.actions")}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {outbox.edges.map(({ node }) => (
                      <DeliveryRow
                        key={node.id}
                        delivery={node}
                        busy={resend.busy}
                        onResend={(delivery) => void onResend(delivery)}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager
                label={t("outbox.pager")}
                total={outbox.totalCount}
                hasNext={outbox.pageInfo.hasNextPage}
                hasPrevious={pages.hasPrevious}
                onNext={() => pages.next(outbox.pageInfo.endCursor)}
                onPrevious={pages.previous}
              />
            </div>
          )
        }
      </QueryGate>
    </section>
  );
}
