import { distanceToAreaKm, mayBeNear } from "./area-geometry";
import { AreaShape } from "./protected-area.enums";

/** A 0.1° square at the equator (about 11.1 km a side) with a 0.02° square hole in it. */
const SQUARE = {
  shape: AreaShape.POLYGON,
  minLat: 0,
  maxLat: 0.1,
  minLon: 0,
  maxLon: 0.1,
  radiusM: null,
  polygons: [
    [
      [
        [0, 0],
        [0.1, 0],
        [0.1, 0.1],
        [0, 0.1],
        [0, 0],
      ],
      [
        [0.04, 0.04],
        [0.06, 0.04],
        [0.06, 0.06],
        [0.04, 0.06],
        [0.04, 0.04],
      ],
    ],
  ],
};
const WELL = {
  ...SQUARE,
  shape: AreaShape.POINT,
  maxLat: 0,
  maxLon: 0,
  radiusM: 2000,
  polygons: null,
};
const KM_PER_DEGREE = 111.195;

describe("distanceToAreaKm", () => {
  it.each([
    ["inside the square", 0.02, 0.02, 0],
    ["on its edge", 0, 0.05, 0],
    ["1 km east of it", 0.05, 0.1 + 1 / KM_PER_DEGREE, 1],
    ["in the hole, 1.1 km from its edge", 0.05, 0.05, 0.01 * KM_PER_DEGREE],
  ])("%s", (_case, latitude, longitude, km) => {
    expect(distanceToAreaKm(SQUARE, { latitude, longitude })).toBeCloseTo(km, 2);
  });

  it.each([
    ["within the radius", 1 / KM_PER_DEGREE, 0],
    ["3 km beyond it", 5 / KM_PER_DEGREE, 3],
  ])("a point area: %s", (_case, latitude, km) => {
    expect(distanceToAreaKm(WELL, { latitude, longitude: 0 })).toBeCloseTo(km, 2);
  });
});

describe("mayBeNear", () => {
  it("keeps every point within the buffer and skips one far outside it", () => {
    expect(mayBeNear(SQUARE, { latitude: 0.05, longitude: 0.1 + 9.9 / KM_PER_DEGREE }, 10)).toBe(
      true,
    );
    expect(mayBeNear(SQUARE, { latitude: 0.05, longitude: 0.1 + 12 / KM_PER_DEGREE }, 10)).toBe(
      false,
    );
    expect(mayBeNear(WELL, { latitude: 11.5 / KM_PER_DEGREE, longitude: 0 }, 10)).toBe(true);
  });

  it("near a pole, where a degree of longitude is short, any longitude may be near", () => {
    const polar = { ...WELL, minLat: 89.95, maxLat: 89.95 };
    expect(mayBeNear(polar, { latitude: 89.95, longitude: 120 }, 10)).toBe(true);
  });
});
