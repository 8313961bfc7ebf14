import { useState, type FormEvent } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useMutation, useQuery } from "../../api/hooks";
import { CountryPicker } from "../../components/CountryPicker";
import { ErrorMessage, Notice, TextField } from "../../components/ui";
import { graphql } from "../../gql";
import { SuppliersList } from "../supplier/SuppliersPage";

const CATEGORIES = graphql(`
  query AdminSupplierCategories {
    materialCategories {
      id
      code
      name
    }
  }
`);
const CREATE = graphql(`
  mutation CreateSupplier($input: CreateSupplierInput!) {
    createSupplier(input: $input) {
      id
      name
    }
  }
`);

export function AdminSuppliersPage() {
  const { t } = useTranslation("admin");
  const categories = useQuery(CATEGORIES);
  const [form, setForm] = useState({ name: "", country: "", contactEmail: "", siteName: "" });
  const [categoryIds, setCategoryIds] = useState<string[]>([]);
  const [created, setCreated] = useState<{ id: string; name: string }>();
  const [generation, setGeneration] = useState(0);
  const create = useMutation(CREATE);
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [key]: event.target.value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const country = form.country;
    const result = await create.run({
      input: {
        name: form.name,
        country,
        contactEmail: form.contactEmail.trim(),
        categoryIds,
        ...(form.siteName ? { sites: [{ name: form.siteName, country }] } : {}),
      },
    });
    if (result) {
      setCreated(result.createSupplier);
      setForm({ name: "", country: "", contactEmail: "", siteName: "" });
      setCategoryIds([]);
      setGeneration((value) => value + 1);
    }
  };
  return (
    <section>
      <h1>{t("suppliers.title")}</h1>
      <form className="card" onSubmit={(event) => void submit(event)} noValidate>
        <h2>{t("suppliers.createTitle")}</h2>
        {created && (
          <Notice>
            <Trans
              t={t}
              i18nKey="suppliers.created"
              values={{ name: created.name }}
              components={{ anchor: <Link to={`/suppliers/${created.id}`} /> }}
            />
          </Notice>
        )}
        <ErrorMessage error={create.error} />
        <div className="form-grid">
          <TextField
            label={t("suppliers.name")}
            name="name"
            value={form.name}
            error={create.error}
            onChange={set("name")}
          />
          <CountryPicker
            label={t("suppliers.country")}
            name="country"
            value={form.country}
            required
            error={create.error}
            onChange={(country) => setForm((current) => ({ ...current, country }))}
          />
          <TextField
            label={t("suppliers.contactEmail")}
            name="contactEmail"
            type="email"
            value={form.contactEmail}
            error={create.error}
            onChange={set("contactEmail")}
          />
          <TextField
            label={t("suppliers.siteName")}
            name="sites.0.name"
            value={form.siteName}
            error={create.error}
            onChange={set("siteName")}
          />
        </div>
        <fieldset className="checks">
          <legend>{t("suppliers.categories")}</legend>
          {(categories.data?.materialCategories ?? []).map((category) => (
            <label key={category.id}>
              <input
                type="checkbox"
                checked={categoryIds.includes(category.id)}
                onChange={(event) =>
                  setCategoryIds((current) =>
                    event.target.checked
                      ? [...current, category.id]
                      : current.filter((id) => id !== category.id),
                  )
                }
              />{" "}
              {category.name}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="primary" disabled={create.busy}>
          {t("suppliers.submit")}
        </button>
      </form>
      <div className="card">
        <h2>{t("suppliers.all")}</h2>
        <SuppliersList key={generation} archivedFilter />
      </div>
    </section>
  );
}
