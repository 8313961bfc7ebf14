import { useState, type FormEvent } from "react";
import { Link } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { downloadWithToken } from "../../api/client";
import { useCursorPages, useQuery } from "../../api/hooks";
import { CountryPicker } from "../../components/CountryPicker";
import { OpenActionsCard } from "../../components/OpenActions";
import { Badge, Empty, ErrorMessage, Loading, Pager, SelectField } from "../../components/ui";
import { graphql } from "../../gql";
import { countryName, labelOf, PROCUREMENT_STATUS_LABELS } from "../../labels";
import { ScrollTable } from "../supplier/ScrollTable";
import type { Grade, ProcurementStatus, RankingsQuery } from "../../gql/graphql";

type RankedRow = RankingsQuery["supplierRankings"]["edges"][number]["node"];

/** Issue 16: company target substances in the supplier's accepted declarations; never scored. */
function TargetSubstanceBadges({ flags }: { flags: RankedRow["targetSubstances"] }) {
  if (flags.length === 0) return null;
  return (
    <ul className="target-flags" aria-label="Target substances">
      {flags.map((flag) => (
        <li key={`${flag.declarationId}/${flag.cas}/${flag.material}`}>
          <Badge
            value={`contains ${flag.substanceName} (${flag.kind})`}
            kind={flag.kind === "ELIMINATE" ? "eliminate" : "reduce"}
          />{" "}
          <Link to={`/declarations/${flag.declarationId}`} className="muted">
            part {flag.partNumber}
            {flag.partName ? ` (${flag.partName})` : ""}, {flag.material}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The priority's lines; they add up to the score shown. */
function PriorityExplanation({ row }: { row: RankedRow }) {
  return (
    <details className="explanation">
      <summary>{row.priorityScore.toFixed(2)}</summary>
      <table className="table compact">
        <caption className="sr-only">How the priority of {row.supplier.name} is made</caption>
        <tbody>
          {row.explanation.map((line, index) => (
            <tr key={index}>
              <td>{line.label}</td>
              <td className="num">{line.points.toFixed(2)}</td>
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
        <h1>Supplier rankings</h1>
        <button type="button" onClick={() => void download()}>
          Download CSV
        </button>
      </header>
      <ErrorMessage error={downloadError} />
      {viewer.role === "PROCUREMENT" && <OpenActionsCard limit={5} />}
      <form className="card filters rank-filters" onSubmit={apply} aria-label="Ranking filters">
        <SelectField
          label="Material category"
          name="categoryId"
          value={draft.categoryId}
          error={rankings.error}
          options={[
            { value: "", label: "All categories" },
            ...(categories.data?.materialCategories ?? []).map((category) => ({
              value: category.id,
              label: category.name,
            })),
          ]}
          onChange={(event) => setDraft({ ...draft, categoryId: event.target.value })}
        />
        <CountryPicker
          label="Country"
          name="filter.country"
          value={draft.country}
          error={rankings.error}
          hint="Type a name; clear the field for every country"
          onChange={(country) => setDraft({ ...draft, country })}
        />
        <SelectField
          label="Minimum grade"
          name="minGrade"
          value={draft.minGrade}
          error={rankings.error}
          options={[
            { value: "", label: "Any grade" },
            ...GRADES.map((grade) => ({ value: grade, label: `${grade} or better` })),
          ]}
          onChange={(event) => setDraft({ ...draft, minGrade: event.target.value as Grade | "" })}
        />
        <fieldset className="checks">
          <legend>Statuses</legend>
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
            Apply filters
          </button>
        </div>
      </form>
      {rankings.error ? <ErrorMessage error={rankings.error} /> : null}
      {!data ? (
        rankings.loading && <Loading />
      ) : data.edges.length === 0 ? (
        <Empty>No supplier matches these filters.</Empty>
      ) : (
        <>
          <ScrollTable label="Suppliers ranked by priority">
            <table className="table rankings">
              <caption className="sr-only">Suppliers ranked by priority</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    Rank
                  </th>
                  <th scope="col">Supplier</th>
                  <th scope="col" className="num">
                    Priority
                  </th>
                  <th scope="col" className="num">
                    ESG score
                  </th>
                  <th scope="col">Grade</th>
                  <th scope="col">Status and reasons</th>
                </tr>
              </thead>
              <tbody>
                {data.edges.map(({ node }) => (
                  <tr key={node.supplier.id} data-supplier={node.supplier.name}>
                    <td className="num rank" data-label="Rank">
                      {node.rank}
                    </td>
                    <td>
                      <Link to={`/suppliers/${node.supplier.id}`}>{node.supplier.name}</Link>
                      <div className="muted">
                        {countryName(node.supplier.country)}
                        {node.adjustments.length > 0 &&
                          ` · ${node.adjustments.length} adjustment(s)`}
                      </div>
                      <TargetSubstanceBadges flags={node.targetSubstances} />
                    </td>
                    <td className="num" data-label="Priority">
                      <PriorityExplanation row={node} />
                    </td>
                    <td className="num" data-label="ESG score">
                      {node.esgScore.toFixed(2)}
                    </td>
                    <td className="grade-cell" data-label="Grade">
                      {node.grade}
                    </td>
                    <td data-label="Status">
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
            label="Ranking"
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
