import { parseCsv } from "../../shared/csv";
import { readScreeningFile } from "./screening-import";
import { ScreeningListKind } from "./screening.enums";

const TODAY = "2026-06-01";
const read = (kind: ScreeningListKind, text: string) =>
  readScreeningFile(kind, parseCsv(text), TODAY);

describe("screening list files", () => {
  it("reads entities with aliases and their match keys, in any column order", () => {
    const file = read(
      ScreeningListKind.RESTRICTED_ENTITY,
      `Listed On;Source;Name;Aliases\n2026-02-01;Demo;Nordlicht Silicon GmbH;NS Trading | N.S.T. Co., Ltd.\n`,
    );
    expect(file.errors).toEqual([]);
    expect(file.entries).toEqual([
      {
        row: 2,
        name: "Nordlicht Silicon GmbH",
        aliases: ["NS Trading", "N.S.T. Co., Ltd."],
        country: null,
        regionCode: null,
        source: "Demo",
        listedOn: "2026-02-01",
        matchKeys: ["nordlicht silicon", "ns trading", "nst"],
      },
    ]);
  });

  it.each([
    ["cn-xj", null, "CN-XJ"],
    ["Xinjiang", "is not an ISO 3166-2 region code", null],
    ["ZZ-AB", '"ZZ" is not an ISO 3166-1 country code', null],
  ])("region code %s", (code, problem, stored) => {
    const file = read(
      ScreeningListKind.HIGH_RISK_REGION,
      `regionCode,name,source,listedOn\n${code},A region,Demo,2026-01-01\n`,
    );
    if (problem) {
      expect(file.errors).toHaveLength(1);
      expect(file.errors[0]).toMatchObject({ row: 2, column: "regionCode" });
      expect(file.errors[0].message).toContain(problem);
    } else expect(file.entries[0]).toMatchObject({ regionCode: stored, country: "CN" });
  });

  it("refuses a missing column, a future date and a repeated region", () => {
    expect(read(ScreeningListKind.RESTRICTED_ENTITY, "name,source\nA,B\n").errors).toEqual([
      { row: 1, column: null, message: "the header has no listedOn column" },
    ]);
    const file = read(
      ScreeningListKind.HIGH_RISK_REGION,
      `regionCode,name,source,listedOn\nCN-XJ,A,Demo,2026-07-01\nCN-XJ,B,Demo,2026-01-01\nCN-XJ,C,Demo,2026-01-01\n`,
    );
    expect(file.errors).toEqual([
      { row: 2, column: "listedOn", message: "2026-07-01 is in the future" },
      { row: 4, column: "regionCode", message: "repeats row 3 (CN-XJ)" },
    ]);
  });
});
