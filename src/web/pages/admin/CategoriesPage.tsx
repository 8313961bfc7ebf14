import { useState, type FormEvent } from "react";
import { Trans, useTranslation } from "react-i18next";
import { isStaleVersion } from "../../api/client";
import { useMutation, useQuery } from "../../api/hooks";
import { HistoryLink } from "../../components/HistoryLink";
import {
  Empty,
  ErrorMessage,
  Notice,
  QueryGate,
  SelectField,
  TextField,
} from "../../components/ui";
import { graphql } from "../../gql";
import type { CategoriesPageQuery } from "../../gql/graphql";
import { i18next } from "../../i18n";

const CATEGORIES = graphql(`
  query CategoriesPage {
    materialCategories {
      id
      code
      name
      version
      supplierCount
    }
    supplyChainTierSets {
      id
      name
      tiers {
        id
        name
        position
      }
      categories {
        categoryId
        topTierId
      }
    }
    regulatoryLists {
      code
      name
      applicability {
        applies
        category {
          id
        }
      }
    }
  }
`);
const CREATE = graphql(`
  mutation CreateCategory($input: CreateMaterialCategoryInput!) {
    createMaterialCategory(input: $input) {
      id
    }
  }
`);
const RENAME = graphql(`
  mutation RenameCategory($id: ID!, $expectedVersion: Int!, $input: UpdateMaterialCategoryInput!) {
    updateMaterialCategory(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      name
      version
    }
  }
`);
const SET_TIERS = graphql(`
  mutation SetCategoryTiers($categoryId: ID!, $topTierId: ID) {
    setCategoryTierSet(categoryId: $categoryId, topTierId: $topTierId) {
      categoryId
    }
  }
`);
const SET_LIST = graphql(`
  mutation SetCategoryList($listCode: String!, $categoryId: ID!, $applies: Boolean!) {
    setListApplicability(listCode: $listCode, categoryId: $categoryId, applies: $applies) {
      code
    }
  }
`);

type Data = CategoriesPageQuery;
type Category = Data["materialCategories"][number];

function tierOption(setName: string, tierName: string | undefined): string {
  return i18next.t("admin:categories.tierOption", {
    set: setName,
    tier: tierName ?? i18next.t("admin:categories.unknownTier"),
  });
}

/** The tier set and the tier a category's suppliers stand at, in words. */
function tiersOf(data: Data, categoryId: string): { label: string; topTierId: string } | null {
  for (const set of data.supplyChainTierSets) {
    const link = set.categories.find((c) => c.categoryId === categoryId);
    if (link) {
      const tier = set.tiers.find((t) => t.id === link.topTierId);
      return { label: tierOption(set.name, tier?.name), topTierId: link.topTierId };
    }
  }
  return null;
}

function listsOf(data: Data, categoryId: string) {
  return data.regulatoryLists.map((list) => ({
    code: list.code,
    name: list.name,
    applies: list.applicability.some((a) => a.category.id === categoryId && a.applies),
  }));
}

function CreateCategoryForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation("admin");
  const create = useMutation(CREATE);
  const [form, setForm] = useState({ code: "", name: "" });
  const [done, setDone] = useState("");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone("");
    const ok = await create.run({ input: { code: form.code, name: form.name } });
    if (ok) {
      setDone(t("categories.create.done", { code: form.code.trim().toUpperCase() }));
      setForm({ code: "", name: "" });
      onCreated();
    }
  };
  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t("categories.create.title")}</h2>
      {done && <Notice>{done}</Notice>}
      <ErrorMessage error={create.error} />
      <div className="form-grid">
        <TextField
          label={t("categories.create.code")}
          name="input.code"
          hint={t("categories.create.codeHint")}
          value={form.code}
          error={create.error}
          onChange={(event) => setForm((f) => ({ ...f, code: event.target.value }))}
        />
        <TextField
          label={t("categories.create.name")}
          name="input.name"
          value={form.name}
          error={create.error}
          onChange={(event) => setForm((f) => ({ ...f, name: event.target.value }))}
        />
      </div>
      <button type="submit" className="primary" disabled={create.busy}>
        {t("categories.create.submit")}
      </button>
    </form>
  );
}

