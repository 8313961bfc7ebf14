import { useState, type FormEvent } from "react";
import { Link } from "react-router-dom";
import { useCursorPages, useMutation, useQuery } from "../../api/hooks";
import {
  Badge,
  Empty,
  ErrorMessage,
  formatDate,
  Notice,
  Pager,
  QueryGate,
  SelectField,
  TextField,
} from "../../components/ui";
import { graphql } from "../../gql";
import type { AuditType, ScheduleOptionsQuery } from "../../gql/graphql";

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
const AUDITS = graphql(`
  query AllAudits($after: String) {
    audits(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          type
          plannedDate
          supplier {
            id
            name
          }
          leadAuditor {
            name
          }
        }
      }
    }
  }
`);
const SCHEDULE = graphql(`
  mutation ScheduleAudit($input: ScheduleAuditInput!) {
    scheduleAudit(input: $input) {
      id
    }
  }
`);

const AUDIT_TYPES: AuditType[] = ["INITIAL", "PERIODIC", "FOLLOW_UP", "SPECIAL"];

function ScheduleForm({ options, onDone }: { options: ScheduleOptionsQuery; onDone: () => void }) {
  const auditors = options.users.edges
    .map((edge) => edge.node)
    .filter((user) => user.role === "AUDITOR" && user.active);
  const [form, setForm] = useState({
    supplierId: options.suppliers.edges[0]?.node.id ?? "",
    checklistId: options.checklists[0]?.id ?? "",
    leadAuditorId: auditors[0]?.id ?? "",
    type: "PERIODIC" as AuditType,
    plannedDate: "",
    siteId: "",
    auditFirm: "",
  });
  const [done, setDone] = useState(false);
  const schedule = useMutation(SCHEDULE);
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [key]: event.target.value }));
  const sites =
    options.suppliers.edges.find((edge) => edge.node.id === form.supplierId)?.node.sites ?? [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The submit button stays disabled until a date is picked.
    if (!form.plannedDate) return;
    setDone(false);
    const ok = await schedule.run({
      input: {
        supplierId: form.supplierId,
        checklistId: form.checklistId,
        leadAuditorId: form.leadAuditorId,
        type: form.type,
        plannedDate: new Date(`${form.plannedDate}T09:00:00Z`).toISOString(),
        ...(form.siteId ? { siteId: form.siteId } : {}),
        ...(form.auditFirm ? { auditFirm: form.auditFirm } : {}),
      },
    });
    if (ok) {
      setDone(true);
      onDone();
    }
  };
  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate>
      <h2>Schedule an audit</h2>
      {done && <Notice>Audit scheduled.</Notice>}
      <ErrorMessage error={schedule.error} />
      <div className="form-grid">
        <SelectField
          label="Supplier"
          name="supplierId"
          value={form.supplierId}
          error={schedule.error}
          options={options.suppliers.edges.map(({ node }) => ({
            value: node.id,
            label: node.name,
          }))}
          onChange={(event) => {
            set("supplierId")(event);
            setForm((current) => ({ ...current, siteId: "" }));
          }}
        />
        <SelectField
          label="Site"
          name="siteId"
          value={form.siteId}
          error={schedule.error}
          options={[
            { value: "", label: "No specific site" },
            ...sites.map((s) => ({ value: s.id, label: s.name })),
          ]}
          onChange={set("siteId")}
        />
        <SelectField
          label="Checklist"
          name="checklistId"
          value={form.checklistId}
          error={schedule.error}
          options={options.checklists.map((c) => ({
            value: c.id,
            label: `${c.name} v${c.version}`,
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
          options={AUDIT_TYPES.map((value) => ({ value, label: value }))}
          onChange={(event) =>
            setForm((current) => ({ ...current, type: event.target.value as AuditType }))
          }
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
      <button type="submit" className="primary" disabled={schedule.busy || !form.plannedDate}>
        Schedule audit
      </button>
    </form>
  );
}

export function AdminAuditsPage() {
  const options = useQuery(OPTIONS);
  const pages = useCursorPages("audits");
  const audits = useQuery(AUDITS, { after: pages.after });
  return (
    <section>
      <h1>Audits</h1>
      <QueryGate state={options}>
        {(data) => <ScheduleForm options={data} onDone={audits.reload} />}
      </QueryGate>
      <div className="card">
        <h2>All audits</h2>
        <QueryGate state={audits}>
          {(data) =>
            data.audits.edges.length === 0 ? (
              <Empty>No audits.</Empty>
            ) : (
              <>
                <ul className="links">
                  {data.audits.edges.map(({ node }) => (
                    <li key={node.id}>
                      <Link to={`/audits/${node.id}`}>
                        {node.supplier.name}: {node.type}
                      </Link>{" "}
                      <Badge value={node.status} /> {formatDate(node.plannedDate)} ·{" "}
                      {node.leadAuditor.name}
                    </li>
                  ))}
                </ul>
                <Pager
                  label="Audits"
                  total={data.audits.totalCount}
                  hasNext={data.audits.pageInfo.hasNextPage}
                  hasPrevious={pages.hasPrevious}
                  onNext={() => pages.next(data.audits.pageInfo.endCursor)}
                  onPrevious={pages.previous}
                />
              </>
            )
          }
        </QueryGate>
      </div>
    </section>
  );
}
