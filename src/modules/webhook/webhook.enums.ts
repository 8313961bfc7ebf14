import { registerEnumType } from "type-graphql";

/** What a webhook can subscribe to. */
export enum WebhookEvent {
  SUPPLIER_STATUS_CHANGED = "SUPPLIER_STATUS_CHANGED",
  AUDIT_COMPLETED = "AUDIT_COMPLETED",
  FINDING_OVERDUE = "FINDING_OVERDUE",
}

/** The event's `type` in the body and the X-ESG-Event header. */
export const WEBHOOK_EVENT_TYPE: Readonly<Record<WebhookEvent, string>> = {
  SUPPLIER_STATUS_CHANGED: "supplier.status_changed",
  AUDIT_COMPLETED: "audit.completed",
  FINDING_OVERDUE: "finding.overdue",
};

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
