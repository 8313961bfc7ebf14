import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import ts from "typescript";

/**
 * The field messages the server writes as literals: the `message` of every object literal that
 * also has a `path` (a FieldProblem) or a `row` (an import's row error), of class-validator
 * options (`{ message }` passed to a decorator or kept in a constant for one), the top message
 * of `badInput(fields, message)`, the argument of a file reader's refusal (`new
 * AreaFileRefused(...)`, whose message becomes a field's) and what helpers building those are
 * given. A message held in a local constant or returned by a function (`position(...)`, an
 * imported `casProblem(...)`) is followed to its literals. A template literal's `${...}` parts
 * become `{{}}`, the wildcard the catalog test matches (`expanded` also writes out the parts
 * that are worded literals).
 */
export interface MessageLiteral {
  file: string;
  line: number;
  text: string;
  /**
   * The same message with its worded parts written out (`"{{}}" {{}}` as `"{{}}" is not a
   * valid CAS number: ...`): a catalog that has all of these has the message too.
   */
  expanded: string[];
}

// The web client, the demo seed and the start-up configuration (an operator's log, not a request)
// are no API answers.
const SKIP = /^(web|demo|config)(\/|$)|\.spec\.ts$/;

function sourceFiles(dir: string, root: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (SKIP.test(relative(root, path))) return [];
    if (entry.isDirectory()) return sourceFiles(path, root);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Errors whose message a caller hands on as a field message (`onDocument(error.message)`). */
const REFUSALS = new Set(["AreaFileRefused", "TableFileError", "WebhookAddressError"]);

/** Past this many texts a template's parts stay wildcards (no combinatorial blow-up). */
const MAX_EXPANSION = 8;

const sources = new Map<string, ts.SourceFile>();
function sourceOf(file: string): ts.SourceFile | null {
  let source = sources.get(file);
  if (!source) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      return null;
    }
    source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    sources.set(file, source);
  }
  return source;
}

type Declared =
  | { kind: "value"; init: ts.Expression }
  | { kind: "function"; node: ts.FunctionLikeDeclaration };

/** The declaration `name` means at `at`: the nearest enclosing one, or a relative import's. */
function declarationOf(name: string, at: ts.Node): Declared | null {
  for (let scope: ts.Node | undefined = at.parent; scope; scope = scope.parent) {
    if (!ts.isBlock(scope) && !ts.isSourceFile(scope)) continue;
    for (const statement of scope.statements) {
      if (ts.isFunctionDeclaration(statement) && statement.name?.text === name && statement.body)
        return { kind: "function", node: statement };
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || declaration.name.text !== name) continue;
        const init = declaration.initializer;
        if (!init) return null;
        if (ts.isArrowFunction(init) || ts.isFunctionExpression(init))
          return { kind: "function", node: init };
        return { kind: "value", init };
      }
    }
    if (ts.isSourceFile(scope)) return importedDeclaration(name, scope);
  }
  return null;
}

function importedDeclaration(name: string, source: ts.SourceFile): Declared | null {
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier))
      continue;
    const from = statement.moduleSpecifier.text;
    const bindings = statement.importClause?.namedBindings;
    if (!from.startsWith(".") || !bindings || !ts.isNamedImports(bindings)) continue;
    const element = bindings.elements.find((e) => e.name.text === name);
    if (!element) continue;
    const target = sourceOf(join(dirname(source.fileName), `${from}.ts`));
    const exported = (element.propertyName ?? element.name).text;
    const found = target?.statements.find(
      (s) => ts.isFunctionDeclaration(s) && s.name?.text === exported && s.body,
    );
    return found ? { kind: "function", node: found as ts.FunctionDeclaration } : null;
  }
  return null;
}

/** The expressions a function returns (its own `return`s, or an arrow's expression body). */
function returnedExpressions(fn: ts.FunctionLikeDeclaration): ts.Expression[] {
  if (!fn.body) return [];
  if (!ts.isBlock(fn.body)) return [fn.body];
  const found: ts.Expression[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression) found.push(node.expression);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn.body, visit);
  return found;
}

interface Texts {
  texts: string[];
  /** False when some value the expression may have is not a literal (a cell, a name). */
  complete: boolean;
}

const none: Texts = { texts: [], complete: false };
const all = (parts: Texts[]): Texts => ({
  texts: parts.flatMap((p) => p.texts),
  complete: parts.every((p) => p.complete),
});

/**
 * The texts an expression can evaluate to, when they are literals: both sides of a ?:, ?? or
 * ||, joined `+` parts, a constant in scope (`message: INVALID_LINK`), what a function called
 * returns. A template's `${...}` is `{{}}`; with `expand`, a part whose every value is a
 * worded literal (`casProblem(value)`'s reasons) is written out instead, one text per value.
 * `seen` stops recursion through functions that call themselves.
 */
