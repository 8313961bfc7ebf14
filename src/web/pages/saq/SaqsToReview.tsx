import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useQuery } from "../../api/hooks";
import { Badge, Empty, QueryGate } from "../../components/ui";
import { graphql } from "../../gql";
import { saqDates, saqStatusLabel } from "./saq-labels";

const TO_REVIEW = graphql(`
  query SaqsToReview {
    suppliers(first: 100) {
      edges {
        node {
          id
          name
          selfAssessments {
            id
            reference
            status
            createdAt
            submittedAt
            checklist {
              name
              version
            }
          }
        }
      }
    }
  }
`);

/** Submitted self-assessments waiting for an auditor's review. */
export function SaqsToReview() {
  const { t } = useTranslation("saq");
  const state = useQuery(TO_REVIEW);
  return (
    <QueryGate state={state}>
      {(data) => {
        const rows = data.suppliers.edges.flatMap(({ node }) =>
          node.selfAssessments
            .filter((saq) => saq.status === "SUBMITTED")
            .map((saq) => ({ supplier: node, saq })),
        );
        if (rows.length === 0) return <Empty>{t("toReview.none")}</Empty>;
        return (
          <ul className="links">
            {rows.map(({ supplier, saq }) => (
              <li key={saq.id}>
                <Link to={`/saqs/${saq.id}`}>
                  {t("toReview.link", {
                    supplier: supplier.name,
                    reference: saq.reference,
                    name: saq.checklist.name,
                    version: saq.checklist.version,
                  })}
                </Link>{" "}
                <Badge value={saqStatusLabel(saq.status)} kind={saq.status} />{" "}
                <span className="muted">{saqDates(saq)}</span>
              </li>
            ))}
          </ul>
        );
      }}
    </QueryGate>
  );
}
