import { aggregateOf } from "../../database/change";
import { Certificate } from "./certificate.entity";

export const CERTIFICATE = "Certificate";

/** Certificates: records, not versioned; the trail records their own columns. */
export const CERTIFICATES = aggregateOf(Certificate, CERTIFICATE, {
  versioned: false,
  omit: ["supplier", "document", "addedBy", "verifiedBy"],
});
