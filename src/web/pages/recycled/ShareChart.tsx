import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../i18n/format";
import { percent, sourceLabel } from "./recycled";

export interface ShareMonth {
  month: string;
  share: number | null;
  coverage: number | null;
}

export interface TargetLine {
  id: string;
  source: string;
  share: number;
  dueDate: string;
}

const TARGET_COLOURS: Record<string, string> = { POLICY: "#b4531f", EU_2023_1542: "#6b3fa0" };

/**
 * The monthly effective share against the targets, drawn as dashed horizontal
 * lines labelled with their source, level and due date (they lie years ahead of the months).
 */
export function ShareChart({ months, targets }: { months: ShareMonth[]; targets: TargetLine[] }) {
  const { t } = useTranslation("recycled");
  const data = months.map((month) => ({
    month: month.month,
    share: month.share === null ? null : month.share * 100,
  }));
  const top = Math.max(
    10,
    ...targets.map((target) => target.share * 100 + 5),
    ...data.map((row) => (row.share ?? 0) + 5),
  );
  const targetWords = (target: TargetLine) => ({
    source: sourceLabel(target.source),
    share: percent(target.share, 0),
    due: formatDate(target.dueDate),
  });
  const separator = t("chart.separator");
  return (
    <figure className="chart" aria-label={t("chart.label")}>
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={data} margin={{ top: 16, right: 24, bottom: 10, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" tick={{ fontSize: 11 }} />
          <YAxis
            domain={[0, Math.min(100, Math.ceil(top))]}
            unit={t("chart.axisUnit")}
            tick={{ fontSize: 11 }}
          />
          <Tooltip formatter={(value) => percent(Number(value) / 100, 2)} />
          <Legend />
          <Line
            type="monotone"
            dataKey="share"
            name={t("chart.series")}
            stroke="#1f6f50"
            strokeWidth={2}
            connectNulls
            dot
            isAnimationActive={false}
          />
          {targets.map((target) => (
            <ReferenceLine
              key={target.id}
              y={target.share * 100}
              stroke={TARGET_COLOURS[target.source] ?? "#444"}
              strokeDasharray="6 4"
              label={{
                value: t("chart.targetLine", targetWords(target)),
                position: "insideTopRight",
                fontSize: 11,
              }}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
      <figcaption className="sr-only">
        {data
          .map((row) =>
            row.share === null
              ? t("chart.captionNoPurchases", { month: row.month })
              : t("chart.captionMonth", { month: row.month, share: percent(row.share / 100, 2) }),
          )
          .join(separator)}
        {targets.map((target) => separator + t("chart.captionTarget", targetWords(target)))}
      </figcaption>
    </figure>
  );
}
