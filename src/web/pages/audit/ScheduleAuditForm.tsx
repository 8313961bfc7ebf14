import { useState, type FormEvent } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { useMutation, useQuery } from "../../api/hooks";
import {
  ErrorMessage,
  formatDate,
  Notice,
  QueryGate,
  SelectField,
  TextField,
} from "../../components/ui";
import { graphql } from "../../gql";
import type { AuditType, ScheduleOptionsQuery } from "../../gql/graphql";
import { auditTypeLabel } from "./finding-words";
import { useErrorSummary } from "./form-errors";

const OPTIONS = graphql(`
  query ScheduleOptions {
    suppliers(first: 100) {
      edges {
        node {
          id
          name
          sites {
            id
            name
          }
        }
      }
    }
    checklists(status: PUBLISHED) {
      id
      name
      version
    }
  }
`);
// Only an admin lists users; an auditor schedules audits it leads itself.
const AUDITORS = graphql(`
  query ScheduleAuditors {
    users(first: 100) {
      edges {
        node {
          id
          name
          role
          active
        }
      }
    }
  }
`);
const SCHEDULE = graphql(`
  mutation ScheduleAudit($input: ScheduleAuditInput!) {
    scheduleAudit(input: $input) {
      id
      plannedDate
      supplier {
        name
      }
    }
  }
`);

const AUDIT_TYPES: AuditType[] = ["INITIAL", "PERIODIC", "FOLLOW_UP", "SPECIAL"];

type Auditor = { id: string; name: string };
type Site = { id: string; name: string };

