import type { ReactNode } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

/** Below this width the charts shrink their axes' labels so that nothing overflows. */
export const isNarrow = () => typeof window !== "undefined" && window.innerWidth < 600;

/** A chart filling its card's width at a fixed height. */
export function ChartBox({ height, children }: { height: number; children: ReactNode }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      {children as React.ReactElement}
    </ResponsiveContainer>
  );
}

export const AXIS_TICK = { fontSize: 11 };
/** The cursor over a bar that opens something. */
export const POINTER = "pointer";

/** Legend entries in the text colour (the series colours are too light for text). */
export const legendText = (value: string) => <span className="dash-legend">{value}</span>;

export interface CountSeries<Row> {
  key: string;
  name: string;
  fill: string;
  stackId?: string;
  /** Opens what the bar counts (the figure's table links there too). */
  onSelect?: (row: Row) => void;
}

/**
 * A bar chart of counts, one series a bar (stacked when they share a stackId): columns over
 * `labelKey`, or with `rows` one horizontal bar per label, for labels too long to sit under a
 * column. `labelWidth` is the row labels' width, narrow screen first.
 */
export function CountBars<Row extends object>({
  data,
  labelKey = "label",
  series,
  height,
  rows = false,
  labelWidth = [96, 180],
  everyLabel = true,
}: {
  data: Row[];
  labelKey?: string;
  series: CountSeries<Row>[];
  height: number;
  rows?: boolean;
  labelWidth?: [number, number];
  everyLabel?: boolean;
}) {
  const narrow = isNarrow();
  const interval = everyLabel ? 0 : undefined;
  return (
    <ChartBox height={height}>
      <BarChart
        data={data}
        layout={rows ? "vertical" : "horizontal"}
        margin={
          rows
            ? { top: 4, right: 12, bottom: 4, left: 0 }
            : { top: 8, right: 8, bottom: 4, left: -16 }
        }
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={!rows} vertical={rows} />
        {rows ? (
          <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} />
        ) : (
          <XAxis dataKey={labelKey} tick={{ fontSize: 10 }} interval={interval} />
        )}
        {rows ? (
          <YAxis
            type="category"
            dataKey={labelKey}
            width={narrow ? labelWidth[0] : labelWidth[1]}
            tick={{ fontSize: narrow ? 10 : 11 }}
            interval={interval}
          />
        ) : (
          <YAxis allowDecimals={false} tick={AXIS_TICK} />
        )}
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
        {series.map(({ key, name, fill, stackId, onSelect }) => (
          <Bar
            key={key}
            dataKey={key}
            name={name}
            stackId={stackId}
            fill={fill}
            isAnimationActive={false}
            cursor={onSelect ? POINTER : undefined}
            onClick={
              onSelect &&
              ((entry: { payload?: Row }) => {
                if (entry.payload) onSelect(entry.payload);
              })
            }
          />
        ))}
      </BarChart>
    </ChartBox>
  );
}