/** Rename, supply-chain tiers and regulatory lists of one category. */
function CategoryEditor({
  data,
  category,
  onChanged,
  onClose,
}: {
  data: Data;
  category: Category;
  onChanged: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation("admin");
  const rename = useMutation(RENAME);
  const setTiers = useMutation(SET_TIERS);
  const setList = useMutation(SET_LIST);
  const [name, setName] = useState(category.name);
  const [notice, setNotice] = useState("");
  const current = tiersOf(data, category.id);
  const [topTierId, setTopTierId] = useState(current?.topTierId ?? "");
  const tierOptions = [
    { value: "", label: t("categories.editor.noMap") },
    ...data.supplyChainTierSets.flatMap((set) =>
      [...set.tiers]
        .sort((a, b) => b.position - a.position)
        .map((tier) => ({ value: tier.id, label: tierOption(set.name, tier.name) })),
    ),
  ];
  const saveName = async (event: FormEvent) => {
    event.preventDefault();
    setNotice("");
    const ok = await rename.run({
      id: category.id,
      expectedVersion: category.version,
      input: { name },
    });
    if (ok) {
      setNotice(t("categories.editor.renamed", { name: ok.updateMaterialCategory.name }));
      onChanged();
    }
  };
  const saveTiers = async (event: FormEvent) => {
    event.preventDefault();
    setNotice("");
    const ok = await setTiers.run({ categoryId: category.id, topTierId: topTierId || null });
    if (ok) {
      setNotice(t("categories.editor.tiersSaved"));
      onChanged();
    }
  };
  const toggle = async (listCode: string, listName: string, applies: boolean) => {
    setNotice("");
    const ok = await setList.run({ listCode, categoryId: category.id, applies });
    if (ok) {
      const words = { list: listName, category: category.name };
      setNotice(
        applies
          ? t("categories.editor.listApplies", words)
          : t("categories.editor.listNoLongerApplies", words),
      );
      onChanged();
    }
  };
  return (
    <section className="card category-editor" aria-labelledby="category-editor-title">
      <h2 id="category-editor-title">
        {t("categories.editor.heading", { code: category.code, name: category.name })}
      </h2>
      {notice && <Notice>{notice}</Notice>}
      <form onSubmit={(event) => void saveName(event)} noValidate>
        <h3>{t("categories.editor.nameHeading")}</h3>
        {isStaleVersion(rename.error) ? (
          <div className="error" role="alert">
            {t("categories.editor.stale")}{" "}
            <button type="button" onClick={onChanged}>
              {t("categories.editor.reload")}
            </button>
          </div>
        ) : (
          <ErrorMessage error={rename.error} />
        )}
        <TextField
          label={t("categories.editor.name")}
          name="input.name"
          value={name}
          error={rename.error}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="primary" disabled={rename.busy}>
          {t("categories.editor.saveName")}
        </button>
      </form>
      <form onSubmit={(event) => void saveTiers(event)} noValidate>
        <h3>{t("categories.editor.tiersHeading")}</h3>
        <ErrorMessage error={setTiers.error} />
        <SelectField
          label={t("categories.editor.tierField")}
          name="topTierId"
          value={topTierId}
          error={setTiers.error}
          options={tierOptions}
          hint={t("categories.editor.tierHint")}
          onChange={(event) => setTopTierId(event.target.value)}
        />
        <button type="submit" disabled={setTiers.busy}>
          {t("categories.editor.saveTiers")}
        </button>{" "}
        <HistoryLink
          // eslint-disable-next-line i18next/no-literal-string -- an entity type code
          entityType="CategoryTierSet"
          entityId={category.id}
          name={category.name}
        />
      </form>
      <fieldset className="category-lists">
        <legend>{t("categories.editor.lists")}</legend>
        <ErrorMessage error={setList.error} />
        {listsOf(data, category.id).map((list) => (
          <label key={list.code} className="checkbox">
            <input
              type="checkbox"
              checked={list.applies}
              disabled={setList.busy}
              onChange={(event) => void toggle(list.code, list.name, event.target.checked)}
            />{" "}
            {list.name}
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={onClose}>
        {t("categories.editor.close")}
      </button>
    </section>
  );
}

/** `/admin/categories`: what suppliers deliver, their supply-chain tiers and lists. */
export function CategoriesPage() {
  const { t } = useTranslation("admin");
  const state = useQuery(CATEGORIES);
  const [editing, setEditing] = useState<string>();
  return (
    <section>
      <h1>{t("categories.title")}</h1>
      <CreateCategoryForm onCreated={state.reload} />
      <QueryGate state={state}>
        {(data) => {
          const selected = data.materialCategories.find((c) => c.id === editing);
          return data.materialCategories.length === 0 ? (
            <Empty>{t("categories.empty")}</Empty>
          ) : (
            <>
              <div
                className="table-wrap"
                tabIndex={0}
                role="region"
                aria-label={t("categories.tableLabel")}
              >
                <table className="table">
                  <caption className="sr-only">{t("categories.caption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("categories.columns.code")}</th>
                      <th scope="col">{t("categories.columns.name")}</th>
                      <th scope="col">{t("categories.columns.suppliers")}</th>
                      <th scope="col">{t("categories.columns.tiers")}</th>
                      <th scope="col">{t("categories.columns.lists")}</th>
                      <th scope="col">{t("categories.columns.actions")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.materialCategories.map((category) => {
                      const lists = listsOf(data, category.id).filter((list) => list.applies);
                      return (
                        <tr key={category.id}>
                          <td>
                            <code>{category.code}</code>
                          </td>
                          <td>{category.name}</td>
                          <td>{category.supplierCount}</td>
                          <td>{tiersOf(data, category.id)?.label ?? t("categories.noMap")}</td>
                          <td>
                            {lists.length === 0
                              ? t("categories.noLists")
                              : lists.map((l) => l.name).join(t("categories.listSeparator"))}
                          </td>
                          <td className="actions">
                            <button
                              type="button"
                              aria-expanded={editing === category.id}
                              onClick={() =>
                                setEditing((id) => (id === category.id ? undefined : category.id))
                              }
                            >
                              <Trans
                                t={t}
                                i18nKey="categories.edit"
                                values={{ name: category.name }}
                                components={{ sr: <span className="sr-only" /> }}
                              />
                            </button>{" "}
                            <HistoryLink
                              // eslint-disable-next-line i18next/no-literal-string -- an entity type code
                              entityType="MaterialCategory"
                              entityId={category.id}
                              name={category.name}
                            />
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              {selected && (
                <CategoryEditor
                  key={selected.id}
                  data={data}
                  category={selected}
                  onChanged={state.reload}
                  onClose={() => setEditing(undefined)}
                />
              )}
            </>
          );
        }}
      </QueryGate>
    </section>
  );
}
