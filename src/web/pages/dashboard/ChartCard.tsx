import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

/**
 * One figure: a title, a caption saying what it counts, the chart (hidden from screen readers,
 * which get the table), and the same numbers as a table behind a "Show the numbers" toggle.
 */
export function ChartCard({
  id,
  title,
  caption,
  chart,
  table,
  children,
}: {
  id: string;
  title: string;
  caption: ReactNode;
  chart?: ReactNode;
  table: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation("dashboard");
  return (
    <section className="card dash-card" aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="dash-caption" id={`${id}-caption`}>
        {caption}
      </p>
      {chart && (
        <div className="dash-chart" aria-hidden="true">
          {chart}
        </div>
      )}
      {children}
      <details className="dash-table" open={!chart}>
        <summary>{chart ? t("card.showTable") : t("card.numbers")}</summary>
        <div className="table-wrap">{table}</div>
      </details>
    </section>
  );
}

/**
 * A count that links to the list it counts, or plain text for zero or no list. `label` is the
 * link's whole name, the count in it (the visible number must be part of the name).
 */
export function CountLink({ count, to, label }: { count: number; to?: string; label: string }) {
  if (!to || count === 0) return <>{count}</>;
  return (
    <Link to={to} aria-label={label}>
      {count}
    </Link>
  );
}
