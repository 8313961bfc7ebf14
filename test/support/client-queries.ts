import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import {
  isEnumType,
  isInputObjectType,
  isInputType,
  isListType,
  isNonNullType,
  Kind,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import ts from "typescript";
import { MAX_PAGE_SIZE } from "../../src/graphql/pagination";

export interface ClientQuery {
  file: string;
  name: string;
  text: string;
}

const OPERATION = /^\s*(query|mutation|fragment)\b|^\s*\{/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    // src/web/gql is codegen's output: the same documents again.
    if (statSync(full).isDirectory()) return entry === "gql" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry) ? [full] : [];
  });
}

function parsed(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
}

/** `const NAME = \`...\`` constants (selection sets shared between queries), by name. */
function textConstants(sources: ts.SourceFile[]): Map<string, string> {
  const constants = new Map<string, string>();
  for (const source of sources) {
    const visit = (node: ts.Node) => {
      if (
        ts.isVariableDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        node.initializer &&
        ts.isNoSubstitutionTemplateLiteral(node.initializer)
      ) {
        constants.set(node.name.text, node.initializer.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return constants;
}

/** The text of a template literal, `${CONSTANT}` parts filled in; null if one is not known. */
function templateText(node: ts.Node, constants: Map<string, string>): string | null {
  if (ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (!ts.isTemplateExpression(node)) return null;
  let text = node.head.text;
  for (const span of node.templateSpans) {
    const value = ts.isIdentifier(span.expression)
      ? constants.get(span.expression.text)
      : undefined;
    if (value === undefined) return null;
    text += value + span.literal.text;
  }
  return text;
}

/** The constant a literal is assigned to, directly or through the web's `graphql(\`...\`)`. */
function holderName(node: ts.Node, source: ts.SourceFile): string {
  let holder = node.parent;
  if (
    ts.isCallExpression(holder) &&
    ts.isIdentifier(holder.expression) &&
    holder.expression.text === "graphql"
  ) {
    holder = holder.parent;
  }
  return ts.isVariableDeclaration(holder) ? holder.name.getText(source) : "";
}

const FRAGMENT = /^\s*fragment\s+([_A-Za-z]\w*)\s+on\b/;
const SPREAD = /\.\.\.\s*(?!on\b)([_A-Za-z]\w*)/g;

/** The operation with the named fragments it spreads (and theirs) appended, as codegen sends it. */
function withFragments(text: string, fragments: Map<string, string>): string {
  const added = new Set<string>();
  const pending = [text];
  let full = text;
  while (pending.length > 0) {
    for (const [, name] of pending.pop()!.matchAll(SPREAD)) {
      const fragment = fragments.get(name);
      if (fragment === undefined || added.has(name)) continue;
      added.add(name);
      pending.push(fragment);
      full += `\n${fragment}`;
    }
  }
  return full;
}

/**
 * Every GraphQL operation written as a template literal in the files under `dir` (with
 * `${CONSTANT}` parts of shared selection sets filled in, and the named fragments it spreads
 * appended), found with the TypeScript parser: the queries the web app really sends.
 */
export function clientQueries(dir: string): ClientQuery[] {
  const root = path.join(__dirname, "..", "..");
  const sources = sourceFiles(dir).map(parsed);
  const constants = textConstants(sources);
  const found = sources.flatMap((source) => {
    const inSource: ClientQuery[] = [];
    const visit = (node: ts.Node) => {
      const text = templateText(node, constants);
      if (text !== null && OPERATION.test(text)) {
        const name = holderName(node, source);
        inSource.push({ file: path.relative(root, source.fileName), name, text });
      }
      if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit);
    };
    visit(source);
    return inSource;
  });
  const fragments = new Map<string, string>();
  for (const query of found) {
    const name = FRAGMENT.exec(query.text)?.[1];
    if (name) fragments.set(name, query.text);
  }
  return found.map((query) =>
    FRAGMENT.test(query.text) ? query : { ...query, text: withFragments(query.text, fragments) },
  );
}

/**
 * Variables for measuring an operation's cost at its worst: every page size at the maximum,
 * every boolean true (so `@include(if:)` parts count), required inputs filled in minimally.
 */
export function worstCaseVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const type = typeFromAST(schema, variable.type);
      const name = variable.variable.name.value;
      if (type && isInputType(type)) variables[name] = sample(type, name);
    }
  }
  return variables;
}

function sample(type: GraphQLInputType, name: string): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sample(field.type, field.name)]),
    );
  }
  switch (inner.name) {
    case "Int":
      return name === "first" ? MAX_PAGE_SIZE : 1;
    case "Float":
      return 1;
    case "Boolean":
      return true;
    case "ID":
      return "00000000-0000-4000-8000-000000000000";
    case "DateTime":
      return "2026-01-01T00:00:00.000Z";
    default:
      return "x";
  }
}
