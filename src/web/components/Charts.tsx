import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useTranslation } from "react-i18next";
import { AREAS, areaLabel, formatDate, formatNumber } from "./ui";

export interface AreaScoreRow {
  area: string;
  score: number;
  source: string;
}

/** The nine area scores (0-100) of the current supplier score. */
export function AreaRadar({ areas }: { areas: AreaScoreRow[] }) {
  const { t } = useTranslation("common");
  const byArea = new Map(areas.map((row) => [row.area, row]));
  // On a phone the nine labels need the room: a smaller radar leaves it to them.
  const narrow = typeof window !== "undefined" && window.innerWidth < 600;
  const data = AREAS.map((area) => ({
    area: areaLabel(area),
    score: byArea.get(area)?.score ?? 0,
  }));
  return (
    <figure className="chart" aria-label={t("charts.radar")}>
      <ResponsiveContainer width="100%" height={320}>
        <RadarChart data={data} outerRadius={narrow ? "52%" : "70%"}>
          <PolarGrid />
          <PolarAngleAxis dataKey="area" tick={{ fontSize: narrow ? 9 : 11 }} />
          <PolarRadiusAxis domain={[0, 100]} angle={90} tick={{ fontSize: 10 }} />
          <Radar
            name={t("charts.areaScore")}
            dataKey="score"
            stroke="#1f6f50"
            fill="#2e9e73"
            fillOpacity={0.45}
            isAnimationActive={false}
          />
          <Tooltip />
        </RadarChart>
      </ResponsiveContainer>
      <figcaption className="sr-only">
        {data.map((row) => `${row.area}: ${formatNumber(row.score, 1)}`).join("; ")}
      </figcaption>
    </figure>
  );
}

export interface HistoryPoint {
  overall: number;
  grade: string;
  computedAt: string;
  cause: string;
}

/** Score history, oldest left; the API returns newest first. */
export function ScoreHistoryChart({ points }: { points: HistoryPoint[] }) {
  const { t } = useTranslation("common");
  const data = [...points].reverse().map((point, index) => ({
    label: `${formatDate(point.computedAt)} #${index + 1}`,
    overall: point.overall,
    grade: point.grade,
    cause: point.cause,
  }));
  return (
    <figure className="chart" aria-label={t("charts.history")}>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={data} margin={{ top: 10, right: 40, bottom: 10, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 10 }} />
          <YAxis domain={[0, 100]} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend />
          <Line
            type="monotone"
            dataKey="overall"
            name={t("charts.esgScore")}
            stroke="#1f4f8f"
            strokeWidth={2}
            dot
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
      <figcaption className="sr-only">
        {data.map((row) => `${row.label}: ${row.overall} (${row.grade}, ${row.cause})`).join("; ")}
      </figcaption>
    </figure>
  );
}
