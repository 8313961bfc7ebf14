import { useState, type FormEvent } from "react";
import { Link } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { useMutation, useQuery } from "../../api/hooks";
import { ErrorMessage, Notice, QueryGate, SelectField, TextField } from "../../components/ui";
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
        label: `${audit.supplier.name}, planned ${audit.plannedDate.slice(0, 10)}`,
      });
      setForm((current) => ({ ...current, plannedDate: "", siteId: "", auditFirm: "" }));
      onScheduled?.();
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Schedule an audit">
      {scheduled && (
        <Notice>
          Audit scheduled: <Link to={`/audits/${scheduled.id}`}>{scheduled.label}</Link>.
        </Notice>
      )}
      <ErrorMessage error={summary} />
      {auditors.length === 0 && (
        <p className="warn-text">There is no active auditor to lead an audit.</p>
      )}
      <div className="form-grid">
        {!fixedSupplier && (
          <SelectField
            label="Supplier"
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
          label="Site"
          name="siteId"
          value={form.siteId}
          error={schedule.error}
          options={[
            { value: "", label: "No specific site" },
            ...sites.map((site) => ({ value: site.id, label: site.name })),
          ]}
          onChange={set("siteId")}
        />
        <SelectField
          label="Checklist"
          name="checklistId"
          value={form.checklistId}
          error={schedule.error}
          options={options.checklists.map((checklist) => ({
            value: checklist.id,
            label: `${checklist.name} v${checklist.version}`,
          }))}
          onChange={set("checklistId")}
        />
        <SelectField
          label="Lead auditor"
          name="leadAuditorId"
          value={form.leadAuditorId}
          error={schedule.error}
          options={auditors.map((user) => ({ value: user.id, label: user.name }))}
          onChange={set("leadAuditorId")}
        />
        <SelectField
          label="Type"
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
          label="Planned date"
          name="plannedDate"
          type="date"
          required
          value={form.plannedDate}
          error={schedule.error}
          onChange={set("plannedDate")}
        />
        <TextField
          label="Audit firm (optional)"
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
        Schedule audit
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
            auditors={[{ id: viewer.id, name: `${viewer.name} (you)` }]}
          />
        )
      }
    </QueryGate>
  );
}
