import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { ApiError, isStaleVersion } from "../../api/client";
import { useMutation, useQuery } from "../../api/hooks";
import { DocumentUpload, EvidenceList } from "../../components/documents";
import { ErrorMessage, SelectField, TextField } from "../../components/ui";
import { graphql } from "../../gql";
import type { DeclarationClass } from "../../gql/graphql";
import {
  answeredLists,
  contentInput,
  formOf,
  newForm,
  type DeclarationFormState,
  type EditedDeclaration,
  type MaterialRow,
} from "./declaration-form";
import { MaterialsFields } from "./MaterialsFields";
import { StatementsFields } from "./StatementsFields";

const LISTS = graphql(`
  query DeclarationFormLists {
    regulatoryLists {
      code
      name
      appliesByDefault
      currentVersion {
        label
      }
      exemptions {
        code
        text
        expired
      }
      applicability {
        applies
        category {
          id
        }
      }
    }
  }
`);
const FORM_CATEGORIES = graphql(`
  query DeclarationFormCategories {
    materialCategories {
      id
      name
    }
  }
`);
const FORM_SUPPLIERS = graphql(`
  query DeclarationFormSuppliers {
    suppliers(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
const CREATE = graphql(`
  mutation CreateMaterialDeclaration($input: MaterialDeclarationInput!) {
    createMaterialDeclaration(input: $input) {
      id
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateMaterialDeclaration(
    $id: ID!
    $input: DeclarationContentInput!
    $expectedVersion: Int!
  ) {
    updateMaterialDeclaration(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

const CLASSES: readonly DeclarationClass[] = ["A", "C", "D"];
/** The standard the classes are IPC-1752A's: its name, the same in every language. */
const CLASS_STANDARD = "IPC-1752A";

/** Rows added or removed: the last answer's `materials.N` paths no longer point at them. */
const shapeOf = (materials: MaterialRow[]) =>
  materials.map((material) => material.substances.length).join(",");

/**
 * A material declaration filled by hand: a new DRAFT (`supplierId` fixed for a supplier user,
 * chosen by an admin), or an edit of a DRAFT or REJECTED one at the version it was read.
 */
export function DeclarationForm({
  supplierId: fixedSupplier,
  declaration,
  onSaved,
  onCancel,
  onReload,
}: {
  supplierId?: string;
  declaration?: EditedDeclaration;
  onSaved?: () => void;
  onCancel?: () => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation("declarations");
  const navigate = useNavigate();
  const editing = declaration !== undefined;
  const lists = useQuery(LISTS);
  const categories = useQuery(FORM_CATEGORIES, {}, { skip: editing });
  const suppliers = useQuery(FORM_SUPPLIERS, {}, { skip: editing || fixedSupplier !== undefined });
  const create = useMutation(CREATE);
  const update = useMutation(UPDATE);
  const save = editing ? update : create;
  const [form, setForm] = useState<DeclarationFormState>(() =>
    declaration ? formOf(declaration) : newForm(),
  );
  const [supplierId, setSupplierId] = useState("");
  const [categoryId, setCategoryId] = useState("");
  const [uploading, setUploading] = useState(false);

  const supplierOptions = (suppliers.data?.suppliers.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: node.name,
  }));
  const categoryOptions = (categories.data?.materialCategories ?? []).map((category) => ({
    value: category.id,
    label: category.name,
  }));
  const chosenSupplier = fixedSupplier ?? (supplierId || supplierOptions[0]?.value || "");
  const chosenCategory = categoryId || categoryOptions[0]?.value || "";
  const listCodes = (lists.data?.regulatoryLists ?? []).map((list) => list.code);
  const error = save.error;
  const evidenceProblem =
    error instanceof ApiError
      ? error.fields
          .filter((field) => /^(input\.)?evidence(\.|$)/.test(field.path))
          .map((field) => field.message)
          .join("; ") || undefined
      : undefined;
  const set =
    (key: "partNumber" | "partName" | "validUntil") => (event: { target: { value: string } }) =>
      setForm((current) => ({ ...current, [key]: event.target.value }));
  const setMaterials = (materials: MaterialRow[]) => {
    if (shapeOf(materials) !== shapeOf(form.materials)) save.reset();
    setForm((current) => ({ ...current, materials }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const content = contentInput(form, listCodes);
    if (declaration) {
      const result = await update.run({
        id: declaration.id,
        input: content,
        expectedVersion: declaration.version,
      });
      if (result) onSaved?.();
      return;
    }
    const result = await create.run({
      input: {
        ...content,
        supplierId: chosenSupplier,
        categoryId: chosenCategory,
        declarationClass: form.declarationClass,
      },
    });
    if (result) void navigate(`/declarations/${result.createMaterialDeclaration.id}`);
  };

  return (
    <form
      className="card"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={editing ? t("form.editTitle") : t("form.newTitle")}
    >
      <h2>{editing ? t("form.editTitle") : t("form.newTitle")}</h2>
      <div className="form-grid">
        {!editing && fixedSupplier === undefined && (
          <SelectField
            label={t("form.supplier")}
            name="supplierId"
            value={chosenSupplier}
            error={error}
            options={supplierOptions}
            onChange={(event) => setSupplierId(event.target.value)}
          />
        )}
        {!editing && (
          <>
            <SelectField
              label={t("form.category")}
              name="categoryId"
              value={chosenCategory}
              error={error}
              options={categoryOptions}
              onChange={(event) => setCategoryId(event.target.value)}
            />
            <SelectField
              label={t("form.class.label")}
              name="declarationClass"
              value={form.declarationClass}
              error={error}
              options={CLASSES.map((value) => ({ value, label: t(`form.class.${value}`) }))}
              hint={CLASS_STANDARD}
              onChange={(event) =>
                setForm((current) => ({
                  ...current,
                  declarationClass: event.target.value as DeclarationClass,
                }))
              }
            />
          </>
        )}
        <TextField
          label={t("form.partNumber")}
          name="partNumber"
          value={form.partNumber}
          error={error}
          onChange={set("partNumber")}
        />
        <TextField
          label={t("form.partName")}
          name="partName"
          value={form.partName}
          error={error}
          onChange={set("partName")}
        />
        <TextField
          label={t("form.validUntil")}
          name="validUntil"
          type="date"
          value={form.validUntil}
          error={error}
          onChange={set("validUntil")}
        />
      </div>
      {form.declarationClass === "A" ? (
        <StatementsFields
          lists={lists.data?.regulatoryLists ?? []}
          categoryId={chosenCategory}
          value={form.statements}
          sent={answeredLists(form, listCodes)}
          error={error}
          onChange={(statements) => setForm((current) => ({ ...current, statements }))}
        />
      ) : (
        <MaterialsFields value={form.materials} error={error} onChange={setMaterials} />
      )}
      <h3>{t("form.evidence.title")}</h3>
      <EvidenceList
        evidence={form.evidence}
        empty={t("form.evidence.empty")}
        onRemove={(index) =>
          setForm((current) => ({
            ...current,
            evidence: current.evidence.filter((_, i) => i !== index),
          }))
        }
      />
      <DocumentUpload
        label={t("form.evidence.add")}
        title={
          form.partNumber
            ? t("form.evidence.documentTitle", { partNumber: form.partNumber })
            : undefined
        }
        message={evidenceProblem}
        onBusyChange={setUploading}
        onUploaded={(document) =>
          setForm((current) => ({
            ...current,
            evidence: [
              ...current.evidence,
              {
                title: document.title || document.filename,
                documentId: document.id,
                sha256: document.sha256,
                document,
              },
            ],
          }))
        }
      />
      {/* Next to the button: the form is long, the answer must be seen where it was asked. */}
      {isStaleVersion(error) ? (
        <div className="error" role="alert">
          {t("form.stale")}{" "}
          {onReload && (
            <button type="button" onClick={onReload}>
              {t("form.reload")}
            </button>
          )}
        </div>
      ) : (
        <ErrorMessage error={error ?? lists.error ?? categories.error ?? suppliers.error} />
      )}
      <div className="button-row">
        <button type="submit" className="primary" disabled={save.busy || uploading}>
          {save.busy ? t("form.saving") : editing ? t("form.saveChanges") : t("form.saveDraft")}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t("form.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
