import type { ReactNode } from "react";
import { ResponsiveContainer } from "recharts";

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

/** Legend entries in the text colour (the series colours are too light for text). */
export const legendText = (value: string) => <span className="dash-legend">{value}</span>;
