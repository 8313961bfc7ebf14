import { Basis } from "../../shared/domain/sustainability.enums";
import { categoryRecycledShare, type RecycledDeclarationInput } from "./category-recycled-share";

const declaration = (values: Partial<RecycledDeclarationInput>): RecycledDeclarationInput => ({
  id: "d",
  categoryId: "c",
  element: "LI",
  validFrom: "2026-01",
  validTo: "2026-12",
  elementFraction: 0.1,
  recycledFraction: 0.3,
  verified: true,
  ...values,
});

describe("categoryRecycledShare", () => {
  it("is null without a declaration (the supplier-level share counts)", () => {
    expect(categoryRecycledShare([])).toBeNull();
  });

  it.each([
    // verified in full, unverified at x 0.5
    [[declaration({})], 30, Basis.VERIFIED],
    [[declaration({ verified: false })], 15, Basis.DECLARED],
    // element mass 0.08: LI 0.25 x 50 + CO 0.75 x (10 x 0.5) = 16.25
    [
      [
        declaration({ id: "li", elementFraction: 0.02, recycledFraction: 0.5 }),
        declaration({
          id: "co",
          element: "CO",
          elementFraction: 0.06,
          recycledFraction: 0.1,
          verified: false,
        }),
      ],
      16.25,
      Basis.DECLARED,
    ],
    // two verified elements of equal mass: the plain mean
    [
      [
        declaration({ id: "al", element: "AL", elementFraction: 0.5, recycledFraction: 0.8 }),
        declaration({ id: "si", element: "SI", elementFraction: 0.5, recycledFraction: 0.2 }),
      ],
      50,
      Basis.VERIFIED,
    ],
  ])("%j -> %p %s", (declarations, share, basis) => {
    const result = categoryRecycledShare(declarations)!;
    expect(result.share).toBeCloseTo(share, 10);
    expect(result.basis).toBe(basis);
    expect(result.parts.reduce((sum, p) => sum + p.weight, 0)).toBeCloseTo(1, 12);
  });
});
