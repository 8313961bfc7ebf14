import { parseCsv } from "./csv";

describe("parseCsv", () => {
  it("reads quoted cells with separators, quotes and line breaks, numbering records", () => {
    const text = '\ufeffname,CAS\r\n"Lead, metal",7439-92-1\n"Say ""hi""\nagain",\n\nlast,1\n';
    expect(parseCsv(text)).toEqual([
      { row: 1, cells: ["name", "CAS"] },
      { row: 2, cells: ["Lead, metal", "7439-92-1"] },
      { row: 3, cells: ['Say "hi"\nagain', ""] },
      { row: 4, cells: [""] },
      { row: 5, cells: ["last", "1"] },
    ]);
  });

  it("takes ; as the separator when the first line uses it", () => {
    expect(parseCsv("name;CAS\nLead;7439-92-1")).toEqual([
      { row: 1, cells: ["name", "CAS"] },
      { row: 2, cells: ["Lead", "7439-92-1"] },
    ]);
  });
});
