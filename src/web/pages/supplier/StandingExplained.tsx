import type { ReactNode } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { formatDate, formatNumber } from "../../components/ui";
import { areaLabel, labelOf, PROCUREMENT_STATUS_LABELS, SEVERITY_LABELS } from "../../labels";
import { declarationPartsIn, GRADE_FLOOR_LIST, LOWEST_GRADE, statusRuleOf } from "./explain";

export interface ExplainedFinding {
  id: string;
  area: string;
  severity: string;
  status: string;
  overdue: boolean;
  dueDate?: string | null;
  auditId: string;
  auditDate?: string | null;
}

export interface ExplainedAudit {
  id: string;
  status: string;
  type: string;
  plannedDate: string;
  completedAt?: string | null;
}

export interface GradeCapView {
  rule: string;
  grade: string;
  count: number;
  areas: readonly string[];
  reason: string;
}

export interface StandingData {
  status: string;
  /** In English, whatever the interface's language: the sentences are built from their parts. */
  statusReasons: readonly string[];
  /** The same reasons in the reader's language, for one the page has no sentence of its own for. */
  statusReasonsShown: readonly string[];
  score?: {
    overall: number;
    grade: string;
    gradeFromScore: string;
    gradeCaps: readonly GradeCapView[];
  } | null;
  /** Completed audits' findings, with their audit. */
  findings: readonly ExplainedFinding[];
  audits: readonly ExplainedAudit[];
  declarations: readonly { id: string; partNumber: string; partName?: string | null }[];
  maps: readonly { categoryId: string; categoryName: string }[];
}

const findingLink = (f: ExplainedFinding) => `/audits/${f.auditId}#finding-${f.id}`;

type T = ReturnType<typeof useTranslation<"supplier">>["t"];

/** The count at the start of a status reason ("2 open zero-tolerance findings"). */
const leadingCount = (reason: string) => Number.parseInt(reason, 10) || 0;

/**
 * The protected-area flag's reason in the interface's language ("a supply-chain node and a
 * site inside or near a protected area: Salar Reserve"); as the API wrote it, lower-cased, when
 * it is worded otherwise.
 */
function flagReason(reason: string, t: T): string {
  const match = /^(.*) inside or near a protected area: (.*)$/.exec(reason);
  if (!match) return reason.charAt(0).toLowerCase() + reason.slice(1);
  const what = match[1]
    .toLowerCase()
    .split(" and ")
    .map((part) =>
      part === "a supply-chain node"
        ? t("standing.flag.node")
        : part === "a site"
          ? t("standing.flag.site")
          : part,
    )
    .join(t("standing.flag.and"));
  return t("standing.flag.reason", { what, areas: match[2] });
}

/** The screening reason's list of hits ("Mine X (restricted party), Y (high-risk region)"). */
function screeningHits(reason: string, t: T): string {
  return reason
    .slice(reason.indexOf(":") + 1)
    .trim()
    .replace(/ \(restricted party\)/g, t("standing.screening.restrictedParty"))
    .replace(/ \(high-risk region\)/g, t("standing.screening.highRiskRegion"))
    .replace(/ and (\d+) more$/, (_, count: string) =>
      t("standing.screening.more", { count: Number(count) }),
    );
}

/** The parts a declaration reason names ("part P-1 (Frame), part P-2"). */
function declarationParts(reason: string, t: T): string {
  return reason
    .slice(reason.indexOf(":") + 1)
    .trim()
    .split(", ")
    .map((part) =>
      part.startsWith("part ") ? t("standing.declaration.part", { part: part.slice(5) }) : part,
    )
    .join(t("listSeparator"));
}

