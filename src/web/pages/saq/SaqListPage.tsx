import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router-dom";
import { useViewer } from "../../api/auth";
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

const MY_SAQS = graphql(`
  query MySaqs($id: ID!) {
    supplier(id: $id) {
      id
      selfAssessments {
        id
        status
        completion
        submittedAt
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

function StartForm({
  supplierId,
  checklists,
}: {
  supplierId: string;
  checklists: MySaqsQuery["checklists"];
}) {
  const navigate = useNavigate();
  const [checklistId, setChecklistId] = useState(checklists[0]?.id ?? "");
  const start = useMutation(START);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await start.run({ supplierId, checklistId });
    if (result) void navigate(`/saqs/${result.startSelfAssessment.id}`);
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
        onChange={(event) => setChecklistId(event.target.value)}
      />
      <button type="submit" className="primary" disabled={start.busy}>
        Start
      </button>
      <ErrorMessage error={start.error} />
    </form>
  );
}

function SupplierSaqs({ supplierId }: { supplierId: string }) {
  const state = useQuery(MY_SAQS, { id: supplierId });
  return (
    <QueryGate state={state}>
      {(data) => (
        <>
          {data.supplier && data.supplier.selfAssessments.length === 0 ? (
            <Empty>No self-assessments yet: start one below.</Empty>
          ) : (
            <ul className="cards">
              {data.supplier?.selfAssessments.map((saq) => (
                <li key={saq.id} className="card">
                  <h2>
                    <Link to={`/saqs/${saq.id}`}>
                      {saq.checklist.name} v{saq.checklist.version}
                    </Link>
                  </h2>
                  <Badge value={saq.status} /> {Math.round(saq.completion * 100)}% answered ·
                  submitted {formatDate(saq.submittedAt)}
                  {saq.status === "RETURNED" && saq.returnReason && (
                    <p className="warn-text">Returned: {saq.returnReason}</p>
                  )}
                </li>
              ))}
            </ul>
          )}
          <StartForm supplierId={supplierId} checklists={data.checklists} />
        </>
      )}
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
