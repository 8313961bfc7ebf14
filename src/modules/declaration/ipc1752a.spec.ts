import { readIpc1752a } from "./ipc1752a";

const wrap = (product: string, prefix = "") =>
  [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<${prefix}MainDeclaration xmlns${prefix ? `:${prefix.slice(0, -1)}` : ""}="http://webstds.ipc.org/175x/2.0">`,
    `<${prefix}Product>`,
    `<${prefix}ProductID itemNumber="P-1" itemName="Part"/>`,
    product,
    `</${prefix}Product>`,
    `</${prefix}MainDeclaration>`,
  ].join("\n");

const material = (substance: string) =>
  `<HomogeneousMaterial name="m" mass="2" unitOfMeasure="g">\n${substance}\n</HomogeneousMaterial>`;

describe("readIpc1752a", () => {
  it.each([
    ["massPercent attribute", `<Substance CASNumber="7439-92-1" massPercent="0.2"/>`, 2000, null],
    [
      "massPercent element",
      `<Substance CASNumber="7439-92-1"><massPercent>0.2</massPercent></Substance>`,
      2000,
      null,
    ],
    ["ppm attribute", `<Substance CASNumber="7439-92-1" ppm="150"/>`, 150, null],
    [
      "Amount in mg",
      `<Substance CASNumber="7439-92-1"><Amount value="4" UOM="mg"/></Substance>`,
      null,
      4,
    ],
    [
      "Amount in g",
      `<Substance CASNumber="7439-92-1"><Amount value="0.004" UOM="g"/></Substance>`,
      null,
      4,
    ],
    [
      "Amount in %",
      `<Substance CASNumber="7439-92-1"><Amount value="0.2" UOM="%"/></Substance>`,
      2000,
      null,
    ],
  ])("reads the amount as %s", (_name, substance, ppm, massMg) => {
    const read = readIpc1752a(wrap(material(substance)));
    expect(read.problems).toEqual([]);
    expect(read.materials).toEqual([
      {
        name: "m",
        massMg: 2000,
        exemptions: [],
        substances: [{ cas: "7439-92-1", name: null, ppm, massMg }],
      },
    ]);
  });

  it("reads a prefixed namespace like the default one", () => {
    const read = readIpc1752a(
      wrap(
        `<x:Material name="m" mass="10"><x:Substance CASNumber="7440-43-9" ppm="5"/></x:Material>`,
        "x:",
      ),
    );
    expect(read).toMatchObject({ partNumber: "P-1", partName: "Part", problems: [] });
    expect(read.materials[0].substances).toEqual([
      { cas: "7440-43-9", name: null, ppm: 5, massMg: null },
    ]);
  });

  it.each([
    [`<Substance CASNumber="7439-92-2" ppm="1"/>`, "CAS 7439-92-2 fails its check digit"],
    [
      `<Substance CASNumber="lead" ppm="1"/>`,
      "CAS lead must be a CAS number: 2-7 digits, 2 digits and a check digit (7439-92-1)",
    ],
    [`<Substance name="Lead" ppm="1"/>`, "has no CASNumber"],
    [`<Substance CASNumber="7439-92-1"/>`, "gives no amount (Amount, massPercent or ppm)"],
    [`<Substance CASNumber="7439-92-1" massPercent="120"/>`, "massPercent 120 is over 100"],
    [
      `<Substance CASNumber="7439-92-1" ppm="-3"/>`,
      "has an amount that is not a non-negative number",
    ],
    [
      `<Substance CASNumber="7439-92-1"><Amount value="3" UOM="kg"/></Substance>`,
      "mass 3000000 mg is more than its material's 2000 mg",
    ],
  ])("names the line and element of %s", (substance, message) => {
    const read = readIpc1752a(wrap(material(substance)));
    expect(read.problems).toEqual([{ line: 6, element: "Substance", message }]);
  });

  it("reports malformed XML with its line, and a file that is no declaration", () => {
    expect(readIpc1752a(`<MainDeclaration>\n<Product>\n</MainDeclaration>`).problems).toEqual([
      expect.objectContaining({ line: 3, element: "xml" }),
    ]);
    expect(readIpc1752a(`<Other/>`).problems).toEqual([
      { line: 1, element: "MainDeclaration", message: "is missing: not an IPC-1752A declaration" },
    ]);
  });

  it("does not expand entities", () => {
    const read = readIpc1752a(
      `<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY x "7439-92-1">]>\n` +
        wrap(material(`<Substance CASNumber="&x;" ppm="1"/>`)).split("\n").slice(1).join("\n"),
    );
    expect(read.materials[0].substances).toEqual([]);
    expect(read.problems[0].message).toMatch(/^CAS &x; must be a CAS number/);
  });
});
