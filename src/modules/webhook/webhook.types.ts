import { Field, ObjectType } from "type-graphql";
import { ConnectionType } from "../../graphql/pagination";
import { WebhookDelivery } from "./webhook-delivery.entity";
import { Webhook } from "./webhook.entity";

@ObjectType({ description: "A new webhook with its signing secret, shown this once" })
export class WebhookSecret {
  @Field(() => Webhook)
  webhook: Webhook;

  @Field(() => String, { description: "HMAC-SHA256 key of X-ESG-Signature; not shown again" })
  secret: string;
}

export const WebhookDeliveryConnection = ConnectionType(WebhookDelivery, "WebhookDelivery");
