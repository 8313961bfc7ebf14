import { useState } from "react";
import { Link } from "react-router-dom";
import { useQuery } from "../../api/hooks";
import { Badge, Empty, QueryGate, SelectField } from "../../components/ui";
import { graphql } from "../../gql";
import type { Element, RecycledDashboardQuery } from "../../gql/graphql";
import { elementLabel, ELEMENTS, kg, percent, SOURCE_LABELS } from "./recycled";
import { ShareChart } from "./ShareChart";

const DASHBOARD = graphql(`
  query RecycledDashboard($element: Element!, $year: Int) {
    recycledContentShare(element: $element, year: $year) {
      element
      from
      to
      share
      verifiedShare
      declaredShare
      preConsumerShare
      postConsumerShare
      coverage
      purchasedKg
      elementKg
      recycledKg
      countedRecycledKg
      linesTotal
      monthly {
        month
        share
        coverage
        elementKg
      }
      lines {
        supplier {
          id
          name
        }
        category {
          id
          name
        }
        basis
        purchasedKg
        elementKg
        recycledKg
        countedRecycledKg
      }
    }
    recycledContentTargets(element: $element) {
      target {
        id
        source
        share
        dueDate
        note
      }
      current
      gap
      projection
      onTrack
    }
  }
`);

/** How many of the figure's lines the table names; the rest are summed on one row. */
const TOP_LINES = 10;

type Share = RecycledDashboardQuery["recycledContentShare"];
type Target = RecycledDashboardQuery["recycledContentTargets"][number];

function Tiles({ share }: { share: Share }) {
  const tiles: [string, string, string][] = [
    ["Recycled share", percent(share.share), "verified in full, declared at half"],
    ["Verified", percent(share.verifiedShare), "verified declarations only"],
    ["Declared", percent(share.declaredShare), "everything declared, undiscounted"],
    ["Pre-consumer", percent(share.preConsumerShare), "of the declared share"],
    ["Post-consumer", percent(share.postConsumerShare), "of the declared share"],
    ["Coverage", percent(share.coverage, 1), "of purchased kg with a declaration"],
  ];
  return (
    <div className="tiles" data-testid="recycled-tiles">
      {tiles.map(([label, value, hint]) => (
        <div className="tile" key={label} data-tile={label}>
          <span className="tile-label">{label}</span>
          <span className="tile-value">{value}</span>
          <small className="muted">{hint}</small>
        </div>
      ))}
    </div>
  );
}

