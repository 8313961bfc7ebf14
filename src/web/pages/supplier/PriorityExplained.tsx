import { useState, type ReactNode } from "react";
import { Link } from "react-router-dom";
import { useQuery } from "../../api/hooks";
import { Empty, ErrorMessage, formatDate, Loading, SelectField } from "../../components/ui";
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
  const [categoryId, setCategoryId] = useState("");
  const state = useQuery(PRIORITY, {
    id: supplierId,
    ...(categoryId ? { categoryId } : {}),
  });
  const priority = state.data?.supplier?.priority;

  const from = (label: string): ReactNode => {
    switch (priorityTermOf(label)) {
      case "ESG_SCORE":
        return <a href="#score-explanation">How the ESG score is made</a>;
      case "SUSTAINABILITY":
        return <a href="#sustainability">Declared and verified values</a>;
      case "RECYCLED_DECLARATION":
        return <Link to="/recycled/declarations">Recycled-content declarations</Link>;
      case "TRACEABILITY":
        return <a href="#supply-chain">Supply chain</a>;
      case "CONDITIONAL":
        return <a href="#status-explained">Status rules</a>;
      case "OVERDUE_FINDINGS":
        return <a href="#supplier-findings">Overdue findings</a>;
      case "MANUAL_ADJUSTMENT": {
        const reason = adjustmentReasonOf(label);
        const adjustment = priority?.adjustments.find((a) => a.reason === reason);
        return adjustment ? (
          <a href="#priority-adjustments">
            By {adjustment.createdBy.name} on {formatDate(adjustment.createdAt)}
            {adjustment.expiresAt ? `, until ${formatDate(adjustment.expiresAt)}` : ""}
            {adjustment.category ? ` (${adjustment.category.name} only)` : " (every ranking)"}
          </a>
        ) : (
          <a href="#priority-adjustments">Priority adjustments</a>
        );
      }
      case "CLAMP":
        return <span className="muted">Priority is kept between 0 and 100</span>;
    }
  };

  return (
    <div className="card" id="priority-explained">
      <h2>How the priority is made</h2>
      <SelectField
        label="Ranking"
        name="categoryId"
        value={categoryId}
        options={[
          { value: "", label: "All categories" },
          ...categories.map((c) => ({ value: c.id, label: c.name })),
        ]}
        onChange={(event) => setCategoryId(event.target.value)}
      />
      <ErrorMessage error={state.error} />
      {!state.data ? (
        state.loading && <Loading />
      ) : !priority ? (
        <Empty>
          Not in this ranking: no score yet, or the supplier does not supply this category.
        </Empty>
      ) : (
        <>
          <p>
            Priority <strong>{priority.priorityScore.toFixed(2)}</strong>
            {priority.rank !== null && priority.rank !== undefined ? (
              <>
                , rank <strong>{priority.rank}</strong>
                {priority.status === "SUSPENDED"
                  ? " among the suppliers ranked with suspended ones included"
                  : " in the ranking as procurement sees it by default"}
              </>
            ) : (
              <>
                : not ranked while{" "}
                {labelOf(PROCUREMENT_STATUS_LABELS, priority.status).toLowerCase()}
              </>
            )}
            . The terms below add up to it.
          </p>
          <ScrollTable label="Priority terms">
            <table className="table compact">
              <caption className="sr-only">Priority terms</caption>
              <thead>
                <tr>
                  <th scope="col">Term</th>
                  <th scope="col" className="num">
                    Points
                  </th>
                  <th scope="col">Comes from</th>
                </tr>
              </thead>
              <tbody>
                {priority.explanation.map((line, index) => (
                  <tr key={index}>
                    <td>{withoutIds(line.label)}</td>
                    <td className="num">{line.points.toFixed(2)}</td>
                    <td>{from(line.label)}</td>
                  </tr>
                ))}
                <tr className="total">
                  <td>Priority</td>
                  <td className="num">{priority.priorityScore.toFixed(2)}</td>
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
