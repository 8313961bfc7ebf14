import { useState } from "react";
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
  return `Daily digest of ${formatDate(delivery.digestDay)}`;
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
  return (
    <tr data-status={delivery.status} data-id={delivery.id}>
      <td>
        {subject(delivery)}
        {delivery.notification && (
          <div className="muted small">
            {delivery.notification.kind} · {formatDateTime(delivery.notification.createdAt)}
          </div>
        )}
      </td>
      <td>
        {delivery.recipient?.name ?? "Not a user yet"}
        <div className="muted small">{delivery.recipientEmail}</div>
      </td>
      <td>
        <Badge value={delivery.status} />
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
            aria-label={`Resend to ${delivery.recipientEmail}: ${subject(delivery)}`}
          >
            Resend
          </button>
        )}
      </td>
    </tr>
  );
}

/** The admin's e-mail outbox: deliveries by status, why they failed, and resending. */
export function OutboxPage() {
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
      setResent(`Queued again for ${delivery.recipientEmail}: ${subject(delivery)}.`);
      state.reload();
    }
  };

  return (
    <section>
      <h1>E-mail outbox</h1>
      <div className="card filters">
        <SelectField
          label="Status"
          name="status"
          value={status}
          options={[
            { value: "", label: "All" },
            ...STATUSES.map((value) => ({ value, label: value })),
          ]}
          onChange={(event) => setStatus(event.target.value as DeliveryStatus | "")}
        />
      </div>
      <ErrorMessage error={resend.error} />
      {resent && <Notice>{resent}</Notice>}
      <QueryGate state={state}>
        {({ notificationOutbox: outbox }) =>
          outbox.edges.length === 0 ? (
            <Empty>No e-mails{status ? ` with status ${status}` : ""}.</Empty>
          ) : (
            <div className="card">
              <div className="table-wrap">
                <table className="table outbox">
                  <thead>
                    <tr>
                      <th scope="col">E-mail</th>
                      <th scope="col">Recipient</th>
                      <th scope="col">Status</th>
                      <th scope="col" className="num">
                        Attempts
                      </th>
                      <th scope="col">Last error</th>
                      <th scope="col">Next attempt</th>
                      <th scope="col">Sent</th>
                      <th scope="col">
                        <span className="sr-only">Actions</span>
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
                label="Outbox"
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
