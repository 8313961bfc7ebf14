import { useRef, type KeyboardEvent } from "react";
import { Trans, useTranslation } from "react-i18next";
import { RISK_LEVEL_LABELS } from "../labels";
import { badgeLabel } from "./ui";

/** SPEC 6: riskScore = likelihood x impact; 1-4 LOW, 5-9 MEDIUM, 10-16 HIGH, 20-25 CRITICAL. */
export function riskLevel(score: number): string {
  if (score >= 20) return "CRITICAL";
  if (score >= 10) return "HIGH";
  if (score >= 5) return "MEDIUM";
  return "LOW";
}

const LEVELS = [1, 2, 3, 4, 5];

/**
 * A 5x5 likelihood x impact grid: click a cell (or move with the arrow keys and press Enter)
 * to pick both at once. Impact runs top (5) to bottom (1), likelihood left (1) to right (5).
 */
export function RiskMatrix({
  likelihood,
  impact,
  onChange,
  label,
}: {
  likelihood: number;
  impact: number;
  onChange: (likelihood: number, impact: number) => void;
  label?: string;
}) {
  const { t } = useTranslation("common");
  const grid = useRef<HTMLDivElement>(null);
  const focusCell = (l: number, i: number) => {
    grid.current?.querySelector<HTMLButtonElement>(`[data-l="${l}"][data-i="${i}"]`)?.focus();
  };
  const onKey = (event: KeyboardEvent<HTMLButtonElement>, l: number, i: number) => {
    const moves: Record<string, [number, number]> = {
      ArrowRight: [1, 0],
      ArrowLeft: [-1, 0],
      ArrowUp: [0, 1],
      ArrowDown: [0, -1],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const nextL = Math.min(5, Math.max(1, l + move[0]));
    const nextI = Math.min(5, Math.max(1, i + move[1]));
    onChange(nextL, nextI);
    focusCell(nextL, nextI);
  };
  const score = likelihood * impact;
  return (
    <div className="risk-matrix-wrap">
      <div
        className="risk-matrix"
        role="group"
        aria-label={label ?? t("riskMatrix.label")}
        ref={grid}
      >
        <div className="rm-axis rm-y" aria-hidden="true">
          {t("riskMatrix.impactAxis")}
        </div>
        {[...LEVELS].reverse().map((i) => (
          <div className="rm-row" key={i}>
            <span className="rm-label" aria-hidden="true">
              {i}
            </span>
            {LEVELS.map((l) => {
              const cellScore = l * i;
              const selected = l === likelihood && i === impact;
              return (
                <button
                  type="button"
                  key={l}
                  data-l={l}
                  data-i={i}
                  className={`rm-cell rm-${riskLevel(cellScore).toLowerCase()}${selected ? " selected" : ""}`}
                  aria-pressed={selected}
                  aria-label={t("riskMatrix.cell", {
                    likelihood: l,
                    impact: i,
                    score: cellScore,
                    level: badgeLabel(RISK_LEVEL_LABELS, riskLevel(cellScore)),
                  })}
                  tabIndex={selected ? 0 : -1}
                  onClick={() => onChange(l, i)}
                  onKeyDown={(event) => onKey(event, l, i)}
                >
                  {cellScore}
                </button>
              );
            })}
          </div>
        ))}
        <div className="rm-row rm-foot" aria-hidden="true">
          <span className="rm-label" />
          {LEVELS.map((l) => (
            <span className="rm-label" key={l}>
              {l}
            </span>
          ))}
        </div>
        <div className="rm-axis rm-x" aria-hidden="true">
          {t("riskMatrix.likelihoodAxis")}
        </div>
      </div>
      <p className="rm-result" aria-live="polite">
        <Trans
          t={t}
          i18nKey="riskMatrix.result"
          values={{ likelihood, impact, score }}
          components={{ strong: <strong /> }}
        />{" "}
        <span className={`badge badge-${riskLevel(score).toLowerCase()}`}>
          {badgeLabel(RISK_LEVEL_LABELS, riskLevel(score))}
        </span>
      </p>
    </div>
  );
}
