import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { PageArgs } from "../../graphql/pagination";
import { WebhookDelivery } from "./webhook-delivery.entity";
import { Webhook } from "./webhook.entity";
import { WebhookDeliveryStatus } from "./webhook.enums";
import { RegisterWebhookInput } from "./webhook.inputs";
import { WEBHOOK_PERMISSIONS as P } from "./webhook.permissions";
import * as webhooks from "./webhook.service";
import { WebhookDeliveryConnection, WebhookSecret } from "./webhook.types";

@Resolver(() => Webhook)
export class WebhookResolver {
  @Authorized(...P.webhooks)
  @Query(() => [Webhook], { description: "Registered webhooks, newest first" })
  webhooks(@Ctx() ctx: RequestContext) {
    return webhooks.listWebhooks(ctx);
  }

  @Authorized(...P.webhookDeliveries)
  @Query(() => WebhookDeliveryConnection, { description: "A webhook's deliveries, newest first" })
  webhookDeliveries(
    @Ctx() ctx: RequestContext,
    @Arg("webhookId", () => ID) webhookId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("status", () => WebhookDeliveryStatus, { nullable: true }) status?: WebhookDeliveryStatus,
  ) {
    return webhooks.webhookDeliveries(ctx, webhookId, status, page.first, page.after);
  }

  @Authorized(...P.registerWebhook)
  @Mutation(() => WebhookSecret, {
    description:
      "Registers an HTTPS receiver for events; private and reserved addresses are refused (WEBHOOK_ALLOW_PRIVATE)",
  })
  registerWebhook(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => RegisterWebhookInput) input: RegisterWebhookInput,
  ) {
    return webhooks.registerWebhook(ctx, input);
  }

  @Authorized(...P.disableWebhook)
  @Mutation(() => Webhook, { description: "Stops sending; pending deliveries are dropped" })
  disableWebhook(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return webhooks.disableWebhook(ctx, id);
  }

  @Authorized(...P.redeliverWebhook)
  @Mutation(() => WebhookDelivery, { description: "Sends a SENT or FAILED delivery again" })
  redeliverWebhook(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return webhooks.redeliverWebhook(ctx, id);
  }
}
