import { ESG_AREAS, EsgArea } from "../../shared/domain/esg-area.enum";
import { Grade } from "../../shared/domain/procurement.enums";
import { gradeForScore } from "./grade";
import {
  AREA_WEIGHTS,
  MATERIAL_WEIGHTS,
  PRIORITY_ESG_WEIGHT,
  PRIORITY_MATERIAL_WEIGHT,
  TOTAL_AREA_WEIGHT,
} from "./scoring-policy";

describe("scoring policy", () => {
  it("weighs every one of the nine areas, 10.5 in total", () => {
    expect(Object.keys(AREA_WEIGHTS).sort()).toEqual([...ESG_AREAS].sort());
    expect(AREA_WEIGHTS[EsgArea.CHILD_AND_FORCED_LABOUR]).toBe(2);
    expect(AREA_WEIGHTS[EsgArea.HEALTH_AND_SAFETY]).toBe(1.5);
    expect(TOTAL_AREA_WEIGHT).toBe(10.5);
  });

  it("keeps the priority and material weights summing to 1", () => {
    expect(PRIORITY_ESG_WEIGHT + PRIORITY_MATERIAL_WEIGHT).toBeCloseTo(1, 12);
    const material = Object.values(MATERIAL_WEIGHTS).reduce((s, w) => s + w, 0);
    expect(material).toBeCloseTo(1, 12);
  });

  it.each([
    [100, Grade.A],
    [85, Grade.A],
    [84.99, Grade.B],
    [70, Grade.B],
    [69.99, Grade.C],
    [55, Grade.C],
    [54.99, Grade.D],
    [40, Grade.D],
    [39.99, Grade.E],
    [0, Grade.E],
  ])("gradeForScore(%p) -> %s", (score, grade) => {
    expect(gradeForScore(score)).toBe(grade);
  });
});
