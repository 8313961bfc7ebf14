import { randomUUID } from "node:crypto";
import path from "node:path";
import { translateMessage } from "../src/shared/i18n/error-messages";
import { SERVER_RESOURCES } from "../src/shared/i18n/server-i18n";
import { Role } from "../src/shared/domain/role.enum";
import { upload } from "./support/documents";
import { makeUser, type TestUser } from "./support/factories";
import ts from "typescript";
import {
  fieldMessageLiterals,
  messageLiteralsOf,
  type MessageLiteral,
} from "./support/field-message-literals";
import { createTestApp, type TestApp } from "./support/test-app";

const SRC = path.join(__dirname, "..", "src");
const zhErrors = SERVER_RESOURCES["zh-CN"].errors as Record<string, string>;

/** `{{name}}` -> `{{}}`: a catalog key as the source scan writes a template literal. */
const canonical = (key: string) => key.replace(/\{\{\w+\}\}/g, "{{}}");
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
/** i18next's plural forms are one key: English has _one and _other, Chinese _other only. */
const baseKey = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, "");

/** The scanned messages the zh-CN catalog has no text for, as `file:line: text`. */
function untranslated(literals: MessageLiteral[]): string[] {
  const known = new Set(Object.keys(zhErrors).map(canonical));
  return literals
    .filter((l) => !known.has(l.text) && !l.expanded.every((text) => known.has(text)))
    .map((l) => `${l.file}:${l.line}: ${l.text}`);
}

describe("server error messages in Chinese", () => {
  it("has a zh-CN text for every field message and import row error the server source writes", () => {
    const literals = fieldMessageLiterals(SRC);
    // The scan finds the messages: a broken scanner must not pass by finding none.
    expect(literals.length).toBeGreaterThan(350);
    const imports = literals.filter((l) => /import|area-file|spreadsheet/.test(l.file));
    expect(imports.length).toBeGreaterThan(70);
    expect(untranslated(literals)).toEqual([]);
  });

  it("reports a message the catalog lacks, wherever the source writes it", () => {
    const source = ts.createSourceFile(
      "fake.ts",
      `
      const errors: CsvRowError[] = [];
      const problem = (column: string, message: string) =>
        errors.push({ row: 2, column, message });
      const reason = (n: number) => (n > 1 ? "has reasons nobody translated" : null);
      export function read(n: number) {
        problem("name", "is empty");
        problem("name", \`has \${n} cells nobody translated\`);
        const why = reason(n);
        if (why) errors.push({ row: 3, column: null, message: why });
        throw badInput([{ path: "input.x", message: "is a field message nobody translated" }]);
      }
      export const refuse = () => new TableFileError("is a file nobody translated");
      `,
      ts.ScriptTarget.Latest,
      true,
    );
    expect(untranslated(messageLiteralsOf(source, "fake.ts"))).toEqual([
      "fake.ts:8: has {{}} cells nobody translated",
      "fake.ts:10: has reasons nobody translated",
      "fake.ts:11: is a field message nobody translated",
      "fake.ts:13: is a file nobody translated",
    ]);
  });

  it("translates class-validator's wording, badInput's joined messages and known values", () => {
    const zh = (message: string) => translateMessage(message, "zh-CN");
    expect(zh("must be longer than or equal to 3 characters")).toEqual({
      text: "长度不能少于 3 个字符",
      translated: true,
    });
    expect(zh("each value in statuses must be a UUID").text).toBe("statuses 中的每个值必须是 UUID");
    expect(zh("input.name: must not be blank; input.country: is required").text).toBe(
      "input.name：不能为空；input.country：为必填项",
    );
    expect(zh("This invitation has expired: ask for a new invitation").text).toBe(
      "该邀请已过期：请索取新的邀请",
    );
    expect(zh("Supplier 4f1c not found").text).toBe("未找到供应商 4f1c");
    expect(zh("Supplier not found").text).toBe("未找到供应商");
    expect(zh("Invalid input").text).toBe("输入无效");
  });

  it("keeps a message it does not know in English and says so; English stays as it is", () => {
    expect(translateMessage('Cannot query field "nope" on type "Query".', "zh-CN")).toEqual({
      text: 'Cannot query field "nope" on type "Query".',
      translated: false,
    });
    expect(translateMessage("must not be blank", "en")).toEqual({
      text: "must not be blank",
      translated: true,
    });
  });
});

