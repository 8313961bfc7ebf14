import { fieldLabel, fieldSentence, plainMessage } from "../src/web/api/field-messages";
import { showLocale } from "../src/web/i18n";

/** The portal's field errors: labels instead of internal names, plain words instead of validator wording. */
describe("field messages in plain words", () => {
  it.each([
    ["must be longer than or equal to 1 characters", "must be filled in"],
    ["must be longer than or equal to 10 characters", "needs at least 10 characters"],
    ["must be shorter than or equal to 200 characters", "can have at most 200 characters"],
    ["must not be greater than 5", "must be at most 5"],
    ["must not be less than 1", "must be at least 1"],
    ["must be an integer number", "must be a whole number"],
    ["must be one of the following values: MAJOR, MINOR", "must be one of the choices offered"],
    ["must not be blank", "must be filled in"],
    [
      "must be HEALTH_AND_SAFETY, the area of item HS-03",
      "must be health and safety, the area of item HS-03",
    ],
    [
      "is a zero-tolerance non-conformance and needs a ZERO_TOLERANCE finding",
      "is a zero-tolerance non-conformance and needs a zero tolerance finding",
    ],
    ["must not be before validFrom", "must not be before valid from"],
    [
      "is PUBLISHED; audits use a PUBLISHED checklist",
      "is published; audits use a published checklist",
    ],
  ])("%s -> %s", (raw, plain) => {
    expect(plainMessage(raw)).toBe(plain);
  });

  it("keeps messages already in words, and short acronyms", () => {
    expect(plainMessage("must be at least 10 characters")).toBe("must be at least 10 characters");
    expect(plainMessage("must be an ISO 3166-1 alpha-2 country code")).toBe(
      "must be an ISO 3166-1 alpha-2 country code",
    );
  });

  it.each([
    ["input.targetDate", "Target date"],
    ["input.leadAuditorId", "Lead auditor"],
    ["input.sites.0.country", "Site 1: Country"],
    ["items.CFL-01", "Item CFL-01"],
    ["reason", "Reason"],
    ["filter.text", "Text"],
  ])("names %s as %s", (path, label) => {
    expect(fieldLabel(path)).toBe(label);
  });

  it("builds one sentence with the field's label, without its hint in brackets", () => {
    expect(fieldSentence("Description", "must be longer than or equal to 1 characters")).toBe(
      "Description must be filled in.",
    );
    expect(
      fieldSentence("Reason (at least 10 characters)", "must have at least 10 characters"),
    ).toBe("Reason must have at least 10 characters.");
    expect(fieldSentence("Target date", "must not be in the past; must be a Date instance")).toBe(
      "Target date must not be in the past; must be a date.",
    );
  });

  it("keeps a message that is already a sentence whole instead of putting the label before it", () => {
    expect(
      fieldSentence("Repeat the password", "The repeated password does not match the password"),
    ).toBe("The repeated password does not match the password.");
    expect(fieldSentence("Token", "This invitation has expired.")).toBe(
      "This invitation has expired.",
    );
    // An acronym at the start is not a sentence: the label still leads.
    expect(fieldSentence("Country", "ISO code unknown")).toBe("Country ISO code unknown.");
    expect(fieldLabel("input.confirmPassword")).toBe("Repeated password");
  });
});

/** For a zh-CN reader the server's messages come in Chinese; labels and the sentence follow. */
describe("field messages in Chinese", () => {
  beforeAll(async () => {
    // Loads the Chinese texts (their own chunk in the browser) and switches to them.
    await showLocale("zh-CN");
  });
  afterAll(async () => {
    await showLocale("en");
  });

  it("leaves the server's Chinese message alone, except for the one-character minimum", () => {
    expect(plainMessage("必须是整数")).toBe("必须是整数");
    expect(plainMessage("必须是 PROCUREMENT 或 AUDITOR（不能是 ADMIN）")).toBe(
      "必须是 PROCUREMENT 或 AUDITOR（不能是 ADMIN）",
    );
    expect(plainMessage("长度不能少于 1 个字符")).toBe("必须填写");
  });

  it("still puts validator English it was sent into Chinese words", () => {
    expect(plainMessage("must be longer than or equal to 10 characters")).toBe(
      "至少需要 10 个字符",
    );
    expect(plainMessage("must be a Date instance")).toBe("必须是日期");
  });

  it.each([
    ["input.targetDate", "目标日期"],
    ["input.sites.0.country", "场所 1：国家/地区"],
    ["items.CFL-01", "检查项 CFL-01"],
    ["input", "此字段"],
  ])("names %s as %s", (path, label) => {
    expect(fieldLabel(path)).toBe(label);
  });

  it("builds a Chinese sentence: the label, the message, a full stop", () => {
    expect(fieldSentence("描述", "长度不能少于 1 个字符")).toBe("描述必须填写。");
    expect(fieldSentence("原因（至少 10 个字符）", "长度不能少于 10 个字符")).toBe(
      "原因长度不能少于 10 个字符。",
    );
    expect(fieldSentence("目标日期", "不能早于今天；必须是日期")).toBe(
      "目标日期不能早于今天；必须是日期。",
    );
    // A message that is a sentence of its own is not prefixed.
    expect(fieldSentence("令牌", "该邀请已过期：请索取新的邀请")).toBe(
      "该邀请已过期：请索取新的邀请。",
    );
    expect(fieldSentence("再次输入密码", "两次输入的密码不一致。")).toBe("两次输入的密码不一致。");
  });
});
