import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { MAX_WEBHOOK_URL_LENGTH } from "./webhook-address";
import { WebhookEvent } from "./webhook.enums";
import { MAX_DESCRIPTION_LENGTH } from "./webhook.limits";

@InputType()
export class RegisterWebhookInput {
  @Field(() => String, { description: "https://... (http:// only to a loopback receiver)" })
  @MaxLength(MAX_WEBHOOK_URL_LENGTH)
  url: string;

  @Field(() => [WebhookEvent])
  @ArrayMinSize(1, { message: "must name at least one event" })
  @ArrayMaxSize(Object.keys(WebhookEvent).length)
  events: WebhookEvent[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  description?: string;
}
