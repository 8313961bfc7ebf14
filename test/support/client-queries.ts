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
    if (statSync(full).isDirectory()) return sourceFiles(full);
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

/**
 * Every GraphQL operation written as a template literal in the files under `dir` (with
 * `${CONSTANT}` parts of shared selection sets filled in), found with the TypeScript parser:
 * the queries the web app really sends.
 */
export function clientQueries(dir: string): ClientQuery[] {
  const root = path.join(__dirname, "..", "..");
  const sources = sourceFiles(dir).map(parsed);
  const constants = textConstants(sources);
  return sources.flatMap((source) => {
    const found: ClientQuery[] = [];
    const visit = (node: ts.Node) => {
      const text = templateText(node, constants);
      if (text !== null && OPERATION.test(text)) {
        const holder = ts.isVariableDeclaration(node.parent)
          ? node.parent.name.getText(source)
          : "";
        found.push({ file: path.relative(root, source.fileName), name: holder, text });
      }
      if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  });
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
