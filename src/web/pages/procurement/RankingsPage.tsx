import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { downloadWithToken } from "../../api/client";
import { useCursorPages, useQuery } from "../../api/hooks";
import { CountryPicker } from "../../components/CountryPicker";
import { OpenActionsCard } from "../../components/OpenActions";
import {
  Badge,
  Empty,
  ErrorMessage,
  formatNumber,
  Loading,
  Pager,
  SelectField,
} from "../../components/ui";
import { graphql } from "../../gql";
import { countryName, labelOf, PROCUREMENT_STATUS_LABELS } from "../../labels";
import { ScrollTable } from "../supplier/ScrollTable";
import type { Grade, ProcurementStatus, RankingsQuery } from "../../gql/graphql";

type RankedRow = RankingsQuery["supplierRankings"]["edges"][number]["node"];

/** Issue 16: company target substances in the supplier's accepted declarations; never scored. */
function TargetSubstanceBadges({ flags }: { flags: RankedRow["targetSubstances"] }) {
  const { t } = useTranslation("procurement");
  if (flags.length === 0) return null;
  return (
    <ul className="target-flags" aria-label={t("rankings.targets")}>
      {flags.map((flag) => (
        <li key={`${flag.declarationId}/${flag.cas}/${flag.material}`}>
          <Badge
            value={t("rankings.contains", {
              name: flag.substanceName,
              kind: t(`rankings.kind.${flag.kind}`),
            })}
            kind={flag.kind === "ELIMINATE" ? "eliminate" : "reduce"}
          />{" "}
          <Link to={`/declarations/${flag.declarationId}`} className="muted">
            {t("rankings.part", { number: flag.partNumber })}
            {flag.partName ? t("rankings.partName", { name: flag.partName }) : ""}
            {t("rankings.material", { material: flag.material })}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The priority's lines; they add up to the score shown. */
function PriorityExplanation({ row }: { row: RankedRow }) {
  const { t } = useTranslation("procurement");
  return (
    <details className="explanation">
      <summary>{formatNumber(row.priorityScore, 2)}</summary>
      <table className="table compact">
        <caption className="sr-only">{t("rankings.howMade", { name: row.supplier.name })}</caption>
        <tbody>
          {row.explanation.map((line, index) => (
            <tr key={index}>
              <td>{line.label}</td>
              <td className="num">{formatNumber(line.points, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

const CATEGORIES = graphql(`
  query RankingCategories {
    materialCategories {
      id
      code
      name
    }
  }
`);
const RANKINGS = graphql(`
  query Rankings($filter: RankingFilter, $first: Int, $after: String) {
    supplierRankings(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          rank
          priorityScore
          esgScore
          grade
          status
          supplier {
            id
            name
            country
            statusReasons
          }
          adjustments {
            id
            delta
          }
          explanation {
            label
            points
          }
          targetSubstances {
            substanceName
            cas
            kind
            material
            declarationId
            partNumber
            partName
          }
        }
      }
    }
  }
`);

const STATUSES: ProcurementStatus[] = ["APPROVED", "CONDITIONAL", "SUSPENDED"];
const GRADES: Grade[] = ["A", "B", "C", "D"];
const PAGE_SIZE = 20;

interface Filter {
  categoryId: string;
  country: string;
  minGrade: Grade | "";
  statuses: ProcurementStatus[];
}

function toApiFilter(filter: Filter) {
  return {
    ...(filter.categoryId ? { categoryId: filter.categoryId } : {}),
    ...(filter.country ? { country: filter.country } : {}),
    ...(filter.minGrade ? { minGrade: filter.minGrade } : {}),
    statuses: filter.statuses,
  };
}

export function RankingsPage() {
  const { t } = useTranslation("procurement");
  const viewer = useViewer();
  const categories = useQuery(CATEGORIES);
  const [draft, setDraft] = useState<Filter>({
    categoryId: "",
    country: "",
    minGrade: "",
    statuses: ["APPROVED", "CONDITIONAL"],
  });
  const [filter, setFilter] = useState<Filter>(draft);
  const pages = useCursorPages(JSON.stringify(filter));
  const rankings = useQuery(RANKINGS, {
    filter: toApiFilter(filter),
    first: PAGE_SIZE,
    after: pages.after,
  });
  const [downloadError, setDownloadError] = useState<unknown>();

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilter(draft);
  };

  const download = async () => {
    setDownloadError(undefined);
    const params = new URLSearchParams();
    const api = toApiFilter(filter);
    if (api.categoryId) params.set("categoryId", api.categoryId);
    if (api.country) params.set("country", api.country);
    if (api.minGrade) params.set("minGrade", api.minGrade);
    if (api.statuses.length > 0) params.set("statuses", api.statuses.join(","));
    try {
      await downloadWithToken(
        `/exports/rankings.csv?${params.toString()}`,
        "supplier-rankings.csv",
      );
    } catch (error) {
      setDownloadError(error);
    }
  };

  const data = rankings.data?.supplierRankings;
  return (
    <section>
      <header className="page-head">
        <h1>{t("rankings.title")}</h1>
        <button type="button" onClick={() => void download()}>
          {t("rankings.download")}
        </button>
      </header>
      <ErrorMessage error={downloadError} />
      {viewer.role === "PROCUREMENT" && <OpenActionsCard limit={5} />}
      <form
        className="card filters rank-filters"
        onSubmit={apply}
        aria-label={t("rankings.filters")}
      >
        <SelectField
          label={t("rankings.category")}
          name="categoryId"
          value={draft.categoryId}
          error={rankings.error}
          options={[
            { value: "", label: t("rankings.allCategories") },
            ...(categories.data?.materialCategories ?? []).map((category) => ({
              value: category.id,
              label: category.name,
            })),
          ]}
          onChange={(event) => setDraft({ ...draft, categoryId: event.target.value })}
        />
        <CountryPicker
          label={t("rankings.country")}
          name="filter.country"
          value={draft.country}
          error={rankings.error}
          hint={t("rankings.countryHint")}
          onChange={(country) => setDraft({ ...draft, country })}
        />
        <SelectField
          label={t("rankings.minGrade")}
          name="minGrade"
          value={draft.minGrade}
          error={rankings.error}
          options={[
            { value: "", label: t("rankings.anyGrade") },
            ...GRADES.map((grade) => ({ value: grade, label: t("rankings.orBetter", { grade }) })),
          ]}
          onChange={(event) => setDraft({ ...draft, minGrade: event.target.value as Grade | "" })}
        />
        <fieldset className="checks">
          <legend>{t("rankings.statuses")}</legend>
          {STATUSES.map((status) => (
            <label key={status}>
              <input
                type="checkbox"
                checked={draft.statuses.includes(status)}
                onChange={(event) =>
                  setDraft({
                    ...draft,
                    statuses: event.target.checked
                      ? [...draft.statuses, status]
                      : draft.statuses.filter((s) => s !== status),
                  })
                }
              />{" "}
              {labelOf(PROCUREMENT_STATUS_LABELS, status)}
            </label>
          ))}
        </fieldset>
        <div className="rank-filter-actions">
          <button type="submit" className="primary">
            {t("rankings.apply")}
          </button>
        </div>
      </form>
      {rankings.error ? <ErrorMessage error={rankings.error} /> : null}
      {!data ? (
        rankings.loading && <Loading />
      ) : data.edges.length === 0 ? (
        <Empty>{t("rankings.noMatch")}</Empty>
      ) : (
        <>
          <ScrollTable label={t("rankings.table")}>
            <table className="table rankings">
              <caption className="sr-only">{t("rankings.table")}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t("rankings.rank")}
                  </th>
                  <th scope="col">{t("rankings.supplier")}</th>
                  <th scope="col" className="num">
                    {t("rankings.priority")}
                  </th>
                  <th scope="col" className="num">
                    {t("rankings.esgScore")}
                  </th>
                  <th scope="col">{t("rankings.grade")}</th>
                  <th scope="col">{t("rankings.statusAndReasons")}</th>
                </tr>
              </thead>
              <tbody>
                {data.edges.map(({ node }) => (
                  <tr key={node.supplier.id} data-supplier={node.supplier.name}>
                    <td className="num rank" data-label={t("rankings.rank")}>
                      {node.rank}
                    </td>
                    <td>
                      <Link to={`/suppliers/${node.supplier.id}`}>{node.supplier.name}</Link>
                      <div className="muted">
                        {countryName(node.supplier.country)}
                        {node.adjustments.length > 0 &&
                          t("rankings.adjustments", { count: node.adjustments.length })}
                      </div>
                      <TargetSubstanceBadges flags={node.targetSubstances} />
                    </td>
                    <td className="num" data-label={t("rankings.priority")}>
                      <PriorityExplanation row={node} />
                    </td>
                    <td className="num" data-label={t("rankings.esgScore")}>
                      {formatNumber(node.esgScore, 2)}
                    </td>
                    <td className="grade-cell" data-label={t("rankings.grade")}>
                      {node.grade}
                    </td>
                    <td data-label={t("rankings.status")}>
                      <Badge
                        value={labelOf(PROCUREMENT_STATUS_LABELS, node.status)}
                        kind={node.status}
                      />
                      {node.supplier.statusReasons.length > 0 && (
                        <ul className="reasons-inline">
                          {node.supplier.statusReasons.map((reason) => (
                            <li key={reason}>{reason}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <Pager
            label={t("rankings.pager")}
            total={data.totalCount}
            hasNext={data.pageInfo.hasNextPage}
            hasPrevious={pages.hasPrevious}
            onNext={() => pages.next(data.pageInfo.endCursor)}
            onPrevious={pages.previous}
          />
        </>
      )}
    </section>
  );
}
