import { addDays } from "../../shared/time";
import {
  CERTIFICATE_EXPIRY_WARNING_DAYS,
  certificateExpiresSoon,
  isCertificateExpired,
} from "./certificate-expiry";

const NOW = new Date("2026-06-01T09:00:00Z");

describe("certificate expiry", () => {
  it.each([
    ["a year ahead", addDays(NOW, 365), false, false],
    [
      "one day past the warning window",
      addDays(NOW, CERTIFICATE_EXPIRY_WARNING_DAYS + 1),
      false,
      false,
    ],
    [
      "at the end of the warning window",
      addDays(NOW, CERTIFICATE_EXPIRY_WARNING_DAYS),
      false,
      true,
    ],
    ["tomorrow", addDays(NOW, 1), false, true],
    ["this very instant", NOW, false, true],
    ["a millisecond ago", new Date(NOW.getTime() - 1), true, false],
    ["last year", addDays(NOW, -365), true, false],
  ])("valid until %s: expired %s, expires soon %s", (_label, validUntil, expired, soon) => {
    expect(isCertificateExpired({ validUntil }, NOW)).toBe(expired);
    expect(certificateExpiresSoon({ validUntil }, NOW)).toBe(soon);
  });
});