function resolve(node: ts.Expression, expand: boolean, seen: Set<ts.Node>): Texts {
  const texts = (n: ts.Expression) => resolve(n, expand, seen);
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return texts(node.expression);
  if (node.kind === ts.SyntaxKind.NullKeyword) return { texts: [], complete: true };
  if (ts.isIdentifier(node)) {
    if (node.text === "undefined") return { texts: [], complete: true };
    const declared = declarationOf(node.text, node);
    return declared?.kind === "value" ? texts(declared.init) : none;
  }
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
    const declared = declarationOf(node.expression.text, node);
    if (declared?.kind !== "function" || seen.has(declared.node)) return none;
    seen.add(declared.node);
    const returned = returnedExpressions(declared.node).map(texts);
    seen.delete(declared.node);
    return all(returned);
  }
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    return { texts: [node.text], complete: true };
  if (ts.isTemplateExpression(node)) {
    let results = [node.head.text];
    for (const span of node.templateSpans) {
      const inner = expand ? texts(span.expression) : none;
      const worded =
        inner.complete &&
        inner.texts.length > 0 &&
        inner.texts.length <= MAX_EXPANSION &&
        inner.texts.some((t) => t !== "") &&
        inner.texts.every((t) => t === "" || /[a-z]/i.test(t.replace(/\{\{\}\}/g, "")));
      const parts = worded ? inner.texts : ["{{}}"];
      results = results.flatMap((r) => parts.map((p) => r + p + span.literal.text));
    }
    return { texts: results, complete: true };
  }
  if (ts.isConditionalExpression(node)) return all([texts(node.whenTrue), texts(node.whenFalse)]);
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken)
      return all([texts(node.left), texts(node.right)]);
    if (op === ts.SyntaxKind.PlusToken) {
      const left = texts(node.left);
      const right = texts(node.right);
      if (left.texts.length === 0 || right.texts.length === 0) return none;
      return {
        texts: left.texts.flatMap((l) => right.texts.map((r) => l + r)),
        complete: left.complete && right.complete,
      };
    }
  }
  return none;
}

function propertyNamed(object: ts.ObjectLiteralExpression, name: string) {
  return object.properties.find(
    (p) =>
      (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) &&
      ts.isIdentifier(p.name) &&
      p.name.text === name,
  );
}

function insideDecorator(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isDecorator(at)) return true;
    if (ts.isClassDeclaration(at) || ts.isFunctionLike(at)) return false;
  }
  return false;
}

const wildcardPattern = (text: string) =>
  new RegExp(
    `^${text
      .split("{{}}")
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("[\\s\\S]*")}$`,
  );

/** The field messages one source file writes (see above); `file` is how they are reported. */
export function messageLiteralsOf(source: ts.SourceFile, file: string): MessageLiteral[] {
  const found: MessageLiteral[] = [];
  // Helpers handed a message they put in a problem: `(message) => badInput([{ path, message }])`,
  // `(column, message) => errors.push({ row, column, message })`; by the message's position.
  const helpers = new Map<string, number>();
  const buildsProblem = (body: ts.Node): boolean => {
    let builds = false;
    const look = (node: ts.Node) => {
      if (
        ts.isObjectLiteralExpression(node) &&
        propertyNamed(node, "message") &&
        (propertyNamed(node, "path") || propertyNamed(node, "row"))
      )
        builds = true;
      if (!builds) ts.forEachChild(node, look);
    };
    look(body);
    return builds;
  };
  const collect = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const init = node.initializer;
      if (ts.isArrowFunction(init)) {
        const at = init.parameters.findIndex(
          (p) => ts.isIdentifier(p.name) && p.name.text === "message",
        );
        if (at === 0 || (at > 0 && buildsProblem(init.body))) helpers.set(node.name.text, at);
      }
    }
    ts.forEachChild(node, collect);
  };
  collect(source);
  const add = (node: ts.Expression) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    const expanded = resolve(node, true, new Set()).texts;
    for (const text of resolve(node, false, new Set()).texts) {
      // The expansions of this text: those that have its wildcards' places filled.
      const own = expanded.filter((e) => wildcardPattern(text).test(e));
      found.push({ file, line, text, expanded: own.length > 0 ? own : [text] });
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const message = propertyNamed(node, "message");
      if (message && ts.isPropertyAssignment(message)) {
        const isProblem =
          propertyNamed(node, "path") !== undefined || propertyNamed(node, "row") !== undefined;
        // `{ message }` alone: class-validator's options, inline or in a constant.
        const isValidatorOption =
          insideDecorator(node) ||
          (node.properties.length === 1 && ts.isVariableDeclaration(node.parent));
        if (isProblem || isValidatorOption) add(message.initializer);
      }
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const callee = node.expression.text;
      if (callee === "badInput" && node.arguments[1]) add(node.arguments[1]);
      const at = helpers.get(callee);
      if (at !== undefined && node.arguments[at]) add(node.arguments[at]);
    }
    if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      REFUSALS.has(node.expression.text) &&
      node.arguments?.[0]
    )
      add(node.arguments[0]);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function fieldMessageLiterals(srcDir: string): MessageLiteral[] {
  return sourceFiles(srcDir, srcDir).flatMap((file) => {
    const source = sourceOf(file);
    return source ? messageLiteralsOf(source, relative(srcDir, file)) : [];
  });
}
