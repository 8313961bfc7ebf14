import { registerEnumType } from "type-graphql";

/** What a webhook can subscribe to; the value is the event's `type` in the payload. */
export enum WebhookEvent {
  SUPPLIER_STATUS_CHANGED = "supplier.status_changed",
  AUDIT_COMPLETED = "audit.completed",
  FINDING_OVERDUE = "finding.overdue",
}

export enum WebhookDeliveryStatus {
  PENDING = "PENDING",
  SENT = "SENT",
  FAILED = "FAILED",
}

registerEnumType(WebhookEvent, {
  name: "WebhookEvent",
  description:
    "An event a webhook receives: supplier.status_changed, audit.completed, finding.overdue",
});
registerEnumType(WebhookDeliveryStatus, { name: "WebhookDeliveryStatus" });
