import { parseCsv } from "../../shared/csv";
import { parseInclusionDate, readCandidateList as readRecords } from "./svhc-import";

const readCandidateList = (text: string) => readRecords(parseCsv(text));

const HEADER = "Substance name,Description,EC No.,CAS No.,Date of inclusion,Reason for inclusion";

describe("readCandidateList", () => {
  it("reads ECHA's columns by header, with '-' for no number and several CAS in a cell", () => {
    const read = readCandidateList(
      [
        HEADER,
        'Lead,,231-100-4,7439-92-1,27-Jun-2018,"Toxic for reproduction (Article 57c)"',
        'Boric acid,,233-139-2,"10043-35-3, 11113-50-1",18/06/2010,Toxic for reproduction (Article 57c)',
        "Some reaction mass,,-,-,2019-01-15,PBT (Article 57d)",
      ].join("\n"),
    );
    expect(read.errors).toEqual([]);
    expect(read.rows).toBe(3);
    expect(read.entries).toEqual([
      {
        row: 2,
        name: "Lead",
        cas: ["7439-92-1"],
        ec: "231-100-4",
        dateOfInclusion: "2018-06-27",
        reason: "Toxic for reproduction (Article 57c)",
      },
      expect.objectContaining({ row: 3, cas: ["10043-35-3", "11113-50-1"], ec: null }),
      expect.objectContaining({ row: 4, cas: [], ec: null, dateOfInclusion: "2019-01-15" }),
    ]);
  });

  it("reports every bad cell by row and column, and keeps the good rows", () => {
    const read = readCandidateList(
      [
        HEADER,
        "Lead,,231-100-4,7439-92-1,2018-06-27,r",
        "Typo,,231-152-8,7440-43-8,2013-06-20,r",
        ",,,117-81-7,2008-02-30,r",
        "Again lead,,,7439-92-1,2018-06-27,r",
        "Bad EC,,12-34,,2018-06-27,r",
      ].join("\n"),
    );
    expect(read.rows).toBe(5);
    expect(read.entries.map((e) => e.row)).toEqual([2]);
    expect(read.errors).toEqual([
      {
        row: 3,
        column: "CAS No.",
        message: '"7440-43-8" is not a valid CAS number: the check digit should be 9',
      },
      { row: 4, column: "Substance name", message: expect.stringMatching(/blank/) },
      { row: 4, column: "Date of inclusion", message: expect.stringMatching(/not a date/) },
      { row: 5, column: "CAS No.", message: "7439-92-1 is already on row 2" },
      { row: 6, column: "EC No.", message: '"12-34" is not an EC number (NNN-NNN-N)' },
    ]);
  });

  it("finds the header below a title row, and names missing columns", () => {
    const titled = readCandidateList(
      `Candidate List export\n\n${HEADER}\nLead,,,7439-92-1,2018-06-27,r`,
    );
    expect(titled.entries.map((e) => e.row)).toEqual([4]);
    expect(readCandidateList("Substance name,CAS No.\nLead,7439-92-1").errors).toEqual([
      {
        row: 1,
        column: null,
        message: "the header has no column for: ec, date, reason",
      },
    ]);
    expect(readCandidateList("a,b\n1,2").errors[0].message).toMatch(/no header row/);
  });

  it.each([
    ["2018-06-27", "2018-06-27"],
    ["27/06/2018", "2018-06-27"],
    ["27.06.2018", "2018-06-27"],
    ["27-Jun-2018", "2018-06-27"],
    ["7 January 2010", "2010-01-07"],
    ["2018-06-27T00:00:00", "2018-06-27"],
    ["31/02/2018", null],
    ["2018-13-01", null],
    ["yesterday", null],
  ])("dates: %s -> %s", (text, expected) => {
    expect(parseInclusionDate(text)).toBe(expected);
  });
});