function Fields({
  options,
  auditors,
  supplierId: fixedSupplier,
  sites: fixedSites,
  onScheduled,
}: {
  options: ScheduleOptionsQuery;
  auditors: Auditor[];
  supplierId?: string;
  sites?: readonly Site[];
  onScheduled?: () => void;
}) {
  const { t } = useTranslation("audit");
  const suppliers = options.suppliers.edges.map((edge) => edge.node);
  const [form, setForm] = useState({
    supplierId: fixedSupplier ?? suppliers[0]?.id ?? "",
    checklistId: options.checklists[0]?.id ?? "",
    leadAuditorId: auditors[0]?.id ?? "",
    type: "PERIODIC" as AuditType,
    plannedDate: "",
    siteId: "",
    auditFirm: "",
  });
  const [scheduled, setScheduled] = useState<{ id: string; label: string } | null>(null);
  const schedule = useMutation(SCHEDULE);
  const [summary, edited] = useErrorSummary(schedule.error);
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => {
    setScheduled(null);
    edited();
    setForm((current) => ({ ...current, [key]: event.target.value }));
  };
  // A fixed supplier brings its own sites: the options list only holds the first 100 suppliers.
  const sites =
    fixedSites ?? suppliers.find((supplier) => supplier.id === form.supplierId)?.sites ?? [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The submit button stays disabled until a date is picked.
    if (!form.plannedDate) return;
    const saved = await schedule.run({
      input: {
        supplierId: form.supplierId,
        checklistId: form.checklistId,
        leadAuditorId: form.leadAuditorId,
        type: form.type,
        plannedDate: new Date(`${form.plannedDate}T09:00:00Z`).toISOString(),
        ...(form.siteId ? { siteId: form.siteId } : {}),
        ...(form.auditFirm.trim() ? { auditFirm: form.auditFirm.trim() } : {}),
      },
    });
    if (saved) {
      const audit = saved.scheduleAudit;
      setScheduled({
        id: audit.id,
        label: t("schedule.scheduledLabel", {
          supplier: audit.supplier.name,
          date: formatDate(audit.plannedDate),
        }),
      });
      setForm((current) => ({ ...current, plannedDate: "", siteId: "", auditFirm: "" }));
      onScheduled?.();
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t("schedule.formLabel")}>
      {scheduled && (
        <Notice>
          <Trans
            t={t}
            i18nKey="schedule.scheduled"
            values={{ label: scheduled.label }}
            components={{ audit: <Link to={`/audits/${scheduled.id}`} /> }}
          />
        </Notice>
      )}
      <ErrorMessage error={summary} />
      {auditors.length === 0 && <p className="warn-text">{t("schedule.noAuditor")}</p>}
      <div className="form-grid">
        {!fixedSupplier && (
          <SelectField
            label={t("schedule.supplier")}
            name="supplierId"
            value={form.supplierId}
            error={schedule.error}
            options={suppliers.map((supplier) => ({ value: supplier.id, label: supplier.name }))}
            onChange={(event) => {
              set("supplierId")(event);
              setForm((current) => ({ ...current, siteId: "" }));
            }}
          />
        )}
        <SelectField
          label={t("schedule.site")}
          name="siteId"
          value={form.siteId}
          error={schedule.error}
          options={[
            { value: "", label: t("schedule.noSite") },
            ...sites.map((site) => ({ value: site.id, label: site.name })),
          ]}
          onChange={set("siteId")}
        />
        <SelectField
          label={t("schedule.checklist")}
          name="checklistId"
          value={form.checklistId}
          error={schedule.error}
          options={options.checklists.map((checklist) => ({
            value: checklist.id,
            label: t("schedule.checklistOption", {
              name: checklist.name,
              version: checklist.version,
            }),
          }))}
          onChange={set("checklistId")}
        />
        <SelectField
          label={t("schedule.leadAuditor")}
          name="leadAuditorId"
          value={form.leadAuditorId}
          error={schedule.error}
          options={auditors.map((user) => ({ value: user.id, label: user.name }))}
          onChange={set("leadAuditorId")}
        />
        <SelectField
          label={t("schedule.type")}
          name="type"
          value={form.type}
          error={schedule.error}
          options={AUDIT_TYPES.map((value) => ({ value, label: auditTypeLabel(value) }))}
          onChange={(event) => {
            setScheduled(null);
            setForm((current) => ({ ...current, type: event.target.value as AuditType }));
          }}
        />
        <TextField
          label={t("schedule.plannedDate")}
          name="plannedDate"
          type="date"
          required
          value={form.plannedDate}
          error={schedule.error}
          onChange={set("plannedDate")}
        />
        <TextField
          label={t("schedule.auditFirm")}
          name="auditFirm"
          value={form.auditFirm}
          error={schedule.error}
          onChange={set("auditFirm")}
        />
      </div>
      <button
        type="submit"
        className="primary"
        disabled={schedule.busy || !form.plannedDate || auditors.length === 0}
      >
        {t("schedule.submit")}
      </button>
    </form>
  );
}

/**
 * Schedules an audit (ADMIN: any active auditor leads; AUDITOR: the viewer leads). With
 * `supplierId` (and its `sites`) the supplier is fixed (a supplier page embeds it).
 */
export function ScheduleAuditForm({
  supplierId,
  sites,
  onScheduled,
}: {
  supplierId?: string;
  sites?: readonly Site[];
  onScheduled?: () => void;
}) {
  const { t } = useTranslation("audit");
  const viewer = useViewer();
  const admin = viewer.role === "ADMIN";
  const options = useQuery(OPTIONS);
  const users = useQuery(AUDITORS, {}, { skip: !admin });
  if (!admin && viewer.role !== "AUDITOR") return null;
  return (
    <QueryGate state={options}>
      {(data) =>
        admin ? (
          <QueryGate state={users}>
            {(list) => (
              <Fields
                options={data}
                supplierId={supplierId}
                sites={sites}
                onScheduled={onScheduled}
                auditors={list.users.edges
                  .map((edge) => edge.node)
                  .filter((user) => user.role === "AUDITOR" && user.active)}
              />
            )}
          </QueryGate>
        ) : (
          <Fields
            options={data}
            supplierId={supplierId}
            sites={sites}
            onScheduled={onScheduled}
            auditors={[{ id: viewer.id, name: t("schedule.you", { name: viewer.name }) }]}
          />
        )
      }
    </QueryGate>
  );
}
