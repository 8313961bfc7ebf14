import { HistoryLink } from "../../components/HistoryLink";
import { useMemo, useRef, useState, type FormEvent } from "react";
import { Link, useParams } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { ApiError, gql } from "../../api/client";
import { useMutation, useQuery } from "../../api/hooks";
import {
  AREAS,
  areaLabel,
  Badge,
  ErrorMessage,
  formatDate,
  Loading,
  Notice,
  ProgressBar,
  TextArea,
} from "../../components/ui";
import { graphql } from "../../gql";
import { NotFoundPage } from "../NotFoundPage";
import { AnswerItem } from "./AnswerItem";
import { saqDates, saqStatusLabel } from "./saq-labels";
import {
  answerInput,
  draftOf,
  hasValue,
  type Draft,
  type Item,
  type SelfAssessment,
} from "./saq.types";

const SAQ = graphql(`
  query SelfAssessment($id: ID!) {
    selfAssessment(id: $id) {
      id
      reference
      status
      completion
      version
      returnReason
      createdAt
      submittedAt
      reviewedAt
      supplier {
        id
        name
      }
      checklist {
        id
        name
        version
        items {
          id
          code
          area
          question
          guidance
          answerType
          evidenceRequired
          zeroTolerance
          order
        }
      }
      answers {
        item {
          id
        }
        choice
        scale
        number
        text
        comment
        evidence {
          title
          url
          documentId
          sha256
          document {
            id
            filename
            size
            downloadUrl
          }
        }
      }
      areaScores {
        area
        score
      }
    }
  }
`);
const SAVE = graphql(`
  mutation SaveAnswers($id: ID!, $v: Int, $answers: [AnswerInput!]!) {
    saveAnswers(selfAssessmentId: $id, expectedVersion: $v, answers: $answers) {
      id
      version
      completion
      status
    }
  }
`);
const SUBMIT = graphql(`
  mutation SubmitSelfAssessment($id: ID!) {
    submitSelfAssessment(id: $id) {
      id
      status
      version
    }
  }
`);
const RETURN = graphql(`
  mutation ReturnSelfAssessment($id: ID!, $reason: String!) {
    returnSelfAssessment(id: $id, reason: $reason) {
      id
      status
    }
  }
`);
const REVIEW = graphql(`
  mutation ReviewSelfAssessment($id: ID!) {
    reviewSelfAssessment(id: $id) {
      id
      status
    }
  }
`);

type SaveState = "idle" | "saving" | "saved" | "error";

function ReviewActions({ saq, onDone }: { saq: SelfAssessment; onDone: () => void }) {
  const [reason, setReason] = useState("");
  const ret = useMutation(RETURN);
  const review = useMutation(REVIEW);
  const returnIt = async (event: FormEvent) => {
    event.preventDefault();
    if (await ret.run({ id: saq.id, reason })) onDone();
  };
  return (
    <div className="card review">
      <h2>Review</h2>
      <p>Read the answers below, then accept them or send the questionnaire back.</p>
      <ErrorMessage error={review.error} />
      <button
        type="button"
        className="primary"
        disabled={review.busy}
        onClick={() => void review.run({ id: saq.id }).then((ok) => ok && onDone())}
      >
        Mark reviewed
      </button>
      <form onSubmit={(event) => void returnIt(event)} noValidate>
        <TextArea
          label="Reason for returning it to the supplier"
          name="reason"
          rows={3}
          value={reason}
          error={ret.error}
          onChange={(event) => setReason(event.target.value)}
        />
        {!(ret.error instanceof ApiError && ret.error.fields.length > 0) && (
          <ErrorMessage error={ret.error} />
        )}
        <button type="submit" disabled={ret.busy}>
          Return to supplier
        </button>
      </form>
    </div>
  );
}