function Targets({ targets }: { targets: Target[] }) {
  if (targets.length === 0) return <Empty>No targets for this element.</Empty>;
  return (
    <div className="table-wrap">
      <table className="table" data-testid="recycled-targets">
        <thead>
          <tr>
            <th>Target</th>
            <th>Due</th>
            <th>Current (12 months)</th>
            <th>Gap</th>
            <th>Projection at the due date</th>
            <th>Trend</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((row) => (
            <tr key={row.target.id} data-target-source={row.target.source}>
              <td>
                {SOURCE_LABELS[row.target.source] ?? row.target.source}{" "}
                {percent(row.target.share, 0)}
                {row.target.note && <div className="muted small">{row.target.note}</div>}
              </td>
              <td>{row.target.dueDate}</td>
              <td>{percent(row.current)}</td>
              <td>{row.gap === null ? "—" : row.gap > 0 ? percent(row.gap) : "reached"}</td>
              <td>{percent(row.projection)}</td>
              <td>
                {row.onTrack === null ? (
                  <span className="muted">too few months</span>
                ) : row.onTrack ? (
                  <Badge value="On track" kind="valid" />
                ) : (
                  <Badge value="Behind" kind="overdue" />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The top suppliers by recycled kg, then the rest, then the figure's totals: the rows add up. */
function Lines({ share }: { share: Share }) {
  if (share.lines.length === 0) return <Empty>No purchases in the categories concerned.</Empty>;
  const shown = share.lines.slice(0, TOP_LINES);
  const sum = (key: "purchasedKg" | "elementKg" | "recycledKg" | "countedRecycledKg") =>
    shown.reduce((total, line) => total + line[key], 0);
  const rest = share.linesTotal - shown.length;
  return (
    <div className="table-wrap">
      <table className="table" data-testid="recycled-lines">
        <thead>
          <tr>
            <th>Supplier</th>
            <th>Category</th>
            <th>Basis</th>
            <th>Purchased</th>
            <th>Element</th>
            <th>Recycled (declared)</th>
            <th>Counted</th>
            <th>Contribution</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((line) => (
            <tr key={`${line.supplier.id}-${line.category.id}-${line.basis}`}>
              <td>
                <Link to={`/suppliers/${line.supplier.id}`}>{line.supplier.name}</Link>
              </td>
              <td>{line.category.name}</td>
              <td>
                <Badge
                  value={line.basis}
                  kind={line.basis === "VERIFIED" ? "verified" : "pending"}
                />
              </td>
              <td>{kg(line.purchasedKg)}</td>
              <td>{kg(line.elementKg, 1)}</td>
              <td>{kg(line.recycledKg, 1)}</td>
              <td>{kg(line.countedRecycledKg, 1)}</td>
              <td>
                {share.elementKg > 0 ? percent(line.countedRecycledKg / share.elementKg, 3) : "—"}
              </td>
            </tr>
          ))}
          {rest > 0 && (
            <tr className="muted">
              <td colSpan={3}>{rest} more lines</td>
              <td>{kg(share.purchasedKg - sum("purchasedKg"))}</td>
              <td>{kg(share.elementKg - sum("elementKg"), 1)}</td>
              <td>{kg(share.recycledKg - sum("recycledKg"), 1)}</td>
              <td>{kg(share.countedRecycledKg - sum("countedRecycledKg"), 1)}</td>
              <td>
                {share.elementKg > 0
                  ? percent(
                      (share.countedRecycledKg - sum("countedRecycledKg")) / share.elementKg,
                      3,
                    )
                  : "—"}
              </td>
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr>
            <th colSpan={3}>Total ({share.linesTotal} lines)</th>
            <th>{kg(share.purchasedKg)}</th>
            <th>{kg(share.elementKg, 1)}</th>
            <th>{kg(share.recycledKg, 1)}</th>
            <th>{kg(share.countedRecycledKg, 1)}</th>
            <th data-testid="recycled-total-share">{percent(share.share, 3)}</th>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Procurement's recycled-content dashboard: one element over a year or the last 12 months. */
export function RecycledDashboardPage() {
  const thisYear = new Date().getUTCFullYear();
  const [element, setElement] = useState<Element>("LI");
  const [period, setPeriod] = useState("rolling");
  const year = period === "rolling" ? null : Number(period);
  const state = useQuery(DASHBOARD, { element, year });
  const periods = [
    { value: "rolling", label: "Last 12 months" },
    ...Array.from({ length: 6 }, (_, i) => ({
      value: String(thisYear - i),
      label: String(thisYear - i),
    })),
  ];
  return (
    <section>
      <div className="page-head">
        <h1>Recycled content</h1>
        <div className="head-actions">
          <Link to="/recycled/purchases">Purchases</Link>
          <Link to="/recycled/declarations">Declarations</Link>
        </div>
      </div>
      <div className="card filters">
        <SelectField
          label="Element"
          name="element"
          value={element}
          options={ELEMENTS}
          onChange={(event) => setElement(event.target.value as Element)}
        />
        <SelectField
          label="Period"
          name="period"
          value={period}
          options={periods}
          onChange={(event) => setPeriod(event.target.value)}
        />
      </div>
      <QueryGate state={state}>
        {(data) => {
          const share = data.recycledContentShare;
          const targets = data.recycledContentTargets;
          return (
            <>
              <p className="muted" data-testid="recycled-period">
                {elementLabel(share.element)}, {share.from} to {share.to}: recycled element mass
                over element mass of {kg(share.purchasedKg)} purchased in the categories with a
                declaration of the element.
              </p>
              <Tiles share={share} />
              <div className="card">
                <h2>Monthly share against the targets</h2>
                <ShareChart
                  months={share.monthly}
                  targets={targets.map((row) => ({
                    id: row.target.id,
                    source: row.target.source,
                    share: row.target.share,
                    dueDate: row.target.dueDate,
                  }))}
                />
              </div>
              <div className="card">
                <h2>Targets</h2>
                <Targets targets={targets} />
              </div>
              <div className="card">
                <h2>Top suppliers by contribution</h2>
                <Lines share={share} />
              </div>
            </>
          );
        }}
      </QueryGate>
    </section>
  );
}
