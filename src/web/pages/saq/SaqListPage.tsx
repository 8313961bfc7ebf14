import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
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
  const { t } = useTranslation("saq");
  return (
    <div className="notice" role="status">
      <p>{t("list.inProgress")}</p>
      <p>
        <Link to={`/saqs/${saq.id}`}>
          {t("list.continue", {
            reference: saq.reference,
            percent: Math.round(saq.completion * 100),
            date: formatDate(saq.createdAt),
            returned: saq.status === "RETURNED" ? t("list.continueReturned") : "",
          })}
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
  const { t } = useTranslation("saq");
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
  if (checklists.length === 0) return <Empty>{t("list.noChecklist")}</Empty>;
  return (
    <form className="card inline-form" onSubmit={(event) => void submit(event)}>
      <h2>{t("list.startTitle")}</h2>
      <SelectField
        label={t("list.checklist")}
        name="checklistId"
        value={checklistId}
        error={start.error}
        options={checklists.map((checklist) => ({
          value: checklist.id,
          label: t("list.checklistOption", {
            name: checklist.name,
            version: checklist.version,
          }),
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
          {t("list.start")}
        </button>
      )}
      {!(startedElsewhere && open) && <ErrorMessage error={start.error} />}
    </form>
  );
}

function SupplierSaqs({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation("saq");
  const state = useQuery(MY_SAQS, { id: supplierId });
  return (
    <QueryGate state={state}>
      {(data) => {
        const saqs = data.supplier?.selfAssessments ?? [];
        return (
          <>
            {saqs.length === 0 ? (
              <Empty>{t("list.none")}</Empty>
            ) : (
              <ul className="cards saq-list">
                {saqs.map((saq) => (
                  <li key={saq.id} className="card">
                    <h2>
                      <Link to={`/saqs/${saq.id}`}>
                        {t("list.cardTitle", {
                          reference: saq.reference,
                          name: saq.checklist.name,
                          version: saq.checklist.version,
                        })}
                      </Link>
                    </h2>
                    <p>
                      <Badge value={saqStatusLabel(saq.status)} kind={saq.status} />{" "}
                      {t("list.answered", { percent: Math.round(saq.completion * 100) })}
                    </p>
                    <p className="muted">{saqDates(saq)}</p>
                    {saq.status === "RETURNED" && saq.returnReason && (
                      <p className="warn-text">
                        {t("list.returned", { reason: saq.returnReason })}
                      </p>
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
  const { t } = useTranslation("saq");
  const viewer = useViewer();
  return (
    <section>
      <h1>{t("list.title")}</h1>
      {viewer.role === "SUPPLIER" && viewer.supplier ? (
        <SupplierSaqs supplierId={viewer.supplier.id} />
      ) : (
        <SaqsToReview />
      )}
    </section>
  );
}
