import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/**
 * The texts the explanation builders write as literals, with each `${...}` as `{{}}` (the
 * wildcard the catalog test matches): labels of score and priority lines, grade caps, status
 * reasons, third-party bases, traceability sources, screening hits, and the keys the
 * recycled-content figure words at read time. Scanned are the declarations that build them
 * (BUILDERS), whole: a literal added there must get a zh-CN template or fail the test.
 */
export interface ExplanationLiteral {
  file: string;
  line: number;
  text: string;
  /** A key given to explanationText itself: it must be in the catalog as written. */
  exactKey: boolean;
}

/** File (under src/modules) -> the top-level declarations that word explanations. */
export const BUILDERS: Readonly<Record<string, readonly string[]>> = {
  "scoring/explanation-format.ts": ["AREA_LABELS"],
  "scoring/area-source-lines.ts": [
    "OPEN_FINDINGS",
    "auditAreaScore",
    "selfAssessmentAreaScore",
    "thirdPartyAreaScore",
  ],
  "scoring/supplier-score.ts": ["pickSource", "scoreArea", "gradeCaps"],
  "scoring/scoring-policy.ts": ["AMFORI_PERFORMANCE_AREAS"],
  "scoring/third-party-scores.ts": [
    "RBA_SECTION_NAMES",
    "ECOVADIS_THEME_NAMES",
    "SSI_DIMENSION_NAMES",
    "SMETA_PILLAR_NAMES",
    "mapRba",
    "mapAmfori",
    "mapEcoVadis",
    "mapSsi",
    "mapSmeta",
  ],
  "scoring/procurement-status.ts": ["screeningReason", "protectedAreaReason", "STATUS_RULES"],
  "scoring/priority.ts": [
    "TRACEABILITY_WORDS",
    "materialLine",
    "shareLabel",
    "traceabilityLabel",
    "recycledPartLabel",
    "recycledLines",
    "traceabilityLine",
    "materialLines",
    "ruleLines",
    "computePriority",
  ],
  "scoring/map-traceability.ts": ["WORDS", "sourceOf", "traceabilityTerm"],
  "screening/screening.explanation.ts": ["LIST", "hitExplanation"],
  "recycled-content/recycled-content-figure.ts": ["figureOf"],
};

/** Callees whose string arguments are no explanation: an error's wording, separators, codes. */
const NOT_WORDED = new Set([
  "assertAreaScore",
  "join",
  "split",
  "has",
  "includes",
  "toLocaleString",
]);
const COMPOSED_AT_READ = "explanationText";

function declarationName(statement: ts.Statement): string | null {
  if (ts.isFunctionDeclaration(statement)) return statement.name?.text ?? null;
  if (ts.isVariableStatement(statement)) {
    const [declaration] = statement.declarationList.declarations;
    return ts.isIdentifier(declaration.name) ? declaration.name.text : null;
  }
  return null;
}

const isLiteral = (node: ts.Node) =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);

/** The operands of a `+` chain, left to right. */
function plusParts(node: ts.Expression): ts.Expression[] {
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return [...plusParts(node.left), ...plusParts(node.right)];
  if (ts.isParenthesizedExpression(node)) return plusParts(node.expression);
  return [node];
}

const isWorded = (node: ts.Expression) => isLiteral(node) || ts.isTemplateExpression(node);

function textOf(parts: ts.Expression[]): { text: string; inner: ts.Expression[] } {
  let text = "";
  const inner: ts.Expression[] = [];
  for (const part of parts) {
    if (ts.isStringLiteral(part) || ts.isNoSubstitutionTemplateLiteral(part)) text += part.text;
    else if (ts.isTemplateExpression(part)) {
      text += part.head.text;
      for (const span of part.templateSpans) {
        text += `{{}}${span.literal.text}`;
        inner.push(span.expression);
      }
    } else {
      text += "{{}}";
      inner.push(part);
    }
  }
  return { text, inner };
}

/** Codes and identifiers ("RESTRICTED_ENTITY", "recycledContentShare") and bare punctuation. */
function isWording(text: string): boolean {
  const words = text.replace(/\{\{\}\}/g, "");
  if (!/[a-z]/i.test(words)) return false;
  if (/^[A-Z][A-Z0-9_]*$/.test(text)) return false;
  return !/^[a-z]+[A-Z][A-Za-z0-9]*$/.test(text);
}

export function explanationLiterals(srcDir: string): ExplanationLiteral[] {
  const found: ExplanationLiteral[] = [];
  for (const [file, names] of Object.entries(BUILDERS)) {
    const path = join(srcDir, "modules", file);
    const source = ts.createSourceFile(
      path,
      readFileSync(path, "utf8"),
      ts.ScriptTarget.Latest,
      true,
    );
    const add = (node: ts.Node, text: string, exactKey = false) => {
      if (!exactKey && !isWording(text)) return;
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({ file, line, text, exactKey });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isTypeNode(node) || ts.isImportDeclaration(node)) return;
      if (ts.isNewExpression(node)) return; // an error's message (RangeError)
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee)
          ? callee.text
          : ts.isPropertyAccessExpression(callee)
            ? callee.name.text
            : "";
        if (name === COMPOSED_AT_READ) {
          const key = node.arguments[1];
          if (key && isLiteral(key)) add(key, (key as ts.StringLiteral).text, true);
          node.arguments.slice(2).forEach(visit);
          visit(callee);
          return;
        }
        if (NOT_WORDED.has(name)) {
          visit(callee);
          node.arguments.filter((a) => !isWorded(a)).forEach(visit);
          return;
        }
      }
      if (ts.isElementAccessExpression(node) && isLiteral(node.argumentExpression)) {
        visit(node.expression);
        return;
      }
      if (ts.isBinaryExpression(node)) {
        const op = node.operatorToken.kind;
        if (
          op === ts.SyntaxKind.EqualsEqualsEqualsToken ||
          op === ts.SyntaxKind.ExclamationEqualsEqualsToken
        ) {
          [node.left, node.right].filter((side) => !isWorded(side)).forEach(visit);
          return;
        }
      }
      if (ts.isExpression(node)) {
        const parts = plusParts(node);
        if (parts.some(isWorded) && (parts.length > 1 || isWorded(node))) {
          const { text, inner } = textOf(parts);
          add(node, text);
          inner.forEach(visit);
          return;
        }
      }
      ts.forEachChild(node, visit);
    };
    const wanted = new Set(names);
    for (const statement of source.statements) {
      const name = declarationName(statement);
      if (name && wanted.delete(name)) visit(statement);
    }
    // A builder renamed or moved must not leave the scan silently empty.
    if (wanted.size > 0) throw new Error(`${file}: no declaration ${[...wanted].join(", ")}`);
  }
  return found;
}
