import { EsgArea } from "../../shared/domain/esg-area.enum";
import { Severity } from "../../shared/domain/audit.enums";
import { repeatFlags, type FindingSignature } from "./repeat-findings";

const onItem = (itemCode: string, area: EsgArea, severity = Severity.MAJOR): FindingSignature => ({
  itemCode,
  area,
  severity,
});
const free = (area: EsgArea, severity: Severity): FindingSignature => ({
  itemCode: null,
  area,
  severity,
});

describe("repeatFlags", () => {
  it.each<[string, FindingSignature, FindingSignature[], boolean]>([
    [
      "same item code, any severity",
      onItem("HS-03", EsgArea.HEALTH_AND_SAFETY, Severity.MINOR),
      [onItem("HS-03", EsgArea.HEALTH_AND_SAFETY, Severity.MAJOR)],
      true,
    ],
    [
      "other item code in the same area",
      onItem("HS-04", EsgArea.HEALTH_AND_SAFETY),
      [onItem("HS-03", EsgArea.HEALTH_AND_SAFETY)],
      false,
    ],
    [
      "no item: same area and severity",
      free(EsgArea.ENVIRONMENT, Severity.MINOR),
      [free(EsgArea.ENVIRONMENT, Severity.MINOR)],
      true,
    ],
    [
      "no item: same area, other severity",
      free(EsgArea.ENVIRONMENT, Severity.MINOR),
      [free(EsgArea.ENVIRONMENT, Severity.MAJOR)],
      false,
    ],
    [
      "no item: same severity, other area",
      free(EsgArea.ENVIRONMENT, Severity.MINOR),
      [free(EsgArea.WORKING_HOURS, Severity.MINOR)],
      false,
    ],
    [
      "no item now, an item finding before in the same area and severity",
      free(EsgArea.ENVIRONMENT, Severity.MAJOR),
      [onItem("ENV-02", EsgArea.ENVIRONMENT, Severity.MAJOR)],
      false,
    ],
    [
      "an item finding now, a free finding before in the same area and severity",
      onItem("ENV-02", EsgArea.ENVIRONMENT, Severity.MAJOR),
      [free(EsgArea.ENVIRONMENT, Severity.MAJOR)],
      false,
    ],
    ["no previous audit", onItem("MS-01", EsgArea.MANAGEMENT_SYSTEM), [], false],
  ])("%s -> %p", (_name, finding, previous, expected) => {
    expect(repeatFlags([finding], previous)).toEqual([expected]);
  });

  it("flags each current finding on its own, in order", () => {
    const previous = [
      onItem("BE-02", EsgArea.BUSINESS_ETHICS),
      free(EsgArea.WORKING_HOURS, Severity.MINOR),
    ];
    const current = [
      free(EsgArea.WORKING_HOURS, Severity.MINOR),
      onItem("BE-03", EsgArea.BUSINESS_ETHICS),
      onItem("BE-02", EsgArea.BUSINESS_ETHICS, Severity.OBSERVATION),
    ];
    expect(repeatFlags(current, previous)).toEqual([true, false, true]);
  });
});
