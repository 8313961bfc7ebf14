import { HistoryLink } from "../../components/HistoryLink";
import { useMemo, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
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
          saqQuestion
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
  const { t } = useTranslation("saq");
  const returnIt = async (event: FormEvent) => {
    event.preventDefault();
    if (await ret.run({ id: saq.id, reason })) onDone();
  };
  return (
    <div className="card review">
      <h2>{t("review.title")}</h2>
      <p>{t("review.intro")}</p>
      <ErrorMessage error={review.error} />
      <button
        type="button"
        className="primary"
        disabled={review.busy}
        onClick={() => void review.run({ id: saq.id }).then((ok) => ok && onDone())}
      >
        {t("review.markReviewed")}
      </button>
      <form onSubmit={(event) => void returnIt(event)} noValidate>
        <TextArea
          label={t("review.reason")}
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
          {t("review.return")}
        </button>
      </form>
    </div>
  );
}

/** Only on paper: who, what and when, since the printout has no portal around it. */
function PrintHeader({ saq }: { saq: SelfAssessment }) {
  const { t } = useTranslation("saq");
  return (
    <div className="print-header" aria-hidden="true">
      <p className="print-title">{t("print.title", { reference: saq.reference })}</p>
      <dl>
        <dt>{t("print.supplier")}</dt>
        <dd>{saq.supplier.name}</dd>
        <dt>{t("print.checklist")}</dt>
        <dd>
          {t("print.checklistValue", {
            name: saq.checklist.name,
            version: saq.checklist.version,
          })}
        </dd>
        <dt>{t("print.status")}</dt>
        <dd>
          {t("print.statusValue", {
            status: saqStatusLabel(saq.status),
            percent: Math.round(saq.completion * 100),
          })}
        </dd>
        <dt>{t("print.started")}</dt>
        <dd>{formatDate(saq.createdAt)}</dd>
        <dt>{t("print.submitted")}</dt>
        <dd>{saq.submittedAt ? formatDate(saq.submittedAt) : t("print.notYet")}</dd>
        {saq.reviewedAt && (
          <>
            <dt>{t("print.reviewed")}</dt>
            <dd>{formatDate(saq.reviewedAt)}</dd>
          </>
        )}
        <dt>{t("print.printed")}</dt>
        <dd>{formatDate(new Date().toISOString())}</dd>
      </dl>
    </div>
  );
}

function SaqEditor({ saq, reload }: { saq: SelfAssessment; reload: () => void }) {
  const { t } = useTranslation("saq");
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
            {t("page.title", {
              reference: saq.reference,
              name: saq.checklist.name,
              version: saq.checklist.version,
            })}
          </h1>
          <p className="muted">
            {saq.supplier.name}
            {t("dates.separator")}
            {saqDates(saq)}
          </p>
        </div>
        <div className="page-head-actions">
          <Badge value={saqStatusLabel(saq.status)} kind={saq.status} />
          <HistoryLink
            // eslint-disable-next-line i18next/no-literal-string -- an entity type code
            entityType="SelfAssessment"
            entityId={saq.id}
            name={saq.reference}
          />
          <button type="button" className="no-print" onClick={() => window.print()}>
            {t("page.print")}
          </button>
        </div>
      </header>
      <div className="sticky-progress">
        <ProgressBar value={completion} label={t("page.progress")} />
        <span className="save-state" role="status" aria-live="polite">
          {saveState === "saving"
            ? t("page.saving")
            : saveState === "saved"
              ? t("page.saved")
              : saveState === "error"
                ? t("page.notSaved")
                : ""}
        </span>
      </div>
      {saq.status === "RETURNED" && saq.returnReason && (
        <div className="notice warn" role="status">
          <strong>{t("page.returnedBy")}</strong> {saq.returnReason}
        </div>
      )}
      {saq.status === "SUBMITTED" && <Notice>{t("page.submittedNotice")}</Notice>}
      {saq.status === "REVIEWED" && (
        <Notice>{t("page.reviewedNotice", { date: formatDate(saq.reviewedAt) })}</Notice>
      )}
      {conflict ? (
        <div className="error" role="alert">
          {t("page.conflict")}{" "}
          <button type="button" onClick={reload}>
            {t("page.reload")}
          </button>
        </div>
      ) : (
        saveError !== undefined &&
        !(saveError instanceof ApiError && saveError.fields.length > 0) && (
          <ErrorMessage error={saveError} />
        )
      )}
      {reviewer && <ReviewActions saq={saq} onDone={reload} />}

      <nav className="area-index no-print" aria-label={t("page.areas")}>
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
          <h2>{t("page.submitTitle")}</h2>
          {missing.length > 0 && (
            <div className="error" role="alert">
              <p>{t("page.cannotSubmit", { n: missing.length })}</p>
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
            {submitting ? t("page.submitting") : t("page.submit")}
          </button>
        </div>
      )}
    </section>
  );
}

export function SaqPage() {
  const { t } = useTranslation("saq");
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
        <Link to="/saqs">{t("page.crumb")}</Link>
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