describe("server catalogs' parity", () => {
  // en/errors.ts is made of zh-CN's keys, so comparing them proves nothing: the errors catalog's
  // real check is the source scan above (every message the server writes has a zh-CN text).
  const namespaces = (
    Object.keys(SERVER_RESOURCES.en) as (keyof typeof SERVER_RESOURCES.en)[]
  ).filter((ns) => ns !== "errors");

  it.each(namespaces)("%s: the same keys and placeholders in en and zh-CN", (ns) => {
    const en = SERVER_RESOURCES.en[ns] as Record<string, string>;
    const zh = SERVER_RESOURCES["zh-CN"][ns] as Record<string, string>;
    const keys = (texts: Record<string, string>) =>
      [...new Set(Object.keys(texts).map(baseKey))].sort();
    expect(keys(zh)).toEqual(keys(en));
    for (const key of Object.keys(en)) {
      const zhKey = key in zh ? key : `${baseKey(key)}_other`;
      expect([key, placeholders(zh[zhKey] ?? "")]).toEqual([key, placeholders(en[key])]);
    }
    for (const value of Object.values(zh)) expect(value.trim()).not.toBe("");
  });

  it("errors: each Chinese text has its English key's placeholders", () => {
    for (const [key, value] of Object.entries(zhErrors))
      expect([key, placeholders(value)]).toEqual([key, placeholders(key)]);
  });
});

