import { HistoryLink } from "../../components/HistoryLink";
import { Fragment, useEffect, useRef, useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { ApiError, isStaleVersion } from "../../api/client";
import { useMutation, useQuery } from "../../api/hooks";
import { ConfirmButton } from "../../components/once";
import {
  AREAS,
  areaLabel,
  Badge,
  Empty,
  ErrorMessage,
  formatDate,
  Notice,
  QueryGate,
  SelectField,
} from "../../components/ui";
import { graphql } from "../../gql";
import type { ChecklistQuery } from "../../gql/graphql";
import {
  answerTypeLabel,
  blankItem,
  ChecklistItemFields,
  inputOf,
  rowOf,
  type ItemRow,
} from "./ChecklistItemFields";
import { checklistStatusLabel } from "./checklist-labels";

const ONE = graphql(`
  query Checklist($id: ID!) {
    checklist(id: $id) {
      id
      familyId
      name
      version
      status
      revision
      publishedAt
      retiredAt
      items {
        id
        code
        area
        question
        guidance
        answerType
        weight
        zeroTolerance
        evidenceRequired
        order
      }
    }
    checklists {
      id
      familyId
      version
      status
    }
  }
`);
const PUBLISH = graphql(`
  mutation PublishChecklist($id: ID!) {
    publishChecklist(id: $id) {
      id
      status
    }
  }
`);
const REVISE = graphql(`
  mutation ReviseChecklist($id: ID!) {
    reviseChecklist(id: $id) {
      id
      version
    }
  }
`);
const ADD = graphql(`
  mutation AddChecklistItem(
    $id: ID!
    $revision: Int!
    $input: ChecklistItemInput!
    $position: Int
  ) {
    addChecklistItem(
      checklistId: $id
      expectedRevision: $revision
      input: $input
      position: $position
    ) {
      id
      revision
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateChecklistItem($id: ID!, $revision: Int!, $input: ChecklistItemInput!) {
    updateChecklistItem(id: $id, expectedRevision: $revision, input: $input) {
      id
      revision
    }
  }
`);
const REMOVE = graphql(`
  mutation RemoveChecklistItem($id: ID!, $revision: Int!) {
    removeChecklistItem(id: $id, expectedRevision: $revision) {
      id
      revision
    }
  }
`);
const MOVE = graphql(`
  mutation MoveChecklistItem($id: ID!, $revision: Int!, $position: Int!) {
    moveChecklistItem(id: $id, expectedRevision: $revision, position: $position) {
      id
      revision
    }
  }
`);

type Checklist = NonNullable<ChecklistQuery["checklist"]>;
type Item = Checklist["items"][number];

/**
 * A stale revision: another admin edited the draft; the editor offers a reload. Scrolled into
 * view, as the button pressed may be far below the top of the list.
 */
function StaleNotice({ error, reload }: { error: unknown; reload: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const stale = isStaleVersion(error);
  useEffect(() => {
    if (stale) ref.current?.scrollIntoView({ block: "center" });
  }, [stale, error]);
  if (!stale) return <ErrorMessage error={error} />;
  return (
    <div className="error" role="alert" ref={ref}>
      Someone else changed this draft after you opened it, so your change was not saved. Reload to
      see their change, then make yours again.{" "}
      <button type="button" onClick={reload}>
        Reload
      </button>
    </div>
  );
}

const FORM_FIELDS = new Set([
  "code",
  "area",
  "question",
  "guidance",
  "answerType",
  "weight",
  "position",
]);

/**
 * The error to show above the form: anything but field problems the inputs show themselves
 * (a full checklist, say, is a problem of no input).
 */
function formLevel(error: unknown): unknown {
  if (!(error instanceof ApiError) || error.code !== "BAD_USER_INPUT") return error;
  const shown = error.fields.every((field) => FORM_FIELDS.has(field.path.replace(/^input\./, "")));
  return shown ? undefined : error;
}

function ItemEditForm({
  checklist,
  item,
  onDone,
  onCancel,
  reload,
}: {
  checklist: Checklist;
  item: Item;
  onDone: () => void;
  onCancel: () => void;
  reload: () => void;
}) {
  const [row, setRow] = useState<ItemRow>(() => rowOf(item));
  const update = useMutation(UPDATE);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await update.run({
      id: item.id,
      revision: checklist.revision,
      input: inputOf(row),
    });
    if (ok) onDone();
  };
  return (
    <form
      className="item-edit"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={`Edit question ${item.code}`}
    >
      <StaleNotice error={formLevel(update.error)} reload={reload} />
      <ChecklistItemFields
        row={row}
        error={update.error}
        onChange={(change) => setRow((current) => ({ ...current, ...change }))}
      />
      <div className="button-row">
        <button type="submit" className="primary" disabled={update.busy}>
          Save question
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function AddItemForm({ checklist, onDone }: { checklist: Checklist; onDone: () => void }) {
  const [row, setRow] = useState<ItemRow>(blankItem);
  const [position, setPosition] = useState("");
  const add = useMutation(ADD);
  const items = checklist.items;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await add.run({
      id: checklist.id,
      revision: checklist.revision,
      input: inputOf(row),
      position: position === "" ? null : Number(position),
    });
    if (ok) {
      setRow(blankItem());
      setPosition("");
      onDone();
    }
  };
  return (
    <form
      className="card"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="add-question-heading"
    >
      <h2 id="add-question-heading">Add a question</h2>
      <StaleNotice error={formLevel(add.error)} reload={onDone} />
      <ChecklistItemFields
        row={row}
        error={add.error}
        onChange={(change) => setRow((current) => ({ ...current, ...change }))}
      />
      <SelectField
        label="Place"
        name="position"
        value={position}
        error={add.error}
        options={[
          { value: "", label: "At the end" },
          ...items.map((item, index) => ({
            value: String(index + 1),
            label: `Before ${index + 1}. ${item.code}`,
          })),
        ]}
        onChange={(e) => setPosition(e.target.value)}
      />
      <button type="submit" className="primary" disabled={add.busy}>
        Add question
      </button>
    </form>
  );
}

function ItemView({ item }: { item: Item }) {
  return (
    <>
      <p className="item-question">
        <strong>{item.code}</strong> · {areaLabel(item.area)}
      </p>
      <p>{item.question}</p>
      {item.guidance ? (
        <p className="muted">Guidance: {item.guidance}</p>
      ) : (
        <p className="muted">No guidance.</p>
      )}
      <p className="item-meta">
        {answerTypeLabel(item.answerType)} · weight {item.weight}
        {item.zeroTolerance && (
          <>
            {" "}
            · <Badge value="Zero tolerance" kind="zero_tolerance" />
          </>
        )}
        {item.evidenceRequired && <> · evidence required</>}
      </p>
    </>
  );
}

/** The editable list of a draft's questions: edit, move up or down, remove. */
function DraftItems({ checklist, reload }: { checklist: Checklist; reload: () => void }) {
  const [editing, setEditing] = useState<string | null>(null);
  const move = useMutation(MOVE);
  const remove = useMutation(REMOVE);
  const items = checklist.items;
  const moveTo = async (item: Item, position: number) => {
    if (await move.run({ id: item.id, revision: checklist.revision, position })) reload();
  };
  return (
    <section className="card" aria-labelledby="questions-heading">
      <h2 id="questions-heading">Questions ({items.length})</h2>
      <StaleNotice error={move.error ?? remove.error} reload={reload} />
      <ol className="checklist-editor">
        {items.map((item, index) => (
          <li key={item.id} id={`item-${item.code}`} className="checklist-editor-item">
            {editing === item.id ? (
              <ItemEditForm
                checklist={checklist}
                item={item}
                onCancel={() => setEditing(null)}
                onDone={() => {
                  setEditing(null);
                  reload();
                }}
                reload={reload}
              />
            ) : (
              <>
                <ItemView item={item} />
                <div className="button-row">
                  <button
                    type="button"
                    onClick={() => setEditing(item.id)}
                    aria-label={`Edit ${item.code}`}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    disabled={index === 0 || move.busy}
                    onClick={() => void moveTo(item, index)}
                    aria-label={`Move up: ${item.code}`}
                  >
                    Move up
                  </button>
                  <button
                    type="button"
                    disabled={index === items.length - 1 || move.busy}
                    onClick={() => void moveTo(item, index + 2)}
                    aria-label={`Move down: ${item.code}`}
                  >
                    Move down
                  </button>
                  {items.length > 1 && (
                    <ConfirmButton
                      label="Remove"
                      accessibleLabel={`Remove ${item.code}`}
                      question={`Remove ${item.code} from this draft?`}
                      confirmLabel="Yes, remove"
                      busy={remove.busy}
                      onConfirm={async () => {
                        if (await remove.run({ id: item.id, revision: checklist.revision }))
                          reload();
                      }}
                    />
                  )}
                </div>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The read-only questions of a published or retired version. */
function ReadOnlyItems({ checklist }: { checklist: Checklist }) {
  return (
    <div className="table-wrap" role="region" aria-label="Questions" tabIndex={0}>
      <table className="table">
        <caption className="sr-only">Questions</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Code</th>
            <th scope="col">Area</th>
            <th scope="col">Question and guidance</th>
            <th scope="col">Answer</th>
            <th scope="col">Weight</th>
            <th scope="col">Flags</th>
          </tr>
        </thead>
        <tbody>
          {checklist.items.map((item) => (
            <tr key={item.id}>
              <td>{item.order}</td>
              <td>{item.code}</td>
              <td>{areaLabel(item.area)}</td>
              <td>
                {item.question}
                {item.guidance && <div className="muted">Guidance: {item.guidance}</div>}
              </td>
              <td>{answerTypeLabel(item.answerType)}</td>
              <td>{item.weight}</td>
              <td>
                {[
                  item.zeroTolerance ? "zero tolerance" : "",
                  item.evidenceRequired ? "evidence required" : "",
                ]
                  .filter(Boolean)
                  .join(", ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PublishBox({ checklist, onDone }: { checklist: Checklist; onDone: () => void }) {
  const publish = useMutation(PUBLISH);
  const problems = publish.error instanceof ApiError ? publish.error.fields : [];
  const uncovered = AREAS.filter((area) => !checklist.items.some((item) => item.area === area));
  return (
    <div className="card">
      <h2>Publish</h2>
      <p>
        Once published, this version never changes: self-assessments and audits can use it, and
        later changes need a new revision.
      </p>
      {uncovered.length > 0 && (
        <p className="muted">
          No questions yet in: {uncovered.map(areaLabel).join(", ")}. Suppliers answering only this
          checklist get no self-assessment score in those areas.
        </p>
      )}
      {problems.length > 0 ? (
        <div className="error" role="alert">
          <p>This draft cannot be published yet:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem.path}>{problem.message}</li>
            ))}
          </ul>
        </div>
      ) : (
        <ErrorMessage error={publish.error} />
      )}
      <ConfirmButton
        label="Publish"
        question={`Publish ${checklist.name} version ${checklist.version}? It cannot be edited afterwards.`}
        confirmLabel="Yes, publish"
        busy={publish.busy}
        onConfirm={async () => {
          if (await publish.run({ id: checklist.id })) onDone();
        }}
      />
    </div>
  );
}

function ReviseBox({
  checklist,
  draftId,
  draftVersion,
}: {
  checklist: Checklist;
  draftId?: string;
  draftVersion?: number;
}) {
  const navigate = useNavigate();
  const revise = useMutation(REVISE);
  if (draftId) {
    return (
      <Notice>
        A new version is being prepared:{" "}
        <Link to={`/admin/checklists/${draftId}`}>edit draft version {draftVersion}</Link>.
      </Notice>
    );
  }
  return (
    <div className="button-row">
      <button
        type="button"
        disabled={revise.busy}
        onClick={() =>
          void revise
            .run({ id: checklist.id })
            .then(
              (result) => result && void navigate(`/admin/checklists/${result.reviseChecklist.id}`),
            )
        }
      >
        Revise (new draft version)
      </button>
      <ErrorMessage error={revise.error} />
    </div>
  );
}

export function ChecklistPage() {
  const { id = "" } = useParams();
  const state = useQuery(ONE, { id });
  return (
    <section>
      <p className="crumbs">
        <Link to="/admin/checklists">Checklists</Link>
      </p>
      <QueryGate state={state}>
        {({ checklist, checklists }) => {
          if (!checklist) return <Empty>Not found.</Empty>;
          const draft = checklists.find(
            (other) => other.familyId === checklist.familyId && other.status === "DRAFT",
          );
          const isDraft = checklist.status === "DRAFT";
          return (
            <>
              <header className="page-head">
                <div>
                  <h1>
                    {checklist.name} v{checklist.version}
                  </h1>
                  <p className="muted">
                    {isDraft
                      ? "Draft: edit its questions, then publish it."
                      : checklist.status === "PUBLISHED"
                        ? `Published ${formatDate(checklist.publishedAt)}: read-only.`
                        : `Retired ${formatDate(checklist.retiredAt)}: read-only.`}
                  </p>
                </div>
                <div className="head-actions">
                  <Badge value={checklistStatusLabel(checklist.status)} kind={checklist.status} />
                  <HistoryLink
                    entityType="Checklist"
                    entityId={checklist.id}
                    name={`${checklist.name} v${checklist.version}`}
                  />
                </div>
              </header>
              {isDraft ? (
                // Keyed by revision: a reload after any edit starts the forms afresh, errors gone.
                <Fragment key={checklist.revision}>
                  <DraftItems checklist={checklist} reload={state.reload} />
                  <AddItemForm checklist={checklist} onDone={state.reload} />
                  <PublishBox checklist={checklist} onDone={state.reload} />
                </Fragment>
              ) : (
                <>
                  <ReviseBox
                    checklist={checklist}
                    draftId={draft?.id}
                    draftVersion={draft?.version}
                  />
                  <ReadOnlyItems checklist={checklist} />
                </>
              )}
            </>
          );
        }}
      </QueryGate>
    </section>
  );
}
