import { XMLParser, XMLValidator } from "fast-xml-parser";
import { casProblem, normaliseCas } from "../substance/cas";
import type { HomogeneousMaterial } from "./declaration.content";
import {
  MAX_IMPORT_ERRORS,
  MAX_MATERIALS,
  MAX_NAME_LENGTH,
  MAX_PART_TEXT,
  MAX_SUBSTANCES_PER_MATERIAL,
} from "./declaration.limits";

/**
 * A reader for IPC-1752A material declarations (1.1 and 2.0), class C/D: the part
 * (`Product/ProductID itemNumber= itemName=`), the supplier (`SupplierInfo name=`) and every
 * homogeneous material (`HomogeneousMaterial` or `Material`, `name=`, mass as `mass=` or an
 * `Amount value= UOM=` child) with its substances (`Substance name= CASNumber=`, amount as an
 * `Amount` child in mg/g/ppm/%, `massPercent` or `ppm`, attribute or child). Namespace
 * prefixes are dropped, so any prefix or default namespace reads the same. Pure: no I/O.
 */

export interface Ipc1752aProblem {
  line: number;
  element: string;
  message: string;
}

export interface Ipc1752aRead {
  partNumber: string | null;
  partName: string | null;
  supplierName: string | null;
  materials: HomogeneousMaterial[];
  problems: Ipc1752aProblem[];
}

type XmlNode = { [key: string]: unknown };

const META = XMLParser.getMetaDataSymbol() as unknown as string;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  captureMetaData: true,
  parseTagValue: false,
  parseAttributeValue: false,
  // No entity expansion from the document: nothing an upload names is ever fetched or grown.
  processEntities: false,
  isArray: (_name, _jpath, _leaf, isAttribute) => !isAttribute,
});

/** Line numbers from character offsets, with one pass over the text. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

const children = (node: XmlNode, name: string): XmlNode[] =>
  Array.isArray(node[name]) ? (node[name] as unknown[]).filter(isNode) : [];
const isNode = (value: unknown): value is XmlNode => typeof value === "object" && value !== null;

/** An attribute, or the text of a child element of that name (1.1 writes some as elements). */
function valueOf(node: XmlNode, ...names: string[]): string | null {
  for (const name of names) {
    const attribute = node[`@${name}`];
    if (typeof attribute === "string" && attribute.trim()) return attribute.trim();
    const [child] = Array.isArray(node[name]) ? (node[name] as unknown[]) : [];
    const text = typeof child === "string" ? child : isNode(child) ? child["#text"] : undefined;
    if (typeof text === "string" && text.trim()) return text.trim();
  }
  return null;
}

/** Every descendant element called `name`, in document order. */
function descendants(node: XmlNode, names: readonly string[], found: XmlNode[] = []): XmlNode[] {
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("@") || key === "#text" || !Array.isArray(value)) continue;
    for (const child of value.filter(isNode)) {
      if (names.includes(key)) found.push(child);
      else descendants(child, names, found);
    }
  }
  return found;
}

const MASS_UNITS: Record<string, number> = { mg: 1, g: 1000, kg: 1_000_000, ug: 0.001, µg: 0.001 };

