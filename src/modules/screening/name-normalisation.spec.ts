import { normaliseName, normaliseRegion } from "./name-normalisation";

describe("screening name normalisation", () => {
  it.each([
    ["Ünited Pölysilicon Co., Ltd.", "united polysilicon"],
    ["UNITED   POLYSILICON", "united polysilicon"],
    ["United-Polysilicon Company Limited", "united polysilicon"],
    ["Nordwerk Silizium GmbH & Co. KG", "nordwerk silizium"],
    ["Straße Metals LLC", "strasse metals"],
    ["Smith & Sons, Inc.", "smith and sons"],
    ["Øresund Mining A/S", "oresund mining"],
    ["Ｆｕｌｌｗｉｄｔｈ Ｃｏ", "fullwidth"],
    ["晨光硅业有限公司", "晨光硅业"],
    ["Ltd Holdings", "ltd holdings"],
    ["Aurora P.S.", "aurora ps"],
    ["O'Brien’s Quartz Co.Ltd", "obriens quartz"],
    ["Nordlicht/Silicon", "nordlicht silicon"],
    // Never the whole name: a company called "Limited" stays "limited".
    ["Limited", "limited"],
    ["  ", ""],
  ])("%s -> %s", (raw, expected) => {
    expect(normaliseName(raw)).toBe(expected);
  });

  it("does not match looser than equality after normalising", () => {
    expect(normaliseName("United Polysilicon")).not.toBe(normaliseName("United Polysilicons"));
    expect(normaliseName("Polysilicon United")).not.toBe(normaliseName("United Polysilicon"));
  });

  it.each([
    [" cn-xj ", "CN-XJ"],
    ["CN-65", "CN-65"],
    ["CN", null],
    ["Xinjiang", null],
    [null, null],
  ])("region %p -> %p", (raw, expected) => {
    expect(normaliseRegion(raw)).toBe(expected);
  });
});
