import type {
  DeclarationClass,
  DeclarationContentInput,
  EvidenceInput,
  MaterialDeclarationQuery,
} from "../../gql/graphql";
import type { EvidenceShown } from "../../components/documents";

/** What the edit form reads of a declaration (the detail page's query has it all). */
export type EditedDeclaration = Pick<
  MaterialDeclarationQuery["materialDeclaration"],
  | "id"
  | "version"
  | "declarationClass"
  | "partNumber"
  | "partName"
  | "validUntil"
  | "statements"
  | "materials"
  | "evidence"
>;

export type AmountUnit = "ppm" | "mg";

/** Numbers stay strings while typed: an empty box is "not given", not 0. */
export interface SubstanceRow {
  cas: string;
  name: string;
  amount: string;
  unit: AmountUnit;
}

export interface MaterialRow {
  name: string;
  massMg: string;
  /** Exemption codes claimed for the material, comma-separated as typed. */
  exemptions: string;
  substances: SubstanceRow[];
}

/** A class A statement per list code; "" leaves the list out of the declaration. */
export interface StatementRow {
  answer: "" | "yes" | "no";
  listVersion: string | null;
  exemptions: string[];
}

export type EvidenceItem = EvidenceShown & { sha256?: string | null };

export interface DeclarationFormState {
  declarationClass: DeclarationClass;
  partNumber: string;
  partName: string;
  /** YYYY-MM-DD */
  validUntil: string;
  statements: Record<string, StatementRow>;
  materials: MaterialRow[];
  evidence: EvidenceItem[];
}

export const EMPTY_SUBSTANCE: SubstanceRow = { cas: "", name: "", amount: "", unit: "ppm" };

export const emptyMaterial = (): MaterialRow => ({
  name: "",
  massMg: "",
  exemptions: "",
  substances: [{ ...EMPTY_SUBSTANCE }],
});

/** A year from today: an imported declaration is valid as long unless edited. */
function aYearFromToday(): string {
  const day = new Date();
  day.setUTCFullYear(day.getUTCFullYear() + 1);
  return day.toISOString().slice(0, 10);
}

export function newForm(): DeclarationFormState {
  return {
    declarationClass: "C",
    partNumber: "",
    partName: "",
    validUntil: aYearFromToday(),
    statements: {},
    materials: [emptyMaterial()],
    evidence: [],
  };
}

const text = (value: number | null | undefined) =>
  value === null || value === undefined ? "" : String(value);

export function formOf(declaration: EditedDeclaration): DeclarationFormState {
  return {
    declarationClass: declaration.declarationClass,
    partNumber: declaration.partNumber,
    partName: declaration.partName ?? "",
    validUntil: declaration.validUntil.slice(0, 10),
    statements: Object.fromEntries(
      declaration.statements.map((statement) => [
        statement.list,
        {
          answer: statement.compliant ? "yes" : "no",
          listVersion: statement.listVersion ?? null,
          exemptions: statement.exemptions,
        },
      ]),
    ),
    materials: declaration.materials.map((material) => ({
      name: material.name,
      massMg: text(material.massMg),
      exemptions: material.exemptions.join(", "),
      substances: material.substances.map((substance) => ({
        cas: substance.cas,
        name: substance.name ?? "",
        amount: text(substance.ppm ?? substance.massMg),
        unit: substance.ppm === null && substance.massMg !== null ? "mg" : "ppm",
      })),
    })),
    evidence: declaration.evidence,
  };
}

const numberOrNull = (value: string) => (value.trim() === "" ? null : Number(value));

const codes = (value: string) =>
  value
    .split(",")
    .map((code) => code.trim())
    .filter(Boolean);

/** The statements sent, in the lists' order: the server's `statements.N` paths index these. */
export function answeredLists(form: DeclarationFormState, listCodes: readonly string[]): string[] {
  return listCodes.filter((code) => (form.statements[code]?.answer ?? "") !== "");
}

/** The content both create and update take; only the class's own part is sent. */
export function contentInput(
  form: DeclarationFormState,
  listCodes: readonly string[],
): DeclarationContentInput {
  const evidence: EvidenceInput[] = form.evidence.map((item) => ({
    title: item.title,
    ...(item.url ? { url: item.url } : {}),
    ...(item.documentId ? { documentId: item.documentId } : {}),
    ...(item.sha256 ? { sha256: item.sha256 } : {}),
  }));
  return {
    partNumber: form.partNumber,
    partName: form.partName.trim() || null,
    // The end of the day, UTC: "valid until" includes the day named.
    ...(form.validUntil ? { validUntil: `${form.validUntil}T23:59:59.999Z` } : {}),
    evidence,
    ...(form.declarationClass === "A"
      ? {
          statements: answeredLists(form, listCodes).map((code) => {
            const statement = form.statements[code];
            return {
              list: code,
              listVersion: statement?.listVersion ?? null,
              compliant: statement?.answer === "yes",
              exemptions: statement?.exemptions ?? [],
            };
          }),
        }
      : {
          materials: form.materials.map((material) => ({
            name: material.name,
            massMg: numberOrNull(material.massMg),
            exemptions: codes(material.exemptions),
            substances: material.substances.map((substance) => {
              const amount = numberOrNull(substance.amount);
              return {
                cas: substance.cas,
                name: substance.name.trim() || null,
                ...(substance.unit === "ppm" ? { ppm: amount } : { massMg: amount }),
              };
            }),
          })),
        }),
  };
}
