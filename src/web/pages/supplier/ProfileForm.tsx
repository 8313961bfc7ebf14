import { useEffect, useState, type FormEvent } from "react";
import { ApiError } from "../../api/client";
import { useMutation } from "../../api/hooks";
import { ErrorMessage, Notice, SelectField, TextField } from "../../components/ui";

export interface Site {
  id?: string;
  name: string;
  country: string;
  address: string | null;
}

export interface SupplierProfile {
  id: string;
  name: string;
  legalName: string | null;
  registrationNumber: string | null;
  country: string;
  contactEmail: string;
  version: number;
  sites: Site[];
  sustainability: {
    renewableElectricityShare: number;
    thirdPartyVerifiedMaterialShare: number;
    recycledContentShare: number;
    traceability: string;
    sourcesFromProtectedArea: boolean;
  };
}

const UPDATE = `mutation UpdateSupplier($id: ID!, $v: Int!, $input: UpdateSupplierInput!) {
  updateSupplier(id: $id, expectedVersion: $v, input: $input) {
    id version sites { id name country address }
  }
}`;

const TRACEABILITY = [
  { value: "NONE", label: "None" },
  { value: "TIER1", label: "Tier 1" },
  { value: "TO_ORIGIN", label: "To origin" },
];

/** The supplier's own profile and sites; a stale version answers CONFLICT: reload. */
export function ProfileForm({
  supplier,
  editable,
  onSaved,
  onReload,
}: {
  supplier: SupplierProfile;
  editable: boolean;
  onSaved: () => void;
  onReload: () => void;
}) {
  const update = useMutation<
    Record<string, unknown>,
    { updateSupplier: { version: number; sites: Site[] } }
  >(UPDATE);
  const fromProps = (source: SupplierProfile) => ({
    name: source.name,
    legalName: source.legalName ?? "",
    registrationNumber: source.registrationNumber ?? "",
    country: source.country,
    contactEmail: source.contactEmail,
    renewable: String(source.sustainability.renewableElectricityShare),
    verified: String(source.sustainability.thirdPartyVerifiedMaterialShare),
    recycled: String(source.sustainability.recycledContentShare),
    traceability: source.sustainability.traceability,
  });
  const sitesOf = (list: Site[]) => list.map((site) => ({ ...site, address: site.address ?? "" }));
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
  }, [supplier.version]);
  const [saved, setSaved] = useState(false);
  const conflict = update.error instanceof ApiError && update.error.code === "CONFLICT";
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [key]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await update.run({
      id: supplier.id,
      v: version,
      input: {
        name: form.name,
        legalName: form.legalName || null,
        registrationNumber: form.registrationNumber || null,
        country: form.country.trim().toUpperCase(),
        contactEmail: form.contactEmail.trim(),
        sustainability: {
          renewableElectricityShare: Number(form.renewable),
          thirdPartyVerifiedMaterialShare: Number(form.verified),
          recycledContentShare: Number(form.recycled),
          traceability: form.traceability,
        },
        sites: sites.map((site) => ({
          ...(site.id ? { id: site.id } : {}),
          name: site.name,
          country: site.country.trim().toUpperCase(),
          address: site.address || null,
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

  if (!editable) {
    return (
      <div className="card">
        <h2>Profile</h2>
        <dl className="facts">
          <dt>Legal name</dt>
          <dd>{supplier.legalName ?? "—"}</dd>
          <dt>Country</dt>
          <dd>{supplier.country}</dd>
          <dt>Contact</dt>
          <dd>{supplier.contactEmail}</dd>
          <dt>Renewable electricity</dt>
          <dd>{supplier.sustainability.renewableElectricityShare} %</dd>
          <dt>Third-party verified material</dt>
          <dd>{supplier.sustainability.thirdPartyVerifiedMaterialShare} %</dd>
          <dt>Recycled content</dt>
          <dd>{supplier.sustainability.recycledContentShare} %</dd>
          <dt>Traceability</dt>
          <dd>{supplier.sustainability.traceability}</dd>
          <dt>Sites</dt>
          <dd>
            {supplier.sites.map((site) => `${site.name} (${site.country})`).join(", ") || "—"}
          </dd>
        </dl>
      </div>
    );
  }

  const error = update.error;
  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate>
      <h2>Profile and sites</h2>
      {conflict ? (
        <div className="error" role="alert">
          Someone changed this profile in the meantime. Reload to see their changes, then apply
          yours again.{" "}
          <button type="button" onClick={onReload}>
            Reload
          </button>
        </div>
      ) : (
        <ErrorMessage error={error} />
      )}
      {saved && <Notice>Profile saved.</Notice>}
      <div className="form-grid">
        <TextField
          label="Name"
          name="name"
          value={form.name}
          onChange={set("name")}
          error={error}
        />
        <TextField
          label="Legal name"
          name="legalName"
          value={form.legalName}
          onChange={set("legalName")}
          error={error}
        />
        <TextField
          label="Registration number"
          name="registrationNumber"
          value={form.registrationNumber}
          onChange={set("registrationNumber")}
          error={error}
        />
        <TextField
          label="Country (ISO code)"
          name="country"
          value={form.country}
          maxLength={2}
          onChange={set("country")}
          error={error}
        />
        <TextField
          label="Contact e-mail"
          name="contactEmail"
          type="email"
          value={form.contactEmail}
          onChange={set("contactEmail")}
          error={error}
        />
        <TextField
          label="Renewable electricity share (%)"
          name="sustainability.renewableElectricityShare"
          type="number"
          min={0}
          max={100}
          value={form.renewable}
          onChange={set("renewable")}
          error={error}
        />
        <TextField
          label="Third-party verified material share (%)"
          name="sustainability.thirdPartyVerifiedMaterialShare"
          type="number"
          min={0}
          max={100}
          value={form.verified}
          onChange={set("verified")}
          error={error}
        />
        <TextField
          label="Recycled content share (%)"
          name="sustainability.recycledContentShare"
          type="number"
          min={0}
          max={100}
          value={form.recycled}
          onChange={set("recycled")}
          error={error}
        />
        <SelectField
          label="Traceability"
          name="sustainability.traceability"
          value={form.traceability}
          options={TRACEABILITY}
          onChange={set("traceability")}
          error={error}
        />
      </div>
      <fieldset>
        <legend>Sites</legend>
        {sites.map((site, index) => (
          <div className="site-row" key={site.id ?? `new-${index}`}>
            <TextField
              label={`Site ${index + 1} name`}
              name={`sites.${index}.name`}
              value={site.name}
              error={error}
              onChange={(event) =>
                setSites((current) =>
                  current.map((s, i) => (i === index ? { ...s, name: event.target.value } : s)),
                )
              }
            />
            <TextField
              label={`Site ${index + 1} country`}
              name={`sites.${index}.country`}
              value={site.country}
              maxLength={2}
              error={error}
              onChange={(event) =>
                setSites((current) =>
                  current.map((s, i) => (i === index ? { ...s, country: event.target.value } : s)),
                )
              }
            />
            <TextField
              label={`Site ${index + 1} address`}
              name={`sites.${index}.address`}
              value={site.address ?? ""}
              error={error}
              onChange={(event) =>
                setSites((current) =>
                  current.map((s, i) => (i === index ? { ...s, address: event.target.value } : s)),
                )
              }
            />
            <button
              type="button"
              className="link-button"
              onClick={() => setSites((current) => current.filter((_, i) => i !== index))}
            >
              Remove site {index + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            setSites((current) => [...current, { name: "", country: form.country, address: "" }])
          }
        >
          Add a site
        </button>
      </fieldset>
      <button type="submit" className="primary" disabled={update.busy}>
        {update.busy ? "Saving…" : "Save profile"}
      </button>
    </form>
  );
}
