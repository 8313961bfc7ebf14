import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useQuery } from "../../api/hooks";
import { Badge, Empty, QueryGate, SelectField } from "../../components/ui";
import { graphql } from "../../gql";
import type { Element, RecycledDashboardQuery } from "../../gql/graphql";
import { formatDate } from "../../i18n/format";
import { basisLabel, elementLabel, elementOptions, kg, percent, sourceLabel } from "./recycled";
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

/** Each tile's hook for tests, stable across languages: the English label. */
const TILE_IDS = {
  share: "Recycled share",
  verified: "Verified",
  declared: "Declared",
  preConsumer: "Pre-consumer",
  postConsumer: "Post-consumer",
  coverage: "Coverage",
} as const;

function Tiles({ share }: { share: Share }) {
  const { t } = useTranslation("recycled");
  const tiles: [keyof typeof TILE_IDS, string][] = [
    ["share", percent(share.share)],
    ["verified", percent(share.verifiedShare)],
    ["declared", percent(share.declaredShare)],
    ["preConsumer", percent(share.preConsumerShare)],
    ["postConsumer", percent(share.postConsumerShare)],
    ["coverage", percent(share.coverage, 1)],
  ];
  return (
    <div className="tiles" data-testid="recycled-tiles">
      {tiles.map(([tile, value]) => (
        <div className="tile" key={tile} data-tile={TILE_IDS[tile]}>
          <span className="tile-label">{t(`dashboard.tiles.${tile}.label`)}</span>
          <span className="tile-value">{value}</span>
          <small className="muted">{t(`dashboard.tiles.${tile}.hint`)}</small>
        </div>
      ))}
    </div>
  );
}

function Targets({ targets }: { targets: Target[] }) {
  const { t } = useTranslation("recycled");
  if (targets.length === 0) return <Empty>{t("dashboard.targets.empty")}</Empty>;
  return (
    <div className="table-wrap">
      <table className="table" data-testid="recycled-targets">
        <thead>
          <tr>
            <th>{t("dashboard.targets.target")}</th>
            <th>{t("dashboard.targets.due")}</th>
            <th>{t("dashboard.targets.current")}</th>
            <th>{t("dashboard.targets.gap")}</th>
            <th>{t("dashboard.targets.projection")}</th>
            <th>{t("dashboard.targets.trend")}</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((row) => (
            <tr key={row.target.id} data-target-source={row.target.source}>
              <td>
                {sourceLabel(row.target.source)} {percent(row.target.share, 0)}
                {row.target.note && <div className="muted small">{row.target.note}</div>}
              </td>
              <td>{formatDate(row.target.dueDate)}</td>
              <td>{percent(row.current)}</td>
              <td>
                {row.gap === null
                  ? "—"
                  : row.gap > 0
                    ? percent(row.gap)
                    : t("dashboard.targets.reached")}
              </td>
              <td>{percent(row.projection)}</td>
              <td>
                {row.onTrack === null ? (
                  <span className="muted">{t("dashboard.targets.tooFewMonths")}</span>
                ) : row.onTrack ? (
                  <Badge value={t("dashboard.targets.onTrack")} kind="valid" />
                ) : (
                  <Badge value={t("dashboard.targets.behind")} kind="overdue" />
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
  const { t } = useTranslation("recycled");
  if (share.lines.length === 0) return <Empty>{t("dashboard.lines.empty")}</Empty>;
  const shown = share.lines.slice(0, TOP_LINES);
  const sum = (key: "purchasedKg" | "elementKg" | "recycledKg" | "countedRecycledKg") =>
    shown.reduce((total, line) => total + line[key], 0);
  const rest = share.linesTotal - shown.length;
  return (
    <div className="table-wrap">
      <table className="table" data-testid="recycled-lines">
        <thead>
          <tr>
            <th>{t("dashboard.lines.supplier")}</th>
            <th>{t("dashboard.lines.category")}</th>
            <th>{t("dashboard.lines.basis")}</th>
            <th>{t("dashboard.lines.purchased")}</th>
            <th>{t("dashboard.lines.element")}</th>
            <th>{t("dashboard.lines.recycled")}</th>
            <th>{t("dashboard.lines.counted")}</th>
            <th>{t("dashboard.lines.contribution")}</th>
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
                  value={basisLabel(line.basis)}
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
              <td colSpan={3}>{t("dashboard.lines.more", { rest })}</td>
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
            <th colSpan={3}>{t("dashboard.lines.total", { lines: share.linesTotal })}</th>
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
  const { t } = useTranslation("recycled");
  const thisYear = new Date().getUTCFullYear();
  const [element, setElement] = useState<Element>("LI");
  const [period, setPeriod] = useState("rolling");
  const year = period === "rolling" ? null : Number(period);
  const state = useQuery(DASHBOARD, { element, year });
  const periods = [
    { value: "rolling", label: t("dashboard.rolling") },
    ...Array.from({ length: 6 }, (_, i) => ({
      value: String(thisYear - i),
      label: String(thisYear - i),
    })),
  ];
  return (
    <section>
      <div className="page-head">
        <h1>{t("dashboard.title")}</h1>
        <div className="head-actions">
          <Link to="/recycled/purchases">{t("dashboard.purchasesLink")}</Link>
          <Link to="/recycled/declarations">{t("dashboard.declarationsLink")}</Link>
        </div>
      </div>
      <div className="card filters">
        <SelectField
          label={t("dashboard.element")}
          name="element"
          value={element}
          options={elementOptions()}
          onChange={(event) => setElement(event.target.value as Element)}
        />
        <SelectField
          label={t("dashboard.period")}
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
                {t("dashboard.summary", {
                  element: elementLabel(share.element),
                  from: share.from,
                  to: share.to,
                  purchased: kg(share.purchasedKg),
                })}
              </p>
              <Tiles share={share} />
              <div className="card">
                <h2>{t("dashboard.chartTitle")}</h2>
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
                <h2>{t("dashboard.targetsTitle")}</h2>
                <Targets targets={targets} />
              </div>
              <div className="card">
                <h2>{t("dashboard.linesTitle")}</h2>
                <Lines share={share} />
              </div>
            </>
          );
        }}
      </QueryGate>
    </section>
  );
}
