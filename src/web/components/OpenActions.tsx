import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useQuery } from "../api/hooks";
import { portalPath } from "../api/notifications";
import { graphql } from "../gql";
import type { OpenActionsQuery } from "../gql/graphql";
import { i18next } from "../i18n";
import enCommon from "../i18n/locales/en/common.json";
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

/** The kind's words in the interface's language; an unknown kind as words, never a code. */
export const kindLabel = (kind: string) =>
  Object.hasOwn(enCommon.openActions.kind, kind)
    ? i18next.t(`common:openActions.kind.${kind}` as never)
    : kind.replace(/_/g, " ");

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
  const { t } = useTranslation("common");
  const [all, setAll] = useState(false);
  if (actions.length === 0) return <Empty>{t("openActions.nothing")}</Empty>;
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
                {action.dueDate && t("openActions.due", { date: formatDate(action.dueDate) })}
                {action.overdue && <Badge value={t("overdue")} kind="OVERDUE" />}
              </span>
            </li>
          );
        })}
      </ul>
      {actions.length > limit && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? t("openActions.showFewer") : t("openActions.showAll", { n: countLabel(actions) })}
        </button>
      )}
    </>
  );
}

/** A card of what waits for the viewer (`openActions`), soonest due first. */
export function OpenActionsCard({ heading, limit }: { heading?: string; limit?: number }) {
  const { t } = useTranslation("common");
  const state = useOpenActions();
  return (
    <div className="card" data-testid="open-actions">
      <h2>
        {heading ?? t("openActions.heading")}
        {state.data && (
          <span className="count">
            {" · "}
            {t("openActions.open", { n: countLabel(state.data.openActions) })}
          </span>
        )}
      </h2>
      <QueryGate state={state}>
        {({ openActions }) => <OpenActionList actions={openActions} limit={limit} />}
      </QueryGate>
    </div>
  );
}
