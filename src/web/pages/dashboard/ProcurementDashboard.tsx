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
import { AXIS_TICK, legendText, ChartBox, isNarrow, CountBars } from "./charts";
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
const gradeName = (key: string) => (key === "none" ? "No grade yet" : `Grade ${key}`);
const STATUSES = Object.keys(STATUS_LABELS);
const SEVERITIES = Object.keys(SEVERITY_LABELS);

/**
 * The supplier list a status-and-grade count opens. It cannot filter by status or grade yet
 * (SupplierFilter has neither), so the link opens the whole list rather than a list that only
 * looks filtered; the parameters go here once it can.
 */
export const suppliersLink = (_status: string, _grade: string | null) => "/suppliers";

function StatusGradeFigure({ cells }: { cells: Dashboard["suppliersByStatusAndGrade"] }) {
  const navigate = useNavigate();
  const data = STATUSES.map((status) => {
    const row: Record<string, string | number> = { status, label: statusLabel(status) };
    for (const cell of cells.filter((c) => c.status === status))
      row[gradeKey(cell.grade)] = cell.count;
    return row;
  });
  const count = (status: string, grade: string | null) =>
    cells.find((c) => c.status === status && c.grade === grade)?.count ?? 0;
  return (
    <ChartCard
      id="suppliers-by-status"
      title="Suppliers by status and grade"
      caption="Active suppliers (archived ones left out) by their procurement status now, each bar split by their current ESG grade. The numbers open the supplier list."
      chart={
        <CountBars
          data={data}
          labelKey="label"
          height={260}
          series={GRADE_KEYS.map((grade) => ({
            key: grade,
            name: gradeName(grade),
            stackId: "grade",
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
              <th scope="col">Status</th>
              {GRADE_KEYS.map((grade) => (
                <th scope="col" key={grade} className="num">
                  {grade === "none" ? "No grade" : grade}
                </th>
              ))}
              <th scope="col" className="num">
                All
              </th>
            </tr>
          </thead>
          <tbody>
            {STATUSES.map((status) => (
              <tr key={status}>
                <th scope="row">{statusLabel(status)}</th>
                {GRADE_KEYS.map((grade) => {
                  const g = grade === "none" ? null : grade;
                  return (
                    <td key={grade} className="num">
                      <CountLink
                        count={count(status, g)}
                        to={suppliersLink(status, g)}
                        label={`${statusLabel(status).toLowerCase()} suppliers, ${gradeLabel(g === null ? null : `grade ${g}`)}`}
                      />
                    </td>
                  );
                })}
                <td className="num">
                  <CountLink
                    count={cells
                      .filter((c) => c.status === status)
                      .reduce((s, c) => s + c.count, 0)}
                    to={suppliersLink(status, null)}
                    label={`${statusLabel(status).toLowerCase()} suppliers`}
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
  const data = categories.map((category) => {
    const row: Record<string, string | number> = { name: category.name };
    for (const g of category.grades) row[gradeKey(g.grade ?? null)] = g.count;
    return row;
  });
  return (
    <ChartCard
      id="grades-by-category"
      title="Grade distribution per material category"
      caption="For each material category with active suppliers: how many of its suppliers have each ESG grade. A supplier of several categories counts in each."
      chart={
        categories.length > 0 && (
          <CountBars
            data={data}
            labelKey="name"
            rows
            height={60 + categories.length * 34}
            series={GRADE_KEYS.map((grade) => ({
              key: grade,
              name: gradeName(grade),
              stackId: "grade",
              fill: GRADE_COLOURS[grade],
            }))}
          />
        )
      }
      table={
        categories.length === 0 ? (
          <Empty>No active supplier has a material category yet.</Empty>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Category</th>
                {GRADE_KEYS.map((grade) => (
                  <th scope="col" key={grade} className="num">
                    {grade === "none" ? "No grade" : grade}
                  </th>
                ))}
                <th scope="col" className="num">
                  Suppliers
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
      title="Open findings by area and severity"
      caption={`Findings of completed audits not yet closed, of active suppliers: ${total} in all, per ESG area and severity.`}
      chart={
        <CountBars
          data={data}
          labelKey="label"
          rows
          labelWidth={[104, 190]}
          height={380}
          series={SEVERITIES.map((severity) => ({
            key: severity,
            name: severityLabel(severity),
            stackId: "severity",
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
              <th scope="col">Area</th>
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
                      label={`open ${severityLabel(severity).toLowerCase()} findings in ${areaLabel(area)}`}
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
  return (
    <ChartCard
      id="overdue-caps"
      title="Overdue corrective actions"
      caption="Open findings of active suppliers whose corrective-action deadline has passed: no plan (or only a rejected one) after the proposal deadline, or an accepted plan not carried out by its target date. The longest overdue are listed."
      table={
        caps.oldest.length === 0 ? (
          <Empty>No corrective action is overdue.</Empty>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Supplier</th>
                <th scope="col">Finding</th>
                <th scope="col">Late step</th>
                <th scope="col">Deadline</th>
                <th scope="col" className="num">
                  Days overdue
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
                      {severityLabel(cap.severity)} finding in {areaLabel(cap.area)}
                    </Link>
                  </td>
                  <td>{cap.step === "PROPOSE" ? "Plan not proposed" : "Plan not carried out"}</td>
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
          <span className="tile-label">Overdue in all</span>
          <span className="tile-value">{caps.total}</span>
        </div>
        <div className="tile">
          <span className="tile-label">Plan not proposed in time</span>
          <span className="tile-value">{caps.notProposed}</span>
        </div>
        <div className="tile">
          <span className="tile-label">Accepted plan not carried out</span>
          <span className="tile-value">{caps.notImplemented}</span>
        </div>
      </div>
    </ChartCard>
  );
}

function ScoreTrendFigure({ points }: { points: Dashboard["scoreTrend"] }) {
  const data = points.map((point) => ({ ...point, label: monthLabel(point.month) }));
  return (
    <ChartCard
      id="score-trend"
      title="Portfolio ESG score trend"
      caption="For each of the last 12 months: the mean and the median of the ESG scores the active suppliers had at the month's end (each supplier's latest score by then; the current month up to today)."
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
              name="Mean"
              stroke="#1f4f8f"
              strokeWidth={2}
              isAnimationActive={false}
            />
            <Line
              dataKey="median"
              name="Median"
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
              <th scope="col">Month</th>
              <th scope="col" className="num">
                Suppliers with a score
              </th>
              <th scope="col" className="num">
                Mean
              </th>
              <th scope="col" className="num">
                Median
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
  const navigate = useNavigate();
  const narrow = isNarrow();
  return (
    <ChartCard
      id="top-movers"
      title="Top movers"
      caption={`The active suppliers whose ESG score changed most in the last ${days} days: today's score against the one in force ${days} days ago (suppliers without a score back then are left out), at most 10. Select one to open it.`}
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
                name="Score change"
                isAnimationActive={false}
                cursor="pointer"
                onClick={(entry: { payload?: { supplierId?: string } }) => {
                  const id = entry.payload?.supplierId;
                  if (id) void navigate(`/suppliers/${id}`);
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
          <Empty>No score changed in the last {days} days.</Empty>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Supplier</th>
                <th scope="col" className="num">
                  {days} days ago
                </th>
                <th scope="col" className="num">
                  Now
                </th>
                <th scope="col" className="num">
                  Change
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
                    {formatNumber(mover.scoreBefore)} ({mover.gradeBefore})
                  </td>
                  <td className="num">
                    {formatNumber(mover.scoreNow)} ({mover.gradeNow})
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
  const state = useQuery(PROCUREMENT_DASHBOARD);
  return (
    <QueryGate state={state}>
      {({ procurementDashboard: d }) => (
        <div className="dash-grid">
          <p className="dash-asof">
            {d.supplierCount} active suppliers · figures as of {formatDate(d.asOf)}
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