export function readIpc1752a(text: string): Ipc1752aRead {
  const read: Ipc1752aRead = {
    partNumber: null,
    partName: null,
    supplierName: null,
    materials: [],
    problems: [],
  };
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    read.problems.push({ line: valid.err.line, element: "xml", message: valid.err.msg });
    return read;
  }
  const lineOf = lineIndex(text);
  const root = parser.parse(text) as XmlNode;
  const at = (node: XmlNode) => {
    const meta = node[META] as { startIndex?: number } | undefined;
    return lineOf(meta?.startIndex ?? 0);
  };
  const problem = (node: XmlNode, element: string, message: string) => {
    if (read.problems.length < MAX_IMPORT_ERRORS)
      read.problems.push({ line: at(node), element, message });
  };
  const [declaration] = [...children(root, "MainDeclaration"), ...children(root, "Declaration")];
  if (!declaration) {
    read.problems.push({
      line: 1,
      element: "MainDeclaration",
      message: "is missing: not an IPC-1752A declaration",
    });
    return read;
  }
  const [supplier] = descendants(declaration, ["SupplierInfo"]);
  read.supplierName = supplier ? valueOf(supplier, "name", "company") : null;
  const [product] = descendants(declaration, ["Product"]);
  const [productId] = product ? descendants(product, ["ProductID"]) : [];
  if (!productId) {
    problem(product ?? declaration, "ProductID", "is missing: the part needs an itemNumber");
    return read;
  }
  read.partNumber = valueOf(productId, "itemNumber");
  read.partName = valueOf(productId, "itemName");
  if (!read.partNumber) problem(productId, "ProductID", "has no itemNumber");
  else if (read.partNumber.length > MAX_PART_TEXT)
    problem(productId, "ProductID", `itemNumber is longer than ${MAX_PART_TEXT} characters`);
  if (read.partName && read.partName.length > MAX_PART_TEXT)
    read.partName = read.partName.slice(0, MAX_PART_TEXT);

  const materials = descendants(product, ["HomogeneousMaterial", "Material"]);
  if (materials.length === 0)
    problem(product, "Product", "has no HomogeneousMaterial: the import reads class C/D files");
  if (materials.length > MAX_MATERIALS)
    problem(product, "Product", `has more than ${MAX_MATERIALS} materials`);
  for (const node of materials.slice(0, MAX_MATERIALS)) {
    const tag = "HomogeneousMaterial";
    const name = valueOf(node, "name");
    if (!name) problem(node, tag, "has no name");
    const massMg = massOf(node, (message) => problem(node, tag, message));
    const substances = descendants(node, ["Substance"]);
    if (substances.length > MAX_SUBSTANCES_PER_MATERIAL)
      problem(node, tag, `has more than ${MAX_SUBSTANCES_PER_MATERIAL} substances`);
    const material: HomogeneousMaterial = {
      name: (name ?? "").slice(0, MAX_NAME_LENGTH),
      massMg,
      substances: [],
      exemptions: descendants(node, ["Exemption"])
        .map((e) => valueOf(e, "identity", "code", "name"))
        .filter((code): code is string => !!code),
    };
    for (const s of substances.slice(0, MAX_SUBSTANCES_PER_MATERIAL)) {
      const report = (message: string) => problem(s, "Substance", message);
      const raw = valueOf(s, "CASNumber", "casNumber", "CAS");
      if (!raw) {
        report("has no CASNumber");
        continue;
      }
      const cas = normaliseCas(raw);
      const casError = casProblem(cas);
      if (casError) {
        report(
          casError.startsWith("is not a valid")
            ? `CAS ${cas} fails its check digit`
            : `CAS ${cas} ${casError}`,
        );
        continue;
      }
      const amount = amountOf(s, massMg, report);
      if (amount === undefined) continue;
      material.substances.push({
        cas,
        name: valueOf(s, "name")?.slice(0, MAX_NAME_LENGTH) ?? null,
        ...amount,
      });
    }
    read.materials.push(material);
  }
  return read;
}

function numberOf(text: string | null): number | null {
  if (text === null) return null;
  const value = Number(text.replace(",", "."));
  return Number.isFinite(value) && value >= 0 ? value : Number.NaN;
}

/** The material's mass in mg: `mass=` (with `unitOfMeasure=`/`UOM=`, mg by default) or `Amount`. */
function massOf(node: XmlNode, report: (message: string) => void): number | null {
  const [amount] = children(node, "Amount");
  const value = numberOf(valueOf(node, "mass") ?? (amount ? valueOf(amount, "value") : null));
  if (value === null) return null;
  const unit = (
    valueOf(node, "unitOfMeasure", "UOM") ??
    (amount ? valueOf(amount, "UOM", "unitOfMeasure") : null) ??
    "mg"
  ).toLowerCase();
  if (Number.isNaN(value)) {
    report("has a mass that is not a non-negative number");
    return null;
  }
  if (!(unit in MASS_UNITS)) {
    report(`has a mass in ${unit}; use mg, g or kg`);
    return null;
  }
  return value * MASS_UNITS[unit];
}

/** A substance's ppm or mass in mg; undefined (and reported) when it gives neither or garbage. */
function amountOf(
  node: XmlNode,
  materialMassMg: number | null,
  report: (message: string) => void,
): { ppm: number | null; massMg: number | null } | undefined {
  const percent = numberOf(valueOf(node, "massPercent"));
  const ppm = numberOf(valueOf(node, "ppm", "PPM"));
  const [amount] = children(node, "Amount");
  const amountValue = amount ? numberOf(valueOf(amount, "value")) : null;
  const unit = amount ? (valueOf(amount, "UOM", "unitOfMeasure") ?? "mg").toLowerCase() : null;
  for (const value of [percent, ppm, amountValue])
    if (value !== null && Number.isNaN(value)) {
      report("has an amount that is not a non-negative number");
      return undefined;
    }
  if (percent !== null) {
    if (percent > 100) {
      report(`massPercent ${percent} is over 100`);
      return undefined;
    }
    return { ppm: percent * 10_000, massMg: null };
  }
  if (ppm !== null) {
    if (ppm > 1_000_000) {
      report(`ppm ${ppm} is over 1000000`);
      return undefined;
    }
    return { ppm, massMg: null };
  }
  if (amountValue !== null && unit !== null) {
    if (unit === "ppm") return { ppm: amountValue, massMg: null };
    if (unit === "%") return { ppm: amountValue * 10_000, massMg: null };
    if (unit in MASS_UNITS) {
      const massMg = amountValue * MASS_UNITS[unit];
      if (materialMassMg !== null && massMg > materialMassMg) {
        report(`mass ${massMg} mg is more than its material's ${materialMassMg} mg`);
        return undefined;
      }
      return { ppm: null, massMg };
    }
    report(`Amount in ${unit}; use mg, g, ppm or %`);
    return undefined;
  }
  report("gives no amount (Amount, massPercent or ppm)");
  return undefined;
}
