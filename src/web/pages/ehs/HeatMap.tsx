import { useTranslation } from "react-i18next";
import { riskLevel } from "../../components/RiskMatrix";
import { badgeText } from "./risk";

export interface HeatCell {
  likelihood: number;
  severity: number;
  riskScore: number;
  riskLevel: string;
  count: number;
}

const LEVELS = [1, 2, 3, 4, 5];

/**
 * The register on the 5x5 likelihood x severity matrix: each cell counts the entries whose
 * latest assessment falls in it, coloured by the findings' bands (the same classes as the
 * finding risk matrix). Likelihood runs bottom (1) to top (5), severity left (1) to right (5).
 */
export function HeatMap({ cells }: { cells: HeatCell[] }) {
  const { t } = useTranslation("ehs");
  const at = (l: number, s: number) =>
    cells.find((cell) => cell.likelihood === l && cell.severity === s);
  return (
    <div className="risk-matrix-wrap">
      <div
        className="risk-matrix"
        role="table"
        aria-label={t("heatMap.label")}
        data-testid="heat-map"
      >
        <div className="rm-axis rm-y" aria-hidden="true">
          {t("heatMap.likelihoodAxis")}
        </div>
        {[...LEVELS].reverse().map((l) => (
          <div className="rm-row" role="row" key={l}>
            <span className="rm-label" role="rowheader">
              {l}
            </span>
            {LEVELS.map((s) => {
              const cell = at(l, s);
              const count = cell?.count ?? 0;
              const level = cell?.riskLevel ?? riskLevel(l * s);
              return (
                <span
                  role="cell"
                  key={s}
                  data-testid={`heat-${l}-${s}`}
                  className={`rm-cell rm-${level.toLowerCase()}`}
                  style={{ display: "inline-flex", alignItems: "center", justifyContent: "center" }}
                  aria-label={t("heatMap.cell", {
                    likelihood: l,
                    severity: s,
                    score: l * s,
                    level: badgeText(level),
                    count,
                  })}
                  title={t("heatMap.cellTitle", {
                    likelihood: l,
                    severity: s,
                    score: l * s,
                    level: badgeText(level),
                  })}
                >
                  {count > 0 ? count : ""}
                </span>
              );
            })}
          </div>
        ))}
        <div className="rm-row rm-foot" aria-hidden="true">
          <span className="rm-label" />
          {LEVELS.map((s) => (
            <span className="rm-label" key={s}>
              {s}
            </span>
          ))}
        </div>
        <div className="rm-axis rm-x" aria-hidden="true">
          {t("heatMap.severityAxis")}
        </div>
      </div>
    </div>
  );
}
