import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
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

/** Field names of question `index`, as the API's field errors name them. */
const itemPrefix = (index: number) => `items.${index}.`;
const checklistPath = (id: string) => `/admin/checklists/${id}`;

/** Edit a draft, or revise a published version unless its family already has a draft. */
function Actions({ checklist, draft }: { checklist: Listed; draft?: Listed }) {
  const { t } = useTranslation("admin");
  const navigate = useNavigate();
  const revise = useMutation(REVISE);
  if (checklist.status === "DRAFT")
    return (
      <Link
        to={`/admin/checklists/${checklist.id}`}
        aria-label={t("checklists.editDraftLabel", {
          name: checklist.name,
          version: checklist.version,
        })}
      >
        {t("checklists.editDraft")}
      </Link>
    );
  if (draft)
    return (
      <Link to={`/admin/checklists/${draft.id}`}>
        {t("checklists.draftInProgress", { version: draft.version })}
      </Link>
    );
  return (
    <>
      <button
        type="button"
        disabled={revise.busy}
        aria-label={t("checklists.reviseLabel", {
          name: checklist.name,
          version: checklist.version,
        })}
        onClick={() =>
          void revise
            .run({ id: checklist.id })
            .then(
              (result) => result && void navigate(`/admin/checklists/${result.reviseChecklist.id}`),
            )
        }
      >
        {t("checklists.revise")}
      </button>
      <ErrorMessage error={revise.error} />
    </>
  );
}

function CreateChecklistForm({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useTranslation("admin");
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
      <h2>{t("checklists.create.title")}</h2>
      <p className="muted">{t("checklists.create.intro")}</p>
      <ErrorMessage error={error} />
      <TextField
        label={t("checklists.create.name")}
        name="name"
        value={name}
        error={error}
        onChange={(e) => setName(e.target.value)}
      />
      {items.map((row, index) => (
        <fieldset key={index} className="item-row">
          <legend>{t("checklists.create.question", { number: index + 1 })}</legend>
          <ChecklistItemFields
            row={row}
            prefix={itemPrefix(index)}
            error={error}
            onChange={(change) => patch(index, change)}
          />
          {items.length > 1 && (
            <button
              type="button"
              className="link-button"
              onClick={() => setItems((current) => current.filter((_, i) => i !== index))}
            >
              {t("checklists.create.removeQuestion", { number: index + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      <div className="button-row">
        <button type="button" onClick={() => setItems((current) => [...current, blankItem()])}>
          {t("checklists.create.addQuestion")}
        </button>
        <button type="submit" className="primary" disabled={create.busy}>
          {t("checklists.create.submit")}
        </button>
      </div>
    </form>
  );
}

export function ChecklistsPage() {
  const { t } = useTranslation("admin");
  const state = useQuery(LIST);
  const navigate = useNavigate();
  return (
    <section>
      <h1>{t("checklists.title")}</h1>
      <QueryGate state={state}>
        {({ checklists }) =>
          checklists.length === 0 ? (
            <Empty>{t("checklists.none")}</Empty>
          ) : (
            <div
              className="table-wrap"
              role="region"
              aria-label={t("checklists.tableLabel")}
              tabIndex={0}
            >
              <table className="table">
                <caption className="sr-only">{t("checklists.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("checklists.columns.name")}</th>
                    <th scope="col">{t("checklists.columns.version")}</th>
                    <th scope="col">{t("checklists.columns.status")}</th>
                    <th scope="col">{t("checklists.columns.questions")}</th>
                    <th scope="col">{t("checklists.columns.published")}</th>
                    <th scope="col">{t("checklists.columns.actions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {checklists.map((checklist) => (
                    <tr key={checklist.id}>
                      <td>
                        <Link to={`/admin/checklists/${checklist.id}`}>{checklist.name}</Link>
                      </td>
                      <td>{t("checklists.version", { version: checklist.version })}</td>
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
      <CreateChecklistForm onCreated={(id) => void navigate(checklistPath(id))} />
    </section>
  );
}
