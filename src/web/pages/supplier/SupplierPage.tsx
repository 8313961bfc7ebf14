import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { ApiError } from "../../api/client";
import { useQuery } from "../../api/hooks";
import { HistoryLink } from "../../components/HistoryLink";
import { AreaRadar, ScoreHistoryChart } from "../../components/Charts";
import { Badge, Empty, ErrorMessage, formatDate, formatNumber, Loading } from "../../components/ui";
import { areaLabel, labelOf, PROCUREMENT_STATUS_LABELS, SCORE_SOURCE_LABELS } from "../../labels";
import { graphql } from "../../gql";
import { NotFoundPage } from "../NotFoundPage";
import { ScheduleAuditForm } from "../audit/ScheduleAuditForm";
import { Adjustments } from "../procurement/Adjustments";
import { saqDates, saqStatusLabel } from "../saq/saq-labels";
import { CertificatesPanel } from "./CertificatesPanel";
import { InvitationsPanel } from "./InvitationsPanel";
import { ProfileForm, type ProfileEditor } from "./ProfileForm";
import { SustainabilityPanel } from "./SustainabilityPanel";
import { ThirdPartyPanel } from "./ThirdPartyPanel";
import { SupplyChainCard } from "../supply-chain/SupplyChainCard";
import { dailyChanges } from "./explain";
import { PriorityExplained } from "./PriorityExplained";
import { ScrollTable } from "./ScrollTable";
import { StandingExplained } from "./StandingExplained";
import { AuditsAndFindingsCard, FindingsTable } from "./SupplierRecords";
import { SupplierStateCard } from "./SupplierStateCard";

const SUPPLIER = graphql(`
  query SupplierPage($id: ID!, $procurement: Boolean!, $staff: Boolean = false) {
    supplier(id: $id) {
      id
      name
      legalName
      registrationNumber
      country
      contactEmail
      version
      archived
      archivedAt
      blockedByAdmin
      adminBlock @include(if: $staff) {
        at
        byName
        reason
      }
      archiveChange @include(if: $staff) {
        at
        byName
      }
      status
      statusReasons
      statusRules: statusReasons(locale: "en")
      materialDeclarations {
        id
        partNumber
        partName
      }
      supplyChainMaps {
        category {
          id
          name
        }
      }
      nextAuditDue
      materialCategories {
        id
        code
        name
      }
      sites {
        id
        name
        country
        address
      }
      ...ProfileForm
      ...SustainabilityPanel
      ...CertificatesPanel
      ...ThirdPartyPanel
      score {
        overall
        grade
        gradeFromScore
        gradeCaps {
          rule
          grade
          count
          areas
          reason
        }
        expired
        computedAt
        areas {
          area
          score
          source
        }
        explanation {
          label
          points
        }
      }
      scoreHistory(first: 100) {
        totalCount
        edges {
          node {
            id
            overall
            grade
            computedAt
            cause
          }
        }
      }
      selfAssessments {
        id
        reference
        status
        completion
        createdAt
        submittedAt
        reviewedAt
        checklist {
          name
          version
        }
      }
      audits {
        id
        status
        type
        plannedDate
        completedAt
        findings {
          id
          area
          severity
          riskLevel
          riskScore
          status
          overdue
          dueDate
          repeat
          correctiveAction {
            id
            status
          }
        }
      }
      priorityAdjustments @include(if: $procurement) {
        ...AdjustmentRow
      }
    }
  }
`);

// Entity names as the audit trail records them (codes, not words).
const SUPPLIER_ENTITY = "Supplier";
const ADJUSTMENT_ENTITY = "PriorityAdjustment";

