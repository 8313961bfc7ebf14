import type { DataSource, EntityManager } from "typeorm";

/**
 * Whether notifications written on a data source also get an e-mail delivery (SMTP_URL set).
 * Set by the composition root (`createServer`) per data source, so transactions need not carry
 * the configuration; without it nothing is queued for e-mail and only the inbox gets the rows.
 */
const emailOn = new WeakMap<DataSource, boolean>();

export function setEmailDelivery(dataSource: DataSource, enabled: boolean): void {
  emailOn.set(dataSource, enabled);
}

export function emailDeliveryOn(manager: EntityManager): boolean {
  return emailOn.get(manager.connection) ?? false;
}
