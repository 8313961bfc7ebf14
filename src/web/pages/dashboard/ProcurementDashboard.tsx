import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useViewer } from "../../api/auth";
import { useQuery } from "../../api/hooks";
import { AREAS, areaLabel, Empty, formatDate, formatNumber, QueryGate } from "../../components/ui";
import { graphql } from "../../gql";
import type { ProcurementDashboardQuery } from "../../gql/graphql";
import { ChartCard, CountLink } from "./ChartCard";
import { AXIS_TICK, legendText, ChartBox, isNarrow, CountBars, POINTER } from "./charts";
import {
  GRADE_COLOURS,
  gradeLabel,
  GRADES,
  monthLabel,
  SEVERITY_COLOURS,
  SEVERITY_LABELS,
  severityLabel,
  signed,
  STATUS_LABELS,
  statusLabel,
} from "./words";

const PROCUREMENT_DASHBOARD = graphql(`
  query ProcurementDashboard {
    procurementDashboard {
      asOf
      supplierCount
      moverWindowDays
      suppliersByStatusAndGrade {
        status
        grade
        count
      }
      gradesByCategory {
        categoryId
        code
        name
        suppliers
        grades {
          grade
          count
        }
      }
      openFindings {
        area
        severity
        count
      }
      overdueCaps {
        total
        notProposed
        notImplemented
        oldest {
          findingId
          auditId
          supplierId
          supplierName
          area
          severity
          step
          deadline
          daysOverdue
        }
      }
      scoreTrend {
        month
        suppliers
        mean
        median
      }
      topMovers {
        supplierId
        supplierName
        scoreBefore
        gradeBefore
        scoreNow
        gradeNow
        change
      }
    }
  }
`);

type Dashboard = ProcurementDashboardQuery["procurementDashboard"];

const GRADE_KEYS = [...GRADES, "none"] as const;
const gradeKey = (grade: string | null) => grade ?? "none";
const gradeName = (t: TFunction<"dashboard">, key: string) =>
  key === "none" ? t("grade.none") : t("grade.named", { grade: key });
const gradeColumn = (t: TFunction<"dashboard">, key: string) =>
  key === "none" ? t("grade.column") : key;
const STATUSES = Object.keys(STATUS_LABELS);
/** Bars of one series stack on each other: one stack per row. */
const GRADE_STACK = "grade";
const SEVERITY_STACK = "severity";
const supplierPath = (id: string) => `/suppliers/${id}`;
const SEVERITIES = Object.keys(SEVERITY_LABELS);

/**
 * The supplier list a status-and-grade count opens. It cannot filter by status or grade yet
 * (SupplierFilter has neither), so the link opens the whole list rather than a list that only
 * looks filtered; the parameters go here once it can.
 */
export const suppliersLink = (_status: string, _grade: string | null) => "/suppliers";

