import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useCursorPages, useQuery } from "../../api/hooks";
import {
  Badge,
  Empty,
  ErrorMessage,
  formatDate,
  formatNumber,
  Pager,
  QueryGate,
  SelectField,
} from "../../components/ui";
import { graphql } from "../../gql";
import type { SubstitutionLinesQuery, SubstitutionStatus } from "../../gql/graphql";
import { i18next } from "../../i18n";
import { badgeText } from "./risk";

const LINES = graphql(`
  query SubstitutionLines($status: SubstitutionStatus!, $categoryId: ID, $after: String) {
    substitution(status: $status, categoryId: $categoryId, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          declarationId
          status
          partNumber
          partName
          material
          cas
          substanceName
          targetKind
          ppm
          validUntil
          expired
          category {
            id
            code
            name
          }
          supplier {
            id
            name
          }
        }
      }
    }
  }
`);
const CATEGORIES = graphql(`
  query SubstitutionCategories {
    materialCategories {
      id
      name
    }
  }
`);

type Line = SubstitutionLinesQuery["substitution"]["edges"][number]["node"];

/** ppm w/w, with the percent beside it (0.1 % is 1 000 ppm). */
const concentration = (ppm: number | null | undefined): string =>
  ppm === null || ppm === undefined
    ? i18next.t("substitution.unknown", { ns: "ehs" })
    : i18next.t("substitution.ppm", {
        ns: "ehs",
        ppm: formatNumber(ppm, 0),
        percent: formatNumber(ppm / 10_000, 3),
      });

function byCategory(lines: Line[]): { name: string; code: string; lines: Line[] }[] {
  const groups: { name: string; code: string; lines: Line[] }[] = [];
  for (const line of lines) {
    const last = groups[groups.length - 1];
    if (last && last.code === line.category.code) last.lines.push(line);
    else groups.push({ name: line.category.name, code: line.category.code, lines: [line] });
  }
  return groups;
}

function Lines({ status, categoryId }: { status: SubstitutionStatus; categoryId: string }) {
  const { t } = useTranslation("ehs");
  const pages = useCursorPages(categoryId);
  const state = useQuery(LINES, { status, categoryId: categoryId || null, after: pages.after });
  const title = status === "ACCEPTED" ? t("substitution.accepted") : t("substitution.submitted");
  return (
    <div className="card" data-testid={`substitution-${status.toLowerCase()}`}>
      <h2>{title}</h2>
      <QueryGate state={state}>
        {(data) =>
          data.substitution.edges.length === 0 ? (
            <Empty>
              {status === "ACCEPTED"
                ? t("substitution.emptyAccepted")
                : t("substitution.emptySubmitted")}
            </Empty>
          ) : (
            <>
              {byCategory(data.substitution.edges.map((e) => e.node)).map((group) => (
                <section key={group.code} data-category={group.code}>
                  <h3>{group.name}</h3>
                  <div className="table-wrap">
                    <table className="table">
                      <thead>
                        <tr>
                          <th>{t("substitution.supplier")}</th>
                          <th>{t("substitution.part")}</th>
                          <th>{t("substitution.material")}</th>
                          <th>{t("substitution.substance")}</th>
                          <th>{t("substitution.cas")}</th>
                          <th>{t("substitution.target")}</th>
                          <th>{t("substitution.concentration")}</th>
                          <th>{t("substitution.validUntil")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {group.lines.map((line) => (
                          <tr key={`${line.declarationId}:${line.material}:${line.cas}`}>
                            <td>{line.supplier.name}</td>
                            <td>
                              <Link to={`/declarations/${line.declarationId}`}>
                                {line.partNumber}
                                {line.partName &&
                                  t("substitution.partName", { name: line.partName })}
                              </Link>
                            </td>
                            <td>{line.material}</td>
                            <td>{line.substanceName}</td>
                            <td>{line.cas}</td>
                            <td>
                              <Badge
                                value={badgeText(line.targetKind)}
                                kind={line.targetKind === "ELIMINATE" ? "critical" : "medium"}
                              />
                            </td>
                            <td>{concentration(line.ppm)}</td>
                            <td>
                              {formatDate(line.validUntil)}{" "}
                              {line.expired && <Badge value={badgeText("expired")} kind="high" />}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </section>
              ))}
              <Pager
                label={title}
                total={data.substitution.totalCount}
                hasNext={data.substitution.pageInfo.hasNextPage}
                hasPrevious={pages.hasPrevious}
                onNext={() => pages.next(data.substitution.pageInfo.endCursor)}
                onPrevious={pages.previous}
              />
            </>
          )
        }
      </QueryGate>
    </div>
  );
}

/** Which suppliers' declarations still contain the company's target substances, per category. */
export function SubstitutionPage() {
  const { t } = useTranslation("ehs");
  const categories = useQuery(CATEGORIES);
  const [categoryId, setCategoryId] = useState("");
  return (
    <section>
      <div className="page-head">
        <h1>{t("substitution.title")}</h1>
        <p className="muted">{t("substitution.intro")}</p>
      </div>
      <ErrorMessage error={categories.error} />
      <div className="card">
        <SelectField
          label={t("substitution.category")}
          name="category"
          value={categoryId}
          options={[
            { value: "", label: t("substitution.everyCategory") },
            ...(categories.data?.materialCategories ?? []).map((c) => ({
              value: c.id,
              label: c.name,
            })),
          ]}
          onChange={(event) => setCategoryId(event.target.value)}
        />
      </div>
      <Lines status="ACCEPTED" categoryId={categoryId} />
      <Lines status="SUBMITTED" categoryId={categoryId} />
    </section>
  );
}
