import type { DocumentLimits } from "../config/config";

/** The demo's few small uploads fit any configured limit. */
export const DEMO_UPLOAD_LIMITS: DocumentLimits = {
  maxBytes: 1024 * 1024,
  uploadsPerHour: 1000,
  maxConcurrentUploads: 1,
  unattachedHours: 24,
  sweepSeconds: 0,
};
