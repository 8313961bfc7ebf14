import { useState, type ReactNode } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useQuery } from "../../api/hooks";
import {
  Empty,
  ErrorMessage,
  formatDate,
  formatNumber,
  Loading,
  SelectField,
} from "../../components/ui";
import { graphql } from "../../gql";
import { labelOf, PROCUREMENT_STATUS_LABELS } from "../../labels";
import { adjustmentReasonOf, priorityTermOf } from "./explain";
import { ScrollTable } from "./ScrollTable";

const PRIORITY = graphql(`
  query SupplierPriority($id: ID!, $categoryId: ID) {
    supplier(id: $id) {
      id
      priority(categoryId: $categoryId) {
        categoryId
        priorityScore
        rank
        status
        explanation {
          label
          points
        }
        # In English: the page recognises each term by its wording.
        terms: explanation(locale: "en") {
          label
        }
        adjustments {
          id
          delta
          reason
          createdAt
          expiresAt
          category {
            name
          }
          createdBy {
            name
          }
        }
      }
    }
  }
`);

// A declaration's id means nothing to a reader; the link names where to find it.
const withoutIds = (label: string) =>
  label.replace(
    /\s*recycled-content declaration [0-9a-f-]{36},?/i,
    " recycled-content declaration,",
  );

/**
 * The priority of the supplier in one ranking, term by term, as the ranking and its CSV have it:
 * the ESG score part, the sustainability part, the rule adjustments and each manual adjustment
 * with its reason and author, each linking to what it comes from.
 */
export function PriorityExplained({
  supplierId,
  categories,
}: {
  supplierId: string;
  categories: readonly { id: string; name: string }[];
}) {
  const { t } = useTranslation("supplier");
  const [categoryId, setCategoryId] = useState("");
  const state = useQuery(PRIORITY, {
    id: supplierId,
    ...(categoryId ? { categoryId } : {}),
  });
  const priority = state.data?.supplier?.priority;
  const rankings = [
    { value: "", label: t("priority.allCategories") },
    ...categories.map((c) => ({ value: c.id, label: c.name })),
  ];

  const from = (label: string): ReactNode => {
    switch (priorityTermOf(label)) {
      case "ESG_SCORE":
        return <a href="#score-explanation">{t("priority.from.esgScore")}</a>;
      case "SUSTAINABILITY":
        return <a href="#sustainability">{t("priority.from.sustainability")}</a>;
      case "RECYCLED_DECLARATION":
        return <Link to="/recycled/declarations">{t("priority.from.recycled")}</Link>;
      case "TRACEABILITY":
        return <a href="#supply-chain">{t("priority.from.traceability")}</a>;
      case "CONDITIONAL":
        return <a href="#status-explained">{t("priority.from.conditional")}</a>;
      case "OVERDUE_FINDINGS":
        return <a href="#supplier-findings">{t("priority.from.overdueFindings")}</a>;
      case "MANUAL_ADJUSTMENT": {
        const reason = adjustmentReasonOf(label);
        const adjustment = priority?.adjustments.find((a) => a.reason === reason);
        return adjustment ? (
          <a href="#priority-adjustments">
            {t("priority.from.adjustmentBy", {
              name: adjustment.createdBy.name,
              date: formatDate(adjustment.createdAt),
            })}
            {adjustment.expiresAt
              ? t("priority.from.adjustmentUntil", { date: formatDate(adjustment.expiresAt) })
              : ""}
            {adjustment.category
              ? t("priority.from.adjustmentCategory", { category: adjustment.category.name })
              : t("priority.from.adjustmentEvery")}
          </a>
        ) : (
          <a href="#priority-adjustments">{t("priority.from.adjustments")}</a>
        );
      }
      case "CLAMP":
        return <span className="muted">{t("priority.from.clamp")}</span>;
    }
  };

  return (
    <div className="card" id="priority-explained">
      <h2>{t("priority.title")}</h2>
      <SelectField
        label={t("priority.ranking")}
        name="categoryId"
        value={categoryId}
        options={rankings}
        onChange={(event) => setCategoryId(event.target.value)}
      />
      <ErrorMessage error={state.error} />
      {!state.data ? (
        state.loading && <Loading />
      ) : !priority ? (
        <Empty>{t("priority.notRanked")}</Empty>
      ) : (
        <>
          <p>
            <Trans
              t={t}
              i18nKey={
                priority.rank === null || priority.rank === undefined
                  ? "priority.summary.unranked"
                  : priority.status === "SUSPENDED"
                    ? "priority.summary.rankedWithSuspended"
                    : "priority.summary.ranked"
              }
              values={{
                score: formatNumber(priority.priorityScore, 2),
                rank: priority.rank,
                status: labelOf(PROCUREMENT_STATUS_LABELS, priority.status).toLowerCase(),
              }}
              components={{ strong: <strong /> }}
            />
          </p>
          <ScrollTable label={t("priority.terms")}>
            <table className="table compact">
              <caption className="sr-only">{t("priority.terms")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("priority.column.term")}</th>
                  <th scope="col" className="num">
                    {t("priority.column.points")}
                  </th>
                  <th scope="col">{t("priority.column.from")}</th>
                </tr>
              </thead>
              <tbody>
                {priority.explanation.map((line, index) => (
                  <tr key={index}>
                    <td>{withoutIds(line.label)}</td>
                    <td className="num">{formatNumber(line.points, 2)}</td>
                    <td>{from(priority.terms[index]?.label ?? line.label)}</td>
                  </tr>
                ))}
                <tr className="total">
                  <td>{t("priority.total")}</td>
                  <td className="num">{formatNumber(priority.priorityScore, 2)}</td>
                  <td />
                </tr>
              </tbody>
            </table>
          </ScrollTable>
        </>
      )}
    </div>
  );
}