/** Only on paper: who, what and when, since the printout has no portal around it. */
function PrintHeader({ saq }: { saq: SelfAssessment }) {
  return (
    <div className="print-header" aria-hidden="true">
      <p className="print-title">Supplier self-assessment {saq.reference}</p>
      <dl>
        <dt>Supplier</dt>
        <dd>{saq.supplier.name}</dd>
        <dt>Checklist</dt>
        <dd>
          {saq.checklist.name}, version {saq.checklist.version}
        </dd>
        <dt>Status</dt>
        <dd>
          {saqStatusLabel(saq.status)} ({Math.round(saq.completion * 100)}% answered)
        </dd>
        <dt>Started</dt>
        <dd>{formatDate(saq.createdAt)}</dd>
        <dt>Submitted</dt>
        <dd>{saq.submittedAt ? formatDate(saq.submittedAt) : "not yet"}</dd>
        {saq.reviewedAt && (
          <>
            <dt>Reviewed</dt>
            <dd>{formatDate(saq.reviewedAt)}</dd>
          </>
        )}
        <dt>Printed</dt>
        <dd>{formatDate(new Date().toISOString())}</dd>
      </dl>
    </div>
  );
}

function SaqEditor({ saq, reload }: { saq: SelfAssessment; reload: () => void }) {
  const viewer = useViewer();
  const editable =
    (saq.status === "DRAFT" || saq.status === "RETURNED") &&
    (viewer.role === "ADMIN" ||
      (viewer.role === "SUPPLIER" && viewer.supplier?.id === saq.supplier.id));
  const reviewer =
    saq.status === "SUBMITTED" && (viewer.role === "AUDITOR" || viewer.role === "ADMIN");
  const items = useMemo(
    () => [...saq.checklist.items].sort((a, b) => a.order - b.order),
    [saq.checklist.items],
  );
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() => {
    const byItem = new Map(saq.answers.map((answer) => [answer.item.id, answer]));
    return Object.fromEntries(items.map((item) => [item.id, draftOf(byItem.get(item.id))]));
  });
  const saved = useRef<Record<string, string>>(
    Object.fromEntries(
      items
        .filter((item) => hasValue(item, drafts[item.id]))
        .map((item) => [item.id, JSON.stringify(answerInput(item, drafts[item.id]))]),
    ),
  );
  const version = useRef(saq.version);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const [completion, setCompletion] = useState(saq.completion);
  const [saveState, setSaveState] = useState<SaveState>("idle");
  const [saveError, setSaveError] = useState<unknown>();
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [submitError, setSubmitError] = useState<unknown>();
  const [submitting, setSubmitting] = useState(false);
  const conflict = saveError instanceof ApiError && saveError.code === "CONFLICT";

  const save = (item: Item, draft: Draft) => {
    if (!editable || !hasValue(item, draft)) return;
    const input = answerInput(item, draft);
    const key = JSON.stringify(input);
    if (saved.current[item.id] === key) return;
    chain.current = chain.current.then(async () => {
      if (saved.current[item.id] === key) return;
      setSaveState("saving");
      try {
        const data = await gql(SAVE, {
          id: saq.id,
          v: version.current,
          answers: [input],
        });
        version.current = data.saveAnswers.version;
        saved.current[item.id] = key;
        setCompletion(data.saveAnswers.completion);
        setSaveState("saved");
        setSaveError(undefined);
        setProblems(({ [item.code]: _, ...rest }) => rest);
      } catch (error) {
        setSaveState("error");
        setSaveError(error);
        if (error instanceof ApiError && error.fields.length > 0) {
          setProblems((current) => ({
            ...current,
            [item.code]: error.fields.map((field) => field.message).join("; "),
          }));
        }
      }
    });
  };

  const change = (item: Item, next: Draft, saveNow: boolean) => {
    setDrafts((current) => ({ ...current, [item.id]: next }));
    if (saveNow) save(item, next);
  };

  const submit = async () => {
    setSubmitting(true);
    setSubmitError(undefined);
    await chain.current;
    try {
      await gql(SUBMIT, { id: saq.id });
      reload();
    } catch (error) {
      setSubmitError(error);
      if (error instanceof ApiError && error.code === "BAD_USER_INPUT") {
        setProblems(
          Object.fromEntries(
            error.fields.map((field) => [field.path.replace(/^items\./, ""), field.message]),
          ),
        );
      }
    } finally {
      setSubmitting(false);
    }
  };

  const missing = Object.entries(problems);
  return (
    <section className="saq-page">
      <PrintHeader saq={saq} />
      <header className="page-head">
        <div>
          <h1>
            Self-assessment {saq.reference}: {saq.checklist.name} v{saq.checklist.version}
          </h1>
          <p className="muted">
            {saq.supplier.name} · {saqDates(saq)}
          </p>
        </div>
        <div className="page-head-actions">
          <Badge value={saqStatusLabel(saq.status)} kind={saq.status} />
          <HistoryLink entityType="SelfAssessment" entityId={saq.id} name={saq.reference} />
          <button type="button" className="no-print" onClick={() => window.print()}>
            Print
          </button>
        </div>
      </header>
      <div className="sticky-progress">
        <ProgressBar value={completion} label="Questionnaire completion" />
        <span className="save-state" role="status" aria-live="polite">
          {saveState === "saving"
            ? "Saving…"
            : saveState === "saved"
              ? "All changes saved"
              : saveState === "error"
                ? "Not saved"
                : ""}
        </span>
      </div>
      {saq.status === "RETURNED" && saq.returnReason && (
        <div className="notice warn" role="status">
          <strong>Returned by the reviewer:</strong> {saq.returnReason}
        </div>
      )}
      {saq.status === "SUBMITTED" && <Notice>Submitted; waiting for review.</Notice>}
      {saq.status === "REVIEWED" && <Notice>Reviewed on {formatDate(saq.reviewedAt)}.</Notice>}
      {conflict ? (
        <div className="error" role="alert">
          Someone changed this questionnaire in the meantime. Reload to get the latest answers.{" "}
          <button type="button" onClick={reload}>
            Reload
          </button>
        </div>
      ) : (
        saveError !== undefined &&
        !(saveError instanceof ApiError && saveError.fields.length > 0) && (
          <ErrorMessage error={saveError} />
        )
      )}
      {reviewer && <ReviewActions saq={saq} onDone={reload} />}

      <nav className="area-index no-print" aria-label="Areas">
        {AREAS.map((area) => {
          const inArea = items.filter((item) => item.area === area);
          if (inArea.length === 0) return null;
          const done = inArea.filter((item) => hasValue(item, drafts[item.id])).length;
          return (
            <a key={area} href={`#area-${area}`}>
              {areaLabel(area)}{" "}
              <span className="muted">
                {done}/{inArea.length}
              </span>
            </a>
          );
        })}
      </nav>

      {AREAS.map((area) => {
        const inArea = items.filter((item) => item.area === area);
        if (inArea.length === 0) return null;
        return (
          <section
            key={area}
            id={`area-${area}`}
            className="card area"
            aria-labelledby={`h-${area}`}
          >
            <h2 id={`h-${area}`}>{areaLabel(area)}</h2>
            <ol className="saq-items">
              {inArea.map((item) => (
                <AnswerItem
                  key={item.id}
                  item={item}
                  draft={drafts[item.id]}
                  editable={editable}
                  problem={problems[item.code]}
                  onChange={(next, saveNow) => change(item, next, saveNow)}
                />
              ))}
            </ol>
          </section>
        );
      })}

      {editable && (
        <div className="card submit-box">
          <h2>Submit</h2>
          {missing.length > 0 && (
            <div className="error" role="alert">
              <p>It cannot be submitted yet: {missing.length} item(s) need attention.</p>
              <ul className="missing">
                {missing.map(([code, message]) => (
                  <li key={code}>
                    <a href={`#item-${code}`}>{code}</a> {message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {submitError !== undefined &&
            !(submitError instanceof ApiError && submitError.code === "BAD_USER_INPUT") && (
              <ErrorMessage error={submitError} />
            )}
          <button
            type="button"
            className="primary"
            disabled={submitting}
            onClick={() => void submit()}
          >
            {submitting ? "Submitting…" : "Submit self-assessment"}
          </button>
        </div>
      )}
    </section>
  );
}

export function SaqPage() {
  const { id = "" } = useParams();
  const state = useQuery(SAQ, { id });
  const [generation, setGeneration] = useState(0);
  if (state.error && !state.data) {
    const notFound = state.error instanceof ApiError && state.error.code === "NOT_FOUND";
    return notFound ? <NotFoundPage /> : <ErrorMessage error={state.error} />;
  }
  if (!state.data) return <Loading />;
  const saq = state.data.selfAssessment;
  if (!saq) return <NotFoundPage />;
  return (
    <>
      <p className="crumbs">
        <Link to="/saqs">Self-assessments</Link>
      </p>
      <SaqEditor
        key={`${saq.id}-${saq.version}-${generation}`}
        saq={saq}
        reload={() => {
          setGeneration((value) => value + 1);
          state.reload();
        }}
      />
    </>
  );
}