export function SupplierPage() {
  const { id = "" } = useParams();
  const viewer = useViewer();
  const procurement = viewer.role === "PROCUREMENT" || viewer.role === "ADMIN";
  const staff = viewer.role !== "SUPPLIER";
  const state = useQuery(SUPPLIER, { id, procurement, staff });
  const [scheduleOpen, setScheduleOpen] = useState(false);
  const { t } = useTranslation("supplier");
  if (state.loading && !state.data) return <Loading />;
  if (state.error && !state.data) {
    const notFound = state.error instanceof ApiError && state.error.code === "NOT_FOUND";
    return notFound ? <NotFoundPage /> : <ErrorMessage error={state.error} />;
  }
  const supplier = state.data?.supplier;
  if (!supplier) return <NotFoundPage />;
  const editor: ProfileEditor =
    viewer.role === "ADMIN"
      ? "ADMIN"
      : viewer.role === "PROCUREMENT"
        ? "BUYER"
        : viewer.role === "SUPPLIER" && viewer.supplier?.id === supplier.id
          ? "SUPPLIER"
          : null;
  const findings = supplier.audits.flatMap((audit) => audit.findings);
  const open = findings.filter((finding) => finding.status === "OPEN");
  const ownSupplier = viewer.role === "SUPPLIER" && viewer.supplier?.id === supplier.id;
  const history = dailyChanges(supplier.scoreHistory.edges.map((edge) => edge.node));
  const statusLabel = labelOf(PROCUREMENT_STATUS_LABELS, supplier.status);

  return (
    <section className="supplier-page">
      <header className="page-head">
        <h1>{supplier.name}</h1>
        <div className="head-badges">
          <Badge value={statusLabel} kind={supplier.status} />
          {supplier.score && (
            <span
              className="grade"
              aria-label={t("supplierPage.grade", { grade: supplier.score.grade })}
            >
              {t("supplierPage.grade", { grade: supplier.score.grade })}
            </span>
          )}
          {supplier.archived && <Badge value={t("archivedBadge")} kind="ARCHIVED" />}
          <HistoryLink entityType={SUPPLIER_ENTITY} entityId={supplier.id} name={supplier.name} />
        </div>
      </header>

      <div className="tiles">
        <div className="tile">
          <span className="tile-label">{t("supplierPage.tiles.esgScore")}</span>
          <span className="tile-value" data-testid="esg-score">
            {formatNumber(supplier.score?.overall)}
          </span>
          {supplier.score?.expired && <small>{t("supplierPage.tiles.expired")}</small>}
        </div>
        <div className="tile">
          <span className="tile-label">{t("supplierPage.tiles.openFindings")}</span>
          <span className="tile-value">{open.length}</span>
          <small>
            {t("supplierPage.tiles.overdue", {
              count: open.filter((finding) => finding.overdue).length,
            })}
          </small>
        </div>
        <div className="tile">
          <span className="tile-label">{t("supplierPage.tiles.nextAuditDue")}</span>
          <span className="tile-value small">{formatDate(supplier.nextAuditDue)}</span>
        </div>
      </div>

      <StandingExplained
        supplierId={supplier.id}
        staff={staff}
        data={{
          status: supplier.status,
          statusReasons: supplier.statusRules,
          statusReasonsShown: supplier.statusReasons,
          score: supplier.score,
          findings: supplier.audits
            .filter((audit) => audit.status === "COMPLETED")
            .flatMap((audit) =>
              audit.findings.map((finding) => ({
                ...finding,
                auditId: audit.id,
                auditDate: audit.completedAt ?? audit.plannedDate,
              })),
            ),
          audits: supplier.audits,
          declarations: supplier.materialDeclarations,
          maps: supplier.supplyChainMaps.map((map) => ({
            categoryId: map.category.id,
            categoryName: map.category.name,
          })),
        }}
      />

      {staff && (
        <SupplierStateCard
          supplierId={supplier.id}
          supplierName={supplier.name}
          blockedByAdmin={supplier.blockedByAdmin}
          archived={supplier.archived}
          adminBlock={supplier.adminBlock}
          archiveChange={supplier.archiveChange}
          canChange={viewer.role === "ADMIN"}
          onChange={state.reload}
        />
      )}

      <AuditsAndFindingsCard audits={supplier.audits} />

      {(viewer.role === "AUDITOR" || viewer.role === "ADMIN") && !supplier.archived && (
        <details
          className="card"
          open={scheduleOpen}
          onToggle={(event) => setScheduleOpen(event.currentTarget.open)}
        >
          <summary className="card-summary">
            {t("supplierPage.scheduleAudit", { name: supplier.name })}
          </summary>
          {scheduleOpen && (
            <ScheduleAuditForm
              supplierId={supplier.id}
              sites={supplier.sites}
              onScheduled={state.reload}
            />
          )}
        </details>
      )}

      <div className="grid-2">
        <div className="card">
          <h2>{t("supplierPage.areaScores")}</h2>
          {supplier.score ? (
            <AreaRadar areas={supplier.score.areas} />
          ) : (
            <Empty>{t("supplierPage.noScore")}</Empty>
          )}
        </div>
        <div className="card">
          <h2>{t("supplierPage.scoreHistory")}</h2>
          {history.length > 0 ? (
            <>
              <ScoreHistoryChart points={[...history].reverse()} />
              <p className="muted small-print">{t("supplierPage.historyNote")}</p>
            </>
          ) : (
            <Empty>{t("supplierPage.noHistory")}</Empty>
          )}
        </div>
      </div>

      {supplier.score && (
        <div className="card" id="score-explanation">
          <h2>{t("supplierPage.explanation.title")}</h2>
          <ScrollTable label={t("supplierPage.explanation.caption")}>
            <table className="table compact">
              <caption className="sr-only">{t("supplierPage.explanation.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("supplierPage.explanation.line")}</th>
                  <th scope="col" className="num">
                    {t("supplierPage.explanation.points")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {supplier.score.explanation.map((line, index) => (
                  <tr key={index}>
                    <td>{line.label}</td>
                    <td className="num">{formatNumber(line.points, 2)}</td>
                  </tr>
                ))}
                <tr className="total">
                  <td>{t("supplierPage.explanation.overall", { grade: supplier.score.grade })}</td>
                  <td className="num">{formatNumber(supplier.score.overall, 2)}</td>
                </tr>
              </tbody>
            </table>
          </ScrollTable>
          <h3 id="score-areas">{t("supplierPage.explanation.perArea")}</h3>
          <ul className="area-list">
            {supplier.score.areas.map((area) => (
              <li key={area.area}>
                {t("supplierPage.explanation.areaLabel", { area: areaLabel(area.area) })}{" "}
                <strong>{formatNumber(area.score, 1)}</strong>{" "}
                <span className="muted">({labelOf(SCORE_SOURCE_LABELS, area.source)})</span>
              </li>
            ))}
          </ul>
        </div>
      )}

      <FindingsTable audits={supplier.audits} />

      {procurement && (
        <PriorityExplained supplierId={supplier.id} categories={supplier.materialCategories} />
      )}

      {procurement && supplier.priorityAdjustments && (
        <div id="priority-adjustments">
          <Adjustments
            supplierId={supplier.id}
            adjustments={supplier.priorityAdjustments}
            categories={supplier.materialCategories}
            onChange={state.reload}
          />
          {supplier.priorityAdjustments.length > 0 && (
            <HistoryLinks adjustments={supplier.priorityAdjustments} />
          )}
        </div>
      )}

      {(viewer.role === "AUDITOR" || viewer.role === "ADMIN") && (
        <div className="card">
          <h2>{t("supplierPage.saqs.title")}</h2>
          {supplier.selfAssessments.length === 0 ? (
            <Empty>{t("supplierPage.saqs.none")}</Empty>
          ) : (
            <ul className="links">
              {supplier.selfAssessments.map((saq) => (
                <li key={saq.id}>
                  <Link to={`/saqs/${saq.id}`}>
                    {t("supplierPage.saqs.link", {
                      reference: saq.reference,
                      checklist: saq.checklist.name,
                      version: saq.checklist.version,
                    })}
                  </Link>{" "}
                  <Badge value={saqStatusLabel(saq.status)} kind={saq.status} />{" "}
                  {t("supplierPage.saqs.answered", { percent: Math.round(saq.completion * 100) })}{" "}
                  <span className="muted">({saqDates(saq)})</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <div id="sustainability">
        <SustainabilityPanel
          supplier={supplier}
          canVerify={viewer.role === "AUDITOR" || viewer.role === "ADMIN"}
          onVerified={state.reload}
        />
      </div>

      <CertificatesPanel
        supplier={supplier}
        canAdd={!supplier.archived && (staff || ownSupplier)}
        canVerify={viewer.role === "AUDITOR" || viewer.role === "ADMIN"}
        onChange={state.reload}
      />

      <div id="supply-chain">
        <SupplyChainCard supplierId={supplier.id} categories={supplier.materialCategories} />
      </div>

      <ThirdPartyPanel
        supplier={supplier}
        canImport={!supplier.archived && (viewer.role === "AUDITOR" || viewer.role === "ADMIN")}
        onChange={state.reload}
      />
      {staff && (
        <p>
          <Link to={`/documents?supplier=${encodeURIComponent(supplier.id)}`}>
            {t("supplierPage.documents", { name: supplier.name })}
          </Link>
        </p>
      )}

      {procurement && (
        <InvitationsPanel
          supplierId={supplier.id}
          supplierName={supplier.name}
          canInvite={!supplier.archived}
        />
      )}

      <ProfileForm
        supplier={supplier}
        editor={supplier.archived ? null : editor}
        onSaved={state.reload}
        onReload={state.reload}
      />
    </section>
  );
}

/** The adjustments' trails (ADMIN only among the roles that see adjustments; renders nothing else). */
function HistoryLinks({
  adjustments,
}: {
  adjustments: readonly { id: string; reason: string; createdAt: string }[];
}) {
  const viewer = useViewer();
  const { t } = useTranslation("supplier");
  if (viewer.role !== "ADMIN") return null;
  return (
    <p className="muted adjustment-history">
      {t("supplierPage.adjustmentHistory")}{" "}
      {adjustments.map((adjustment, index) => (
        <span key={adjustment.id}>
          {index > 0 && t("listSeparator")}
          {adjustment.reason} ({formatDate(adjustment.createdAt)}){" "}
          <HistoryLink
            entityType={ADJUSTMENT_ENTITY}
            entityId={adjustment.id}
            name={t("quoted", { text: adjustment.reason })}
          />
        </span>
      ))}
    </p>
  );
}
