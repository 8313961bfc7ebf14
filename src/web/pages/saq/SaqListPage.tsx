import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { ApiError } from "../../api/client";
import { useMutation, useQuery } from "../../api/hooks";
import {
  Badge,
  Empty,
  ErrorMessage,
  formatDate,
  QueryGate,
  SelectField,
} from "../../components/ui";
import { SaqsToReview } from "./SaqsToReview";
import { graphql } from "../../gql";
import type { MySaqsQuery } from "../../gql/graphql";
import { isOpenSaq, saqDates, saqStatusLabel } from "./saq-labels";

const MY_SAQS = graphql(`
  query MySaqs($id: ID!) {
    supplier(id: $id) {
      id
      selfAssessments {
        id
        reference
        status
        completion
        createdAt
        submittedAt
        reviewedAt
        returnReason
        checklist {
          id
          name
          version
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
const START = graphql(`
  mutation StartSelfAssessment($supplierId: ID!, $checklistId: ID!) {
    startSelfAssessment(supplierId: $supplierId, checklistId: $checklistId) {
      id
    }
  }
`);

type Saq = NonNullable<MySaqsQuery["supplier"]>["selfAssessments"][number];

/** The way out of the one-open-per-checklist rule: a link to the one already open. */
function InProgress({ saq }: { saq: Saq }) {
  return (
    <div className="notice" role="status">
      <p>You already have a self-assessment in progress for this checklist.</p>
      <p>
        <Link to={`/saqs/${saq.id}`}>
          Continue {saq.reference} ({Math.round(saq.completion * 100)}% answered, started{" "}
          {formatDate(saq.createdAt)}
          {saq.status === "RETURNED" ? ", returned for changes" : ""})
        </Link>
      </p>
    </div>
  );
}

function StartForm({
  supplierId,
  checklists,
  saqs,
  reload,
}: {
  supplierId: string;
  checklists: MySaqsQuery["checklists"];
  saqs: Saq[];
  reload: () => void;
}) {
  const navigate = useNavigate();
  const [checklistId, setChecklistId] = useState(checklists[0]?.id ?? "");
  const start = useMutation(START);
  const open = saqs.find((saq) => saq.checklist.id === checklistId && isOpenSaq(saq.status));
  // Someone else (another tab, a colleague) started one meanwhile: the reload shows it below.
  const startedElsewhere = start.error instanceof ApiError && start.error.code === "CONFLICT";
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await start.run({ supplierId, checklistId });
    if (result) void navigate(`/saqs/${result.startSelfAssessment.id}`);
    else reload();
  };
  if (checklists.length === 0) return <Empty>No published checklist to answer.</Empty>;
  return (
    <form className="card inline-form" onSubmit={(event) => void submit(event)}>
      <h2>Start a self-assessment</h2>
      <SelectField
        label="Checklist"
        name="checklistId"
        value={checklistId}
        error={start.error}
        options={checklists.map((checklist) => ({
          value: checklist.id,
          label: `${checklist.name} v${checklist.version}`,
        }))}
        onChange={(event) => {
          start.reset();
          setChecklistId(event.target.value);
        }}
      />
      {open ? (
        <InProgress saq={open} />
      ) : (
        <button type="submit" className="primary" disabled={start.busy}>
          Start
        </button>
      )}
      {!(startedElsewhere && open) && <ErrorMessage error={start.error} />}
    </form>
  );
}

function SupplierSaqs({ supplierId }: { supplierId: string }) {
  const state = useQuery(MY_SAQS, { id: supplierId });
  return (
    <QueryGate state={state}>
      {(data) => {
        const saqs = data.supplier?.selfAssessments ?? [];
        return (
          <>
            {saqs.length === 0 ? (
              <Empty>No self-assessments yet: start one below.</Empty>
            ) : (
              <ul className="cards saq-list">
                {saqs.map((saq) => (
                  <li key={saq.id} className="card">
                    <h2>
                      <Link to={`/saqs/${saq.id}`}>
                        {saq.reference}: {saq.checklist.name} v{saq.checklist.version}
                      </Link>
                    </h2>
                    <p>
                      <Badge value={saqStatusLabel(saq.status)} kind={saq.status} />{" "}
                      {Math.round(saq.completion * 100)}% answered
                    </p>
                    <p className="muted">{saqDates(saq)}</p>
                    {saq.status === "RETURNED" && saq.returnReason && (
                      <p className="warn-text">Returned: {saq.returnReason}</p>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <StartForm
              supplierId={supplierId}
              checklists={data.checklists}
              saqs={saqs}
              reload={state.reload}
            />
          </>
        );
      }}
    </QueryGate>
  );
}

export function SaqListPage() {
  const viewer = useViewer();
  return (
    <section>
      <h1>Self-assessments</h1>
      {viewer.role === "SUPPLIER" && viewer.supplier ? (
        <SupplierSaqs supplierId={viewer.supplier.id} />
      ) : (
        <SaqsToReview />
      )}
    </section>
  );
}