describe("BAD_USER_INPUT in the caller's language", () => {
  let app: TestApp;
  let admin: TestUser;
  let port: number;
  const CREATE = `mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { id } }`;
  const input = { name: "", country: "XX", contactEmail: "nobody" };

  beforeAll(async () => {
    app = await createTestApp();
    admin = await makeUser(app, Role.ADMIN);
    port = await app.server.listen(0, "127.0.0.1");
  });
  afterAll(() => app?.close());

  const post = async (acceptLanguage: string | null, query = CREATE) => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${admin.token}`,
        ...(acceptLanguage ? { "accept-language": acceptLanguage } : {}),
      },
      body: JSON.stringify({ query, variables: { input } }),
    });
    return (await response.json()) as {
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
  };
  type Field = { path: string; message: string };

  it("translates the message and every field message; codes and paths stay", async () => {
    const en = (await post(null)).errors[0];
    const zh = (await post("zh-CN,zh;q=0.9")).errors[0];
    expect(en.message).toBe("Invalid input");
    expect(zh.message).toBe("输入无效");
    expect(zh.extensions.code).toBe("BAD_USER_INPUT");
    expect(en.extensions.messageLocale).toBeUndefined();
    expect(zh.extensions.messageLocale).toBeUndefined();
    const enFields = en.extensions.fields as Field[];
    const zhFields = zh.extensions.fields as Field[];
    expect(zhFields.map((f) => f.path)).toEqual(enFields.map((f) => f.path));
    expect(zhFields).toContainEqual({ path: "input.name", message: "长度不能少于 1 个字符" });
    expect(zhFields).toContainEqual({
      path: "input.country",
      message: "必须是 ISO 3166-1 二位字母国家代码",
    });
    expect(zhFields).toContainEqual({ path: "input.contactEmail", message: "必须是电子邮件地址" });
  });

  it("answers a refused download in the caller's language, with the same code and status", async () => {
    const id = randomUUID();
    const download = async (token: string | null, acceptLanguage: string | null) => {
      const response = await fetch(`http://127.0.0.1:${port}/documents/${id}`, {
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(acceptLanguage ? { "accept-language": acceptLanguage } : {}),
        },
      });
      const body = (await response.json()) as {
        errors: { message: string; extensions: Record<string, unknown> }[];
      };
      return { status: response.status, error: body.errors[0] };
    };
    expect(await download(admin.token, null)).toEqual({
      status: 404,
      error: { message: `Document ${id} not found`, extensions: { code: "NOT_FOUND" } },
    });
    expect(await download(admin.token, "zh-CN,zh;q=0.9")).toEqual({
      status: 404,
      error: { message: `未找到文件 ${id}`, extensions: { code: "NOT_FOUND" } },
    });
    // No context could refuse an anonymous caller in its stored language: Accept-Language.
    expect(await download(null, "zh-CN")).toEqual({
      status: 401,
      error: { message: "请先登录", extensions: { code: "UNAUTHENTICATED" } },
    });
    // A route without a context at all (a public template): Accept-Language.
    const template = await fetch(`http://127.0.0.1:${port}/imports/templates/nope.csv`, {
      headers: { "accept-language": "zh-CN" },
    });
    expect(template.status).toBe(404);
    expect(await template.json()).toEqual({
      errors: [
        {
          message: "没有此模板：可用模板为 suppliers 或 users，格式为 .csv 或 .xlsx",
          extensions: { code: "NOT_FOUND" },
        },
      ],
    });
    // A signed-in reader's stored choice wins over the header.
    const reader = await makeUser(app, Role.AUDITOR);
    await app.exec(reader.token, `mutation { setLocale(locale: "zh-CN") { id } }`);
    expect((await download(reader.token, "en")).error.message).toBe(`未找到文件 ${id}`);
  });

  it("answers an import's row errors in the caller's language; rows and columns stay", async () => {
    const buyer = await makeUser(app, Role.PROCUREMENT);
    const csv = Buffer.from(
      "externalId,name,country,contactEmail,sites\n" +
        "V-1,,XX,nobody,Plant@ZZ\n" +
        ",Second,DE,a@b.example,\n",
    );
    const sent = await upload(`http://127.0.0.1:${port}`, buyer.token, csv, "suppliers.csv");
    expect(sent.status).toBe(201);
    const run = async () => {
      const result = await app.exec(
        buyer.token,
        `mutation($id: ID!) { importSuppliers(documentId: $id, dryRun: true) {
          errors { row column message } } }`,
        { id: sent.body.id },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.importSuppliers.errors as {
        row: number;
        column: string | null;
        message: string;
      }[];
    };
    const en = await run();
    expect(en).toContainEqual({ row: 2, column: "name", message: "is empty" });
    await app.exec(buyer.token, `mutation { setLocale(locale: "zh-CN") { id } }`);
    const zh = await run();
    expect(zh.map((e) => [e.row, e.column])).toEqual(en.map((e) => [e.row, e.column]));
    expect(zh).toEqual(
      expect.arrayContaining([
        { row: 2, column: "name", message: "为空" },
        { row: 2, column: "country", message: "“XX”不是 ISO 3166-1 二位字母国家代码" },
        { row: 2, column: "contactEmail", message: "“nobody”不是电子邮件地址" },
        {
          row: 2,
          column: "sites",
          message: "“Plant@ZZ”：“ZZ”不是 ISO 3166-1 二位字母国家代码",
        },
        { row: 3, column: "externalId", message: "为空：每一行都须填写 ERP 供应商编号" },
      ]),
    );
    // Every message has its Chinese text: none is left in English (quoted cells are data).
    for (const error of zh) expect(error.message.replace(/“[^”]*”/g, "")).not.toMatch(/[a-z]{3,}/);
  });

  it("keeps an untranslated message in English and marks it messageLocale en", async () => {
    const zh = (await post("zh-CN", "query { nope }")).errors[0];
    expect(zh.message).toMatch(/Cannot query field "nope"/);
    expect(zh.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(zh.extensions.messageLocale).toBe("en");
  });
});