function FindingLinks({ findings }: { findings: readonly ExplainedFinding[] }) {
  const { t } = useTranslation("supplier");
  if (findings.length === 0) return null;
  return (
    <ul className="explain-links">
      {findings.map((f) => {
        const words = {
          severity: labelOf(SEVERITY_LABELS, f.severity),
          area: areaLabel(f.area).toLowerCase(),
        };
        return (
          <li key={f.id}>
            <Link to={findingLink(f)}>
              {f.auditDate
                ? t("standing.findingAudit", { ...words, date: formatDate(f.auditDate) })
                : t("standing.finding", words)}
            </Link>
            {f.overdue && f.dueDate ? (
              <span className="muted"> {t("standing.due", { date: formatDate(f.dueDate) })}</span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function MapLinks({ supplierId, maps }: { supplierId: string; maps: StandingData["maps"] }) {
  const { t } = useTranslation("supplier");
  if (maps.length === 0) return null;
  return (
    <>
      {maps.map((map, index) => (
        <span key={map.categoryId}>
          {index > 0 ? t("listSeparator") : " "}
          <Link to={`/suppliers/${supplierId}/supply-chain/${map.categoryId}`}>
            {t("standing.mapLink", { category: map.categoryName })}
          </Link>
        </span>
      ))}
    </>
  );
}

/** One status reason as a sentence, with links to where it comes from. */
function StatusSentence({
  reason,
  shown,
  data,
  supplierId,
  staff,
}: {
  reason: string;
  shown: string;
  data: StandingData;
  supplierId: string;
  staff: boolean;
}): ReactNode {
  const { t } = useTranslation("supplier");
  const open = data.findings.filter((f) => f.status === "OPEN");
  switch (statusRuleOf(reason)) {
    case "PROTECTED_AREA_DECLARED":
      return (
        <Trans
          t={t}
          i18nKey="standing.rule.protectedAreaDeclared"
          components={{ anchor: <a href="#sustainability" /> }}
        />
      );
    case "PROTECTED_AREA_FLAG":
      return (
        <>
          {t("standing.rule.protectedAreaFlag", { what: flagReason(reason, t) })}
          {staff ? (
            <>
              {" "}
              <Link to="/admin/protected-areas">{t("standing.rule.protectedAreaFlagsLink")}</Link>
              {t("standing.semicolon")}
            </>
          ) : null}
          <MapLinks supplierId={supplierId} maps={data.maps} />
          {t("standing.period")}
        </>
      );
    case "ADMIN_BLOCK": {
      const why = reason.replace(/^Blocked by an administrator:?\s*/, "");
      return (
        <>
          {why ? t("standing.rule.adminBlockWhy", { why }) : t("standing.rule.adminBlock")}{" "}
          {staff ? <a href="#supplier-block">{t("standing.rule.adminBlockLink")}</a> : null}
        </>
      );
    }
    case "SCREENING":
      return (
        <>
          {t("standing.rule.screening", { hits: screeningHits(reason, t) })}
          {staff ? (
            <>
              {" "}
              <Link to="/admin/screening">{t("standing.rule.screeningLink")}</Link>
              {t("standing.semicolon")}
            </>
          ) : null}
          <MapLinks supplierId={supplierId} maps={data.maps} />
          {t("standing.period")}
        </>
      );
    case "ZERO_TOLERANCE": {
      const found = open.filter((f) => f.severity === "ZERO_TOLERANCE");
      return (
        <>
          {t("standing.rule.zeroTolerance", { count: leadingCount(reason) })}
          <FindingLinks findings={found} />
        </>
      );
    }
    case "OVERDUE_FINDINGS": {
      const found = open.filter(
        (f) => f.overdue && (f.severity === "MAJOR" || f.severity === "ZERO_TOLERANCE"),
      );
      return (
        <>
          {t("standing.rule.overdueFindings", { count: leadingCount(reason) })}
          <FindingLinks findings={found} />
        </>
      );
    }
    case "NO_RECENT_AUDIT": {
      const last = data.audits
        .filter((a) => a.status === "COMPLETED" && a.completedAt)
        .sort((a, b) => (a.completedAt! < b.completedAt! ? 1 : -1))[0];
      const months = /within (\d+) months/.exec(reason)?.[1] ?? "";
      return (
        <>
          {t("standing.rule.noRecentAudit", { months })}{" "}
          {last ? (
            <Trans
              t={t}
              i18nKey="standing.rule.lastAudit"
              values={{ date: formatDate(last.completedAt) }}
              components={{ anchor: <Link to={`/audits/${last.id}`} /> }}
            />
          ) : (
            <Trans
              t={t}
              i18nKey="standing.rule.neverAudited"
              components={{ anchor: <a href="#supplier-audits" /> }}
            />
          )}
        </>
      );
    }
    case "GRADE":
      return (
        <Trans
          t={t}
          i18nKey="standing.rule.grade"
          values={{ grade: reason.slice("Grade ".length) }}
          components={{ anchor: <a href="#grade-explained" /> }}
        />
      );
    case "DECLARATION_OVER_LIMIT": {
      const parts = declarationPartsIn(
        reason,
        data.declarations.map((d) => d.partNumber),
      );
      const declarations = data.declarations.filter((d) => parts.includes(d.partNumber));
      return (
        <>
          {t("standing.rule.declarationOverLimit", { parts: declarationParts(reason, t) })}
          {declarations.length > 0 && (
            <ul className="explain-links">
              {declarations.map((d) => (
                <li key={d.id}>
                  <Link to={`/declarations/${d.id}`}>
                    {d.partName
                      ? t("standing.declaration.linkNamed", {
                          part: d.partNumber,
                          name: d.partName,
                        })
                      : t("standing.declaration.link", { part: d.partNumber })}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </>
      );
    }
    default:
      return <>{t("standing.rule.other", { reason: shown })}</>;
  }
}

/** "A from 85, B from 70, C from 55, D from 40, else E" in the interface's language. */
function gradeFloors(t: T): string {
  return t("standing.grade.floors", {
    floors: GRADE_FLOOR_LIST.map((floor) => t("standing.grade.floor", floor)).join(
      t("listSeparator"),
    ),
    lowest: LOWEST_GRADE,
  });
}

/** The grade in words: what the score alone gives, and each cap that lowers it. */
function GradeSentence({ data }: { data: StandingData }) {
  const { t } = useTranslation("supplier");
  const score = data.score;
  if (!score) {
    return <p>{t("standing.grade.none")}</p>;
  }
  const overall = formatNumber(score.overall, 2);
  const floors = gradeFloors(t);
  if (score.gradeCaps.length === 0) {
    return (
      <p>
        <Trans
          t={t}
          i18nKey="standing.grade.plain"
          values={{ score: overall, grade: score.grade, floors }}
          components={{ strong: <strong /> }}
        />
      </p>
    );
  }
  const zeroTolerance = data.findings.filter(
    (f) => f.status === "OPEN" && f.severity === "ZERO_TOLERANCE",
  );
  return (
    <>
      <p>
        <Trans
          t={t}
          i18nKey="standing.grade.capped"
          values={{ score: overall, fromScore: score.gradeFromScore, grade: score.grade, floors }}
          components={{ strong: <strong /> }}
        />
      </p>
      <ul className="explain-list">
        {score.gradeCaps.map((cap) => (
          <li key={cap.rule}>
            {cap.rule === "ZERO_TOLERANCE_FINDING" ? (
              <>
                {t("standing.grade.zeroToleranceCap", { count: cap.count, grade: cap.grade })}
                <FindingLinks findings={zeroTolerance} />
              </>
            ) : cap.rule === "AREA_WITHOUT_SOURCE" ? (
              <Trans
                t={t}
                i18nKey="standing.grade.areaCap"
                count={cap.count}
                values={{
                  areas: cap.areas.map(areaLabel).join(t("listSeparator")),
                  grade: cap.grade,
                }}
                components={{ anchor: <a href="#score-areas" /> }}
              />
            ) : (
              cap.reason
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** "Why this grade and status": every cap and status rule as a sentence with its links. */
export function StandingExplained({
  supplierId,
  data,
  staff,
}: {
  supplierId: string;
  data: StandingData;
  staff: boolean;
}) {
  const { t } = useTranslation("supplier");
  return (
    <div className="card explained" id="standing-explained">
      <h2>{t("standing.title")}</h2>
      <h3 id="grade-explained">{t("standing.gradeHeading")}</h3>
      <GradeSentence data={data} />
      <h3 id="status-explained">
        {t("standing.statusHeading", {
          status: labelOf(PROCUREMENT_STATUS_LABELS, data.status),
        })}
      </h3>
      {data.statusReasons.length === 0 ? (
        <p>{t("standing.approved")}</p>
      ) : (
        <>
          <p className="muted">{t("standing.strictest")}</p>
          <ul className="explain-list" aria-label={t("standing.rulesLabel")}>
            {data.statusReasons.map((reason, index) => (
              <li key={reason}>
                <StatusSentence
                  reason={reason}
                  shown={data.statusReasonsShown[index] ?? reason}
                  data={data}
                  supplierId={supplierId}
                  staff={staff}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