function StatusGradeFigure({ cells }: { cells: Dashboard["suppliersByStatusAndGrade"] }) {
  const { t } = useTranslation("dashboard");
  const navigate = useNavigate();
  const data = STATUSES.map((status) => {
    const row: Record<string, string | number> = { status, label: statusLabel(status) };
    for (const cell of cells.filter((c) => c.status === status))
      row[gradeKey(cell.grade)] = cell.count;
    return row;
  });
  const count = (status: string, grade: string | null) =>
    cells.find((c) => c.status === status && c.grade === grade)?.count ?? 0;
  const rowTotal = (status: string) =>
    cells.filter((c) => c.status === status).reduce((sum, c) => sum + c.count, 0);
  return (
    <ChartCard
      id="suppliers-by-status"
      title={t("procurement.statusGrade.title")}
      caption={t("procurement.statusGrade.caption")}
      chart={
        <CountBars
          data={data}
          height={260}
          series={GRADE_KEYS.map((grade) => ({
            key: grade,
            name: gradeName(t, grade),
            stackId: GRADE_STACK,
            fill: GRADE_COLOURS[grade],
            onSelect: (row: { status?: string }) => {
              if (row.status)
                void navigate(suppliersLink(row.status, grade === "none" ? null : grade));
            },
          }))}
        />
      }
      table={
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("procurement.statusGrade.status")}</th>
              {GRADE_KEYS.map((grade) => (
                <th scope="col" key={grade} className="num">
                  {gradeColumn(t, grade)}
                </th>
              ))}
              <th scope="col" className="num">
                {t("procurement.statusGrade.all")}
              </th>
            </tr>
          </thead>
          <tbody>
            {STATUSES.map((status) => (
              <tr key={status}>
                <th scope="row">{statusLabel(status)}</th>
                {GRADE_KEYS.map((grade) => {
                  const g = grade === "none" ? null : grade;
                  const n = count(status, g);
                  return (
                    <td key={grade} className="num">
                      <CountLink
                        count={n}
                        to={suppliersLink(status, g)}
                        label={t("procurement.statusGrade.cellLink", {
                          n,
                          status: statusLabel(status).toLowerCase(),
                          grade: gradeLabel(g === null ? null : t("grade.lower", { grade: g })),
                        })}
                      />
                    </td>
                  );
                })}
                <td className="num">
                  <CountLink
                    count={rowTotal(status)}
                    to={suppliersLink(status, null)}
                    label={t("procurement.statusGrade.rowLink", {
                      n: rowTotal(status),
                      status: statusLabel(status).toLowerCase(),
                    })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function CategoryGradesFigure({ categories }: { categories: Dashboard["gradesByCategory"] }) {
  const { t } = useTranslation("dashboard");
  const data = categories.map((category) => {
    const row: Record<string, string | number> = { label: category.name };
    for (const g of category.grades) row[gradeKey(g.grade ?? null)] = g.count;
    return row;
  });
  return (
    <ChartCard
      id="grades-by-category"
      title={t("procurement.categories.title")}
      caption={t("procurement.categories.caption")}
      chart={
        categories.length > 0 && (
          <CountBars
            data={data}
            rows
            height={60 + categories.length * 34}
            series={GRADE_KEYS.map((grade) => ({
              key: grade,
              name: gradeName(t, grade),
              stackId: GRADE_STACK,
              fill: GRADE_COLOURS[grade],
            }))}
          />
        )
      }
      table={
        categories.length === 0 ? (
          <Empty>{t("procurement.categories.empty")}</Empty>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("procurement.categories.category")}</th>
                {GRADE_KEYS.map((grade) => (
                  <th scope="col" key={grade} className="num">
                    {gradeColumn(t, grade)}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t("procurement.categories.suppliers")}
                </th>
              </tr>
            </thead>
            <tbody>
              {categories.map((category) => (
                <tr key={category.categoryId}>
                  <th scope="row">
                    <Link to="/rankings">{category.name}</Link>
                  </th>
                  {category.grades.map((g) => (
                    <td key={gradeKey(g.grade ?? null)} className="num">
                      {g.count}
                    </td>
                  ))}
                  <td className="num">{category.suppliers}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    />
  );
}

function OpenFindingsFigure({ cells }: { cells: Dashboard["openFindings"] }) {
  const { t } = useTranslation("dashboard");
  const viewer = useViewer();
  const navigate = useNavigate();
  // The findings list with its filters is the work queue's, open to auditors and admins.
  const findingsLink =
    viewer.role === "ADMIN" || viewer.role === "AUDITOR"
      ? (area: string, severity: string) =>
          `/queue?status=OPEN&area=${area}&severity=${severity}&overdue=`
      : undefined;
  const count = (area: string, severity: string) =>
    cells.find((c) => c.area === area && c.severity === severity)?.count ?? 0;
  const data = AREAS.map((area) => {
    const row: Record<string, string | number> = { area, label: areaLabel(area) };
    for (const severity of SEVERITIES) row[severity] = count(area, severity);
    return row;
  });
  const total = cells.reduce((sum, cell) => sum + cell.count, 0);
  return (
    <ChartCard
      id="open-findings"
      title={t("procurement.findings.title")}
      caption={t("procurement.findings.caption", { total })}
      chart={
        <CountBars
          data={data}
          rows
          labelWidth={[104, 190]}
          height={380}
          series={SEVERITIES.map((severity) => ({
            key: severity,
            name: severityLabel(severity),
            stackId: SEVERITY_STACK,
            fill: SEVERITY_COLOURS[severity],
            onSelect: findingsLink
              ? (row: { area?: string }) => {
                  if (row.area) void navigate(findingsLink(row.area, severity));
                }
              : undefined,
          }))}
        />
      }
      table={
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("procurement.findings.area")}</th>
              {SEVERITIES.map((severity) => (
                <th scope="col" key={severity} className="num">
                  {severityLabel(severity)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {AREAS.map((area) => (
              <tr key={area}>
                <th scope="row">{areaLabel(area)}</th>
                {SEVERITIES.map((severity) => (
                  <td key={severity} className="num">
                    <CountLink
                      count={count(area, severity)}
                      to={findingsLink?.(area, severity)}
                      label={t("procurement.findings.link", {
                        n: count(area, severity),
                        severity: severityLabel(severity).toLowerCase(),
                        area: areaLabel(area),
                      })}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function OverdueCapsFigure({ caps }: { caps: Dashboard["overdueCaps"] }) {
  const { t } = useTranslation("dashboard");
  return (
    <ChartCard
      id="overdue-caps"
      title={t("procurement.caps.title")}
      caption={t("procurement.caps.caption")}
      table={
        caps.oldest.length === 0 ? (
          <Empty>{t("procurement.caps.empty")}</Empty>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("procurement.caps.supplier")}</th>
                <th scope="col">{t("procurement.caps.finding")}</th>
                <th scope="col">{t("procurement.caps.lateStep")}</th>
                <th scope="col">{t("procurement.caps.deadline")}</th>
                <th scope="col" className="num">
                  {t("procurement.caps.daysOverdue")}
                </th>
              </tr>
            </thead>
            <tbody>
              {caps.oldest.map((cap) => (
                <tr key={cap.findingId}>
                  <td>
                    <Link to={`/suppliers/${cap.supplierId}`}>{cap.supplierName}</Link>
                  </td>
                  <td>
                    <Link to={`/audits/${cap.auditId}#finding-${cap.findingId}`}>
                      {t("procurement.caps.findingLink", {
                        severity: severityLabel(cap.severity),
                        area: areaLabel(cap.area),
                      })}
                    </Link>
                  </td>
                  <td>
                    {cap.step === "PROPOSE"
                      ? t("procurement.caps.notProposed")
                      : t("procurement.caps.notImplemented")}
                  </td>
                  <td>{formatDate(cap.deadline)}</td>
                  <td className="num">{cap.daysOverdue}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    >
      <div className="tiles dash-tiles">
        <div className="tile">
          <span className="tile-label">{t("procurement.caps.tiles.total")}</span>
          <span className="tile-value">{caps.total}</span>
        </div>
        <div className="tile">
          <span className="tile-label">{t("procurement.caps.tiles.notProposed")}</span>
          <span className="tile-value">{caps.notProposed}</span>
        </div>
        <div className="tile">
          <span className="tile-label">{t("procurement.caps.tiles.notImplemented")}</span>
          <span className="tile-value">{caps.notImplemented}</span>
        </div>
      </div>
    </ChartCard>
  );
}

function ScoreTrendFigure({ points }: { points: Dashboard["scoreTrend"] }) {
  const { t } = useTranslation("dashboard");
  const data = points.map((point) => ({ ...point, label: monthLabel(point.month) }));
  return (
    <ChartCard
      id="score-trend"
      title={t("procurement.trend.title")}
      caption={t("procurement.trend.caption")}
      chart={
        <ChartBox height={260}>
          <LineChart
            data={data}
            margin={{ top: 8, right: 16, bottom: 4, left: -16 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" tick={{ fontSize: 10 }} />
            <YAxis domain={[0, 100]} tick={AXIS_TICK} />
            <Tooltip formatter={(value) => formatNumber(Number(value))} />
            <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
            <Line
              dataKey="mean"
              name={t("procurement.trend.mean")}
              stroke="#1f4f8f"
              strokeWidth={2}
              isAnimationActive={false}
            />
            <Line
              dataKey="median"
              name={t("procurement.trend.median")}
              stroke="#b4531f"
              strokeWidth={2}
              strokeDasharray="5 3"
              isAnimationActive={false}
            />
          </LineChart>
        </ChartBox>
      }
      table={
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("procurement.trend.month")}</th>
              <th scope="col" className="num">
                {t("procurement.trend.suppliers")}
              </th>
              <th scope="col" className="num">
                {t("procurement.trend.mean")}
              </th>
              <th scope="col" className="num">
                {t("procurement.trend.median")}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((point) => (
              <tr key={point.month}>
                <th scope="row">{point.label}</th>
                <td className="num">{point.suppliers}</td>
                <td className="num">{formatNumber(point.mean)}</td>
                <td className="num">{formatNumber(point.median)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function TopMoversFigure({ movers, days }: { movers: Dashboard["topMovers"]; days: number }) {
  const { t } = useTranslation("dashboard");
  const navigate = useNavigate();
  const narrow = isNarrow();
  return (
    <ChartCard
      id="top-movers"
      title={t("procurement.movers.title")}
      caption={t("procurement.movers.caption", { days })}
      chart={
        movers.length > 0 && (
          <ChartBox height={60 + movers.length * 30}>
            <BarChart
              data={movers}
              layout="vertical"
              margin={{ top: 4, right: 16, bottom: 4, left: 0 }}
              accessibilityLayer={false}
            >
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" tick={AXIS_TICK} />
              <YAxis
                type="category"
                dataKey="supplierName"
                width={narrow ? 96 : 170}
                tick={{ fontSize: narrow ? 10 : 11 }}
                interval={0}
              />
              <ReferenceLine x={0} stroke="#444" />
              <Tooltip formatter={(value) => signed(Number(value))} />
              <Bar
                dataKey="change"
                name={t("procurement.movers.change")}
                isAnimationActive={false}
                cursor={POINTER}
                onClick={(entry: { payload?: { supplierId?: string } }) => {
                  const id = entry.payload?.supplierId;
                  if (id) void navigate(supplierPath(id));
                }}
              >
                {movers.map((mover) => (
                  <Cell key={mover.supplierId} fill={mover.change >= 0 ? "#1f6f50" : "#b3261e"} />
                ))}
              </Bar>
            </BarChart>
          </ChartBox>
        )
      }
      table={
        movers.length === 0 ? (
          <Empty>{t("procurement.movers.empty", { days })}</Empty>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("procurement.movers.supplier")}</th>
                <th scope="col" className="num">
                  {t("procurement.movers.daysAgo", { days })}
                </th>
                <th scope="col" className="num">
                  {t("procurement.movers.now")}
                </th>
                <th scope="col" className="num">
                  {t("procurement.movers.changeColumn")}
                </th>
              </tr>
            </thead>
            <tbody>
              {movers.map((mover) => (
                <tr key={mover.supplierId}>
                  <th scope="row">
                    <Link to={`/suppliers/${mover.supplierId}`}>{mover.supplierName}</Link>
                  </th>
                  <td className="num">
                    {t("procurement.movers.score", {
                      score: formatNumber(mover.scoreBefore),
                      grade: mover.gradeBefore,
                    })}
                  </td>
                  <td className="num">
                    {t("procurement.movers.score", {
                      score: formatNumber(mover.scoreNow),
                      grade: mover.gradeNow,
                    })}
                  </td>
                  <td className="num">{signed(mover.change)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    />
  );
}

export function ProcurementDashboardView() {
  const { t } = useTranslation("dashboard");
  const state = useQuery(PROCUREMENT_DASHBOARD);
  return (
    <QueryGate state={state}>
      {({ procurementDashboard: d }) => (
        <div className="dash-grid">
          <p className="dash-asof">
            {t("procurement.asOf", { suppliers: d.supplierCount, date: formatDate(d.asOf) })}
          </p>
          <StatusGradeFigure cells={d.suppliersByStatusAndGrade} />
          <CategoryGradesFigure categories={d.gradesByCategory} />
          <OpenFindingsFigure cells={d.openFindings} />
          <OverdueCapsFigure caps={d.overdueCaps} />
          <ScoreTrendFigure points={d.scoreTrend} />
          <TopMoversFigure movers={d.topMovers} days={d.moverWindowDays} />
        </div>
      )}
    </QueryGate>
  );
}
