import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router-dom";
import { useMutation, useQuery } from "../../api/hooks";
import { Badge, Empty, ErrorMessage, formatDate, QueryGate, TextField } from "../../components/ui";
import { graphql } from "../../gql";
import type { ChecklistsQuery } from "../../gql/graphql";
import { blankItem, ChecklistItemFields, inputOf, type ItemRow } from "./ChecklistItemFields";
import { checklistStatusLabel } from "./checklist-labels";

export { ChecklistPage } from "./ChecklistPage";

const LIST = graphql(`
  query Checklists {
    checklists {
      id
      familyId
      name
      version
      status
      publishedAt
      items {
        id
      }
    }
  }
`);
const CREATE = graphql(`
  mutation CreateChecklist($input: CreateChecklistInput!) {
    createChecklist(input: $input) {
      id
    }
  }
`);
const REVISE = graphql(`
  mutation ReviseChecklistFromList($id: ID!) {
    reviseChecklist(id: $id) {
      id
      version
    }
  }
`);

type Listed = ChecklistsQuery["checklists"][number];

/** Edit a draft, or revise a published version unless its family already has a draft. */
function Actions({ checklist, draft }: { checklist: Listed; draft?: Listed }) {
  const navigate = useNavigate();
  const revise = useMutation(REVISE);
  if (checklist.status === "DRAFT")
    return (
      <Link
        to={`/admin/checklists/${checklist.id}`}
        aria-label={`Edit draft ${checklist.name} v${checklist.version}`}
      >
        Edit draft
      </Link>
    );
  if (draft)
    return <Link to={`/admin/checklists/${draft.id}`}>Draft v{draft.version} in progress</Link>;
  return (
    <>
      <button
        type="button"
        disabled={revise.busy}
        aria-label={`Revise ${checklist.name} v${checklist.version}`}
        onClick={() =>
          void revise
            .run({ id: checklist.id })
            .then(
              (result) => result && void navigate(`/admin/checklists/${result.reviseChecklist.id}`),
            )
        }
      >
        Revise
      </button>
      <ErrorMessage error={revise.error} />
    </>
  );
}

function CreateChecklistForm({ onCreated }: { onCreated: (id: string) => void }) {
  const [name, setName] = useState("");
  const [items, setItems] = useState<ItemRow[]>([blankItem()]);
  const create = useMutation(CREATE);
  const patch = (index: number, change: Partial<ItemRow>) =>
    setItems((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create.run({ input: { name, items: items.map(inputOf) } });
    if (result) onCreated(result.createChecklist.id);
  };
  const error = create.error;
  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate>
      <h2>Create a checklist</h2>
      <p className="muted">
        It starts as a draft: you can add, edit, reorder and remove its questions before publishing
        it.
      </p>
      <ErrorMessage error={error} />
      <TextField
        label="Checklist name"
        name="name"
        value={name}
        error={error}
        onChange={(e) => setName(e.target.value)}
      />
      {items.map((row, index) => (
        <fieldset key={index} className="item-row">
          <legend>Question {index + 1}</legend>
          <ChecklistItemFields
            row={row}
            prefix={`items.${index}.`}
            error={error}
            onChange={(change) => patch(index, change)}
          />
          {items.length > 1 && (
            <button
              type="button"
              className="link-button"
              onClick={() => setItems((current) => current.filter((_, i) => i !== index))}
            >
              Remove question {index + 1}
            </button>
          )}
        </fieldset>
      ))}
      <div className="button-row">
        <button type="button" onClick={() => setItems((current) => [...current, blankItem()])}>
          Add a question
        </button>
        <button type="submit" className="primary" disabled={create.busy}>
          Create draft checklist
        </button>
      </div>
    </form>
  );
}

export function ChecklistsPage() {
  const state = useQuery(LIST);
  const navigate = useNavigate();
  return (
    <section>
      <h1>Checklists</h1>
      <QueryGate state={state}>
        {({ checklists }) =>
          checklists.length === 0 ? (
            <Empty>No checklists.</Empty>
          ) : (
            <div className="table-wrap" role="region" aria-label="Checklists" tabIndex={0}>
              <table className="table">
                <caption className="sr-only">Checklists</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Version</th>
                    <th scope="col">Status</th>
                    <th scope="col">Questions</th>
                    <th scope="col">Published</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {checklists.map((checklist) => (
                    <tr key={checklist.id}>
                      <td>
                        <Link to={`/admin/checklists/${checklist.id}`}>{checklist.name}</Link>
                      </td>
                      <td>v{checklist.version}</td>
                      <td>
                        <Badge
                          value={checklistStatusLabel(checklist.status)}
                          kind={checklist.status}
                        />
                      </td>
                      <td>{checklist.items.length}</td>
                      <td>{formatDate(checklist.publishedAt)}</td>
                      <td>
                        <Actions
                          checklist={checklist}
                          draft={checklists.find(
                            (other) =>
                              other.familyId === checklist.familyId && other.status === "DRAFT",
                          )}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryGate>
      <CreateChecklistForm onCreated={(id) => void navigate(`/admin/checklists/${id}`)} />
    </section>
  );
}
