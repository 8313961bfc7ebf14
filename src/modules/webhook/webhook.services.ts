/** How the webhook operations reach the configuration (WEBHOOK_ALLOW_PRIVATE). */
export interface WebhookSettings {
  allowPrivate: boolean;
}

declare module "../../graphql/context" {
  interface AppServices {
    webhooks?: WebhookSettings;
  }
}
