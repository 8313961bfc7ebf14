import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { useMutation, useQuery } from "../../api/hooks";
import {
  AREAS,
  areaLabel,
  Badge,
  Empty,
  ErrorMessage,
  formatDate,
  QueryGate,
  SelectField,
  TextField,
} from "../../components/ui";
import { graphql } from "../../gql";
import type { AnswerType, EsgArea } from "../../gql/graphql";

const LIST = graphql(`
  query Checklists {
    checklists {
      id
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
const ONE = graphql(`
  query Checklist($id: ID!) {
    checklist(id: $id) {
      id
      name
      version
      status
      publishedAt
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
  }
`);
const CREATE = graphql(`
  mutation CreateChecklist($input: CreateChecklistInput!) {
    createChecklist(input: $input) {
      id
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

const ANSWER_TYPES: AnswerType[] = ["YES_NO", "SCALE_0_4", "NUMBER", "TEXT"];

interface ItemRow {
  code: string;
  area: EsgArea;
  question: string;
  answerType: AnswerType;
  weight: string;
  zeroTolerance: boolean;
  evidenceRequired: boolean;
}

const blankItem = (): ItemRow => ({
  code: "",
  area: AREAS[0],
  question: "",
  answerType: "YES_NO",
  weight: "3",
  zeroTolerance: false,
  evidenceRequired: false,
});

function Lifecycle({
  checklist,
  onDone,
}: {
  checklist: { id: string; status: string };
  onDone: (revisedId?: string) => void;
}) {
  const publish = useMutation(PUBLISH);
  const revise = useMutation(REVISE);
  return (
    <>
      {checklist.status === "DRAFT" && (
        <button
          type="button"
          disabled={publish.busy}
          onClick={() => void publish.run({ id: checklist.id }).then((ok) => ok && onDone())}
        >
          Publish
        </button>
      )}
      {checklist.status !== "DRAFT" && (
        <button
          type="button"
          disabled={revise.busy}
          onClick={() =>
            void revise
              .run({ id: checklist.id })
              .then((result) => result && onDone(result.reviseChecklist.id))
          }
        >
          Revise
        </button>
      )}
      <ErrorMessage error={publish.error ?? revise.error} />
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
    const result = await create.run({
      input: {
        name,
        items: items.map((row) => ({
          code: row.code,
          area: row.area,
          question: row.question,
          answerType: row.answerType,
          weight: Number(row.weight),
          zeroTolerance: row.zeroTolerance,
          evidenceRequired: row.evidenceRequired,
        })),
      },
    });
    if (result) onCreated(result.createChecklist.id);
  };
  const error = create.error;
  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate>
      <h2>Create a checklist</h2>
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
          <legend>Item {index + 1}</legend>
          <div className="form-grid">
            <TextField
              label="Code"
              name={`items.${index}.code`}
              value={row.code}
              error={error}
              onChange={(e) => patch(index, { code: e.target.value })}
            />
            <SelectField
              label="Area"
              name={`items.${index}.area`}
              value={row.area}
              error={error}
              options={AREAS.map((value) => ({ value, label: areaLabel(value) }))}
              onChange={(e) => patch(index, { area: e.target.value as EsgArea })}
            />
            <SelectField
              label="Answer type"
              name={`items.${index}.answerType`}
              value={row.answerType}
              error={error}
              options={ANSWER_TYPES.map((value) => ({ value, label: value }))}
              onChange={(e) => patch(index, { answerType: e.target.value as AnswerType })}
            />
            <TextField
              label="Weight (1-5)"
              name={`items.${index}.weight`}
              type="number"
              min={1}
              max={5}
              value={row.weight}
              error={error}
              onChange={(e) => patch(index, { weight: e.target.value })}
            />
          </div>
          <TextField
            label="Question"
            name={`items.${index}.question`}
            value={row.question}
            error={error}
            onChange={(e) => patch(index, { question: e.target.value })}
          />
          <div className="checks">
            <label>
              <input
                type="checkbox"
                checked={row.zeroTolerance}
                onChange={(e) => patch(index, { zeroTolerance: e.target.checked })}
              />{" "}
              Zero tolerance
            </label>
            <label>
              <input
                type="checkbox"
                checked={row.evidenceRequired}
                onChange={(e) => patch(index, { evidenceRequired: e.target.checked })}
              />{" "}
              Evidence required
            </label>
            {items.length > 1 && (
              <button
                type="button"
                className="link-button"
                onClick={() => setItems((current) => current.filter((_, i) => i !== index))}
              >
                Remove item {index + 1}
              </button>
            )}
          </div>
        </fieldset>
      ))}
      <div className="button-row">
        <button type="button" onClick={() => setItems((current) => [...current, blankItem()])}>
          Add an item
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
            <div className="table-wrap">
              <table className="table">
                <caption className="sr-only">Checklists</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Version</th>
                    <th scope="col">Status</th>
                    <th scope="col">Items</th>
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
                        <Badge value={checklist.status} />
                      </td>
                      <td>{checklist.items.length}</td>
                      <td>{formatDate(checklist.publishedAt)}</td>
                      <td>
                        <Lifecycle
                          checklist={checklist}
                          onDone={(revisedId) =>
                            revisedId
                              ? void navigate(`/admin/checklists/${revisedId}`)
                              : state.reload()
                          }
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

export function ChecklistPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const state = useQuery(ONE, { id });
  return (
    <section>
      <p className="crumbs">
        <Link to="/admin/checklists">Checklists</Link>
      </p>
      <QueryGate state={state}>
        {({ checklist }) =>
          !checklist ? (
            <Empty>Not found.</Empty>
          ) : (
            <>
              <header className="page-head">
                <h1>
                  {checklist.name} v{checklist.version}
                </h1>
                <Badge value={checklist.status} />
              </header>
              <div className="button-row">
                <Lifecycle
                  checklist={checklist}
                  onDone={(revisedId) =>
                    revisedId ? void navigate(`/admin/checklists/${revisedId}`) : state.reload()
                  }
                />
              </div>
              <div className="table-wrap">
                <table className="table">
                  <caption className="sr-only">Items</caption>
                  <thead>
                    <tr>
                      <th scope="col">Code</th>
                      <th scope="col">Area</th>
                      <th scope="col">Question</th>
                      <th scope="col">Type</th>
                      <th scope="col">Weight</th>
                      <th scope="col">Flags</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...checklist.items]
                      .sort((a, b) => a.order - b.order)
                      .map((item) => (
                        <tr key={item.id}>
                          <td>{item.code}</td>
                          <td>{areaLabel(item.area)}</td>
                          <td>{item.question}</td>
                          <td>{item.answerType}</td>
                          <td>{item.weight}</td>
                          <td>
                            {item.zeroTolerance && "zero tolerance "}
                            {item.evidenceRequired && "evidence"}
                          </td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
            </>
          )
        }
      </QueryGate>
    </section>
  );
}
