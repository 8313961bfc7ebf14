import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client";
import { useMutation, useQuery } from "../../api/hooks";
import { CountryPicker } from "../../components/CountryPicker";
import { ErrorMessage, Notice, TextField } from "../../components/ui";
import { countryName } from "../../labels";
import {
  SustainabilityFields,
  sustainabilityForm,
  sustainabilityInput,
} from "./SustainabilityFields";
import { graphql } from "../../gql";
import type { ProfileFormFragment } from "../../gql/graphql";

/** A site as the form holds it: a new one has no id yet. */
interface Site {
  id?: string;
  name: string;
  country: string;
  address: string | null;
  /** As typed; blank clears them (protected-area checks need both). */
  latitude: string;
  longitude: string;
}

interface StoredSite {
  id: string;
  name: string;
  country: string;
  address?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

/** Blank is null; anything else goes as typed so the API judges the number. */
const coordinate = (value: string): number | null =>
  value.trim() === "" ? null : Number(value.trim());

export type SupplierProfile = ProfileFormFragment;

graphql(`
  fragment ProfileForm on Supplier {
    id
    name
    legalName
    registrationNumber
    country
    contactEmail
    version
    sites {
      id
      name
      country
      address
      latitude
      longitude
    }
    materialCategories {
      id
      code
      name
    }
    declaredSustainability {
      renewableElectricityShare
      thirdPartyVerifiedMaterialShare
      recycledContentShare
      traceability
      sourcesFromProtectedArea
    }
  }
`);

/**
 * Who may write which part (the server enforces it; the form only offers what it will accept):
 * master data is the buyer's, the sustainability declaration is the supplier's.
 */
export type ProfileEditor = "BUYER" | "SUPPLIER" | "ADMIN" | null;

const CATEGORIES = graphql(`
  query ProfileCategories {
    materialCategories {
      id
      code
      name
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateSupplier($id: ID!, $v: Int!, $input: UpdateSupplierInput!) {
    updateSupplier(id: $id, expectedVersion: $v, input: $input) {
      id
      version
      sites {
        id
        name
        country
        address
        latitude
        longitude
      }
    }
  }
`);

/** The supplier's own profile and sites; a stale version answers CONFLICT: reload. */
export function ProfileForm({
  supplier,
  editor,
  onSaved,
  onReload,
}: {
  supplier: SupplierProfile;
  editor: ProfileEditor;
  onSaved: () => void;
  onReload: () => void;
}) {
  const editsMaster = editor === "BUYER" || editor === "ADMIN";
  const editsDeclaration = editor === "SUPPLIER" || editor === "ADMIN";
  const { t } = useTranslation("supplier");
  const categories = useQuery(CATEGORIES, {}, { skip: !editsMaster });
  const update = useMutation(UPDATE);
  const fromProps = (source: SupplierProfile) => ({
    name: source.name,
    legalName: source.legalName ?? "",
    registrationNumber: source.registrationNumber ?? "",
    country: source.country,
    contactEmail: source.contactEmail,
    declaration: sustainabilityForm(source.declaredSustainability),
    categoryIds: source.materialCategories.map((category) => category.id),
  });
  const sitesOf = (list: readonly StoredSite[]): Site[] =>
    list.map((site) => ({
      id: site.id,
      name: site.name,
      country: site.country,
      address: site.address ?? "",
      latitude: site.latitude?.toString() ?? "",
      longitude: site.longitude?.toString() ?? "",
    }));
  const [form, setForm] = useState(() => fromProps(supplier));
  const [sites, setSites] = useState<Site[]>(() => sitesOf(supplier.sites));
  // The version this form edits: ours after our own save, the server's after a reload.
  const [version, setVersion] = useState(supplier.version);
  // A version from the server other than ours (someone else saved, then Reload) resets the form.
  useEffect(() => {
    if (supplier.version !== version) {
      setForm(fromProps(supplier));
      setSites(sitesOf(supplier.sites));
      setVersion(supplier.version);
      update.reset();
    }
    // Only a new server version resets the form; our own edits and saves must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [supplier.version]);
  const [saved, setSaved] = useState(false);
  const conflict = update.error instanceof ApiError && update.error.code === "CONFLICT";
  const set =
    (key: Exclude<keyof typeof form, "categoryIds">) => (event: { target: { value: string } }) =>
      setForm((current) => ({ ...current, [key]: event.target.value }));
  const toggleCategory = (id: string) =>
    setForm((current) => ({
      ...current,
      categoryIds: current.categoryIds.includes(id)
        ? current.categoryIds.filter((c) => c !== id)
        : [...current.categoryIds, id],
    }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await update.run({
      id: supplier.id,
      v: version,
      input: {
        ...(editsMaster
          ? {
              name: form.name,
              legalName: form.legalName || null,
              registrationNumber: form.registrationNumber || null,
              country: form.country.trim().toUpperCase(),
              categoryIds: form.categoryIds,
            }
          : {}),
        contactEmail: form.contactEmail.trim(),
        ...(editsDeclaration
          ? {
              sustainability: sustainabilityInput(form.declaration),
            }
          : {}),
        sites: sites.map((site) => ({
          ...(site.id ? { id: site.id } : {}),
          name: site.name,
          country: site.country.trim().toUpperCase(),
          address: site.address || null,
          latitude: coordinate(site.latitude),
          longitude: coordinate(site.longitude),
        })),
      },
    });
    if (result) {
      setVersion(result.updateSupplier.version);
      setSites(sitesOf(result.updateSupplier.sites));
      setSaved(true);
      onSaved();
    }
  };

  const masterFacts = (
    <dl className="facts">
      <dt>{t("profile.name")}</dt>
      <dd>{supplier.name}</dd>
      <dt>{t("profile.legalName")}</dt>
      <dd>{supplier.legalName ?? "—"}</dd>
      <dt>{t("profile.registrationNumber")}</dt>
      <dd>{supplier.registrationNumber ?? "—"}</dd>
      <dt>{t("profile.country")}</dt>
      <dd>{countryName(supplier.country)}</dd>
      <dt>{t("profile.materialCategories")}</dt>
      <dd>{supplier.materialCategories.map((c) => c.name).join(t("listSeparator")) || "—"}</dd>
    </dl>
  );

  if (!editor) {
    return (
      <div className="card">
        <h2>{t("profile.title")}</h2>
        {masterFacts}
        <dl className="facts">
          <dt>{t("profile.contact")}</dt>
          <dd>{supplier.contactEmail}</dd>
          <dt>{t("profile.sites")}</dt>
          <dd>
            {supplier.sites
              .map((site) =>
                t("profile.siteInCountry", { name: site.name, country: countryName(site.country) }),
              )
              .join(t("listSeparator")) || "—"}
          </dd>
        </dl>
      </div>
    );
  }

  const error = update.error;
  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t("profile.editTitle")}</h2>
      {conflict ? (
        <div className="error" role="alert">
          {t("profile.conflict")}{" "}
          <button type="button" onClick={onReload}>
            {t("profile.reload")}
          </button>
        </div>
      ) : (
        <ErrorMessage error={error} />
      )}
      {saved && <Notice>{t("profile.saved")}</Notice>}
      {!editsMaster && (
        <>
          <p className="muted" data-testid="master-data-note">
            {t("profile.masterDataNote")}
          </p>
          {masterFacts}
        </>
      )}
      <div className="form-grid">
        {editsMaster && (
          <>
            <TextField
              label={t("profile.name")}
              name="name"
              value={form.name}
              onChange={set("name")}
              error={error}
            />
            <TextField
              label={t("profile.legalName")}
              name="legalName"
              value={form.legalName}
              onChange={set("legalName")}
              error={error}
            />
            <TextField
              label={t("profile.registrationNumber")}
              name="registrationNumber"
              value={form.registrationNumber}
              onChange={set("registrationNumber")}
              error={error}
            />
            <CountryPicker
              label={t("profile.country")}
              name="country"
              value={form.country}
              required
              onChange={(country) => setForm((current) => ({ ...current, country }))}
              error={error}
            />
          </>
        )}
        <TextField
          label={t("profile.contactEmail")}
          name="contactEmail"
          type="email"
          value={form.contactEmail}
          onChange={set("contactEmail")}
          error={error}
        />
      </div>
      {editsMaster && (
        <fieldset>
          <legend>{t("profile.materialCategories")}</legend>
          <div className="checkbox-grid">
            {(categories.data?.materialCategories ?? supplier.materialCategories).map(
              (category) => (
                <label key={category.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={form.categoryIds.includes(category.id)}
                    onChange={() => toggleCategory(category.id)}
                  />{" "}
                  {category.name}
                </label>
              ),
            )}
          </div>
        </fieldset>
      )}
      {editsDeclaration && (
        <fieldset>
          <legend>
            {editor === "SUPPLIER"
              ? t("profile.ownDeclaration")
              : t("profile.declaredSustainability")}
          </legend>
          <p className="hint">{t("profile.declarationHint")}</p>
          <SustainabilityFields
            form={form.declaration}
            onChange={(key, value) =>
              setForm((current) => ({
                ...current,
                declaration: { ...current.declaration, [key]: value },
              }))
            }
            error={error}
            paths="sustainability"
          />
        </fieldset>
      )}
      <fieldset>
        <legend>{t("profile.sites")}</legend>
        {sites.map((site, index) => (
          <div className="site-row" key={site.id ?? `new-${index}`}>
            <TextField
              label={t("profile.site.name", { number: index + 1 })}
              name={`sites.${index}.name`}
              value={site.name}
              error={error}
              onChange={(event) =>
                setSites((current) =>
                  current.map((s, i) => (i === index ? { ...s, name: event.target.value } : s)),
                )
              }
            />
            <CountryPicker
              label={t("profile.site.country", { number: index + 1 })}
              name={`sites.${index}.country`}
              value={site.country}
              required
              error={error}
              onChange={(country) =>
                setSites((current) => current.map((s, i) => (i === index ? { ...s, country } : s)))
              }
            />
            <TextField
              label={t("profile.site.address", { number: index + 1 })}
              name={`sites.${index}.address`}
              value={site.address ?? ""}
              error={error}
              onChange={(event) =>
                setSites((current) =>
                  current.map((s, i) => (i === index ? { ...s, address: event.target.value } : s)),
                )
              }
            />
            <TextField
              label={t("profile.site.latitude", { number: index + 1 })}
              name={`sites.${index}.latitude`}
              value={site.latitude}
              inputMode="decimal"
              error={error}
              hint={t("profile.site.latitudeHint")}
              onChange={(event) =>
                setSites((current) =>
                  current.map((s, i) => (i === index ? { ...s, latitude: event.target.value } : s)),
                )
              }
            />
            <TextField
              label={t("profile.site.longitude", { number: index + 1 })}
              name={`sites.${index}.longitude`}
              value={site.longitude}
              inputMode="decimal"
              error={error}
              onChange={(event) =>
                setSites((current) =>
                  current.map((s, i) =>
                    i === index ? { ...s, longitude: event.target.value } : s,
                  ),
                )
              }
            />
            <button
              type="button"
              className="link-button"
              onClick={() => setSites((current) => current.filter((_, i) => i !== index))}
            >
              {t("profile.site.remove", { number: index + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            setSites((current) => [
              ...current,
              { name: "", country: form.country, address: "", latitude: "", longitude: "" },
            ])
          }
        >
          {t("profile.site.add")}
        </button>
      </fieldset>
      <button type="submit" className="primary" disabled={update.busy}>
        {update.busy ? t("profile.saving") : t("profile.save")}
      </button>
    </form>
  );
}
