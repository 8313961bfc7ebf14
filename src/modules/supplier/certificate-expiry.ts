import { addDays } from "../../shared/time";
import type { Certificate } from "./certificate.entity";

/**
 * How long before its end a certificate shows as expiring soon: a month leaves the supplier
 * time to book the surveillance or recertification audit before it lapses.
 */
export const CERTIFICATE_EXPIRY_WARNING_DAYS = 30;

type Validity = Pick<Certificate, "validUntil">;

/** Past its valid-until instant. */
export function isCertificateExpired(certificate: Validity, now: Date): boolean {
  return certificate.validUntil.getTime() < now.getTime();
}

/** Not expired, and ending within CERTIFICATE_EXPIRY_WARNING_DAYS. */
export function certificateExpiresSoon(certificate: Validity, now: Date): boolean {
  return (
    !isCertificateExpired(certificate, now) &&
    certificate.validUntil.getTime() <= addDays(now, CERTIFICATE_EXPIRY_WARNING_DAYS).getTime()
  );
}
