import { useState } from "react";
import { Link } from "react-router-dom";
import { useQuery } from "../api/hooks";
import { portalPath } from "../api/notifications";
import { graphql } from "../gql";
import type { OpenActionsQuery } from "../gql/graphql";
import { Badge, Empty, formatDate, QueryGate } from "./ui";

const OPEN_ACTIONS = graphql(`
  query OpenActions {
    openActions {
      kind
      title
      dueDate
      overdue
      link
    }
  }
`);

/** The API cuts the list here (`openActions`, "at most 150"): a full list says "150+". */
export const MAX_OPEN_ACTIONS = 150;

export type OpenAction = OpenActionsQuery["openActions"][number];

const KIND_LABELS: Record<string, string> = {
  SAQ_TO_FILL: "Self-assessment to fill",
  SAQ_RETURNED: "Self-assessment returned",
  CAP_TO_PROPOSE: "Plan to propose",
  CAP_TO_REPROPOSE: "Plan to propose again",
  CAP_TO_IMPLEMENT: "Plan to implement",
  SAQ_TO_REVIEW: "Self-assessment to review",
  CAP_TO_REVIEW: "Plan to review",
  CAP_TO_VERIFY: "Plan to verify",
  AUDIT_PLANNED: "Planned audit",
  AUDIT_IN_PROGRESS: "Audit in progress",
  SUPPLIER_STATUS_CHANGED: "Status changed",
  SUPPLIER_BLOCKED: "Blocked supplier",
  FINDING_ESCALATED: "Escalated finding",
};

export const kindLabel = (kind: string) => KIND_LABELS[kind] ?? kind.replace(/_/g, " ");

/** How many, as the API counted them: never a "0" while something waits. */
export function countLabel(actions: readonly unknown[]): string {
  return `${actions.length}${actions.length >= MAX_OPEN_ACTIONS ? "+" : ""}`;
}

export function useOpenActions() {
  return useQuery(OPEN_ACTIONS);
}

/** The first `limit` (soonest due), and a button for the rest. */
export function OpenActionList({
  actions,
  limit = 10,
}: {
  actions: readonly OpenAction[];
  limit?: number;
}) {
  const [all, setAll] = useState(false);
  if (actions.length === 0) return <Empty>Nothing waits for you.</Empty>;
  const shown = all ? actions : actions.slice(0, limit);
  return (
    <>
      <ul className="open-actions">
        {shown.map((action, index) => {
          const path = portalPath(action.link);
          return (
            <li
              key={`${action.link}-${action.kind}-${index}`}
              className={action.overdue ? "open-action overdue" : "open-action"}
              data-kind={action.kind}
            >
              <span className="open-action-kind">{kindLabel(action.kind)}</span>
              {path ? <Link to={path}>{action.title}</Link> : <span>{action.title}</span>}
              <span className="open-action-due">
                {action.dueDate && <>due {formatDate(action.dueDate)}</>}
                {action.overdue && <Badge value="OVERDUE" />}
              </span>
            </li>
          );
        })}
      </ul>
      {actions.length > limit && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? "Show fewer" : `Show all ${countLabel(actions)}`}
        </button>
      )}
    </>
  );
}

/** A card of what waits for the viewer (`openActions`), soonest due first. */
export function OpenActionsCard({
  heading = "Waiting for you",
  limit,
}: {
  heading?: string;
  limit?: number;
}) {
  const state = useOpenActions();
  return (
    <div className="card" data-testid="open-actions">
      <h2>
        {heading}
        {state.data && <span className="count"> · {countLabel(state.data.openActions)} open</span>}
      </h2>
      <QueryGate state={state}>
        {({ openActions }) => <OpenActionList actions={openActions} limit={limit} />}
      </QueryGate>
    </div>
  );
}
