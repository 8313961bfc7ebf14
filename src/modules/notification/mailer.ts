import nodemailer from "nodemailer";
import type { RenderedEmail } from "./email";

export interface OutgoingMail extends RenderedEmail {
  to: string;
  /** Extra headers, e.g. the delivery id, so a message can be traced to its outbox row. */
  headers: Record<string, string>;
}

/** Sends one e-mail or throws (the error's message is kept as the delivery's lastError). */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * Timeouts short enough that a dead server fails the attempt instead of holding the worker (at
 * most 50 s a message; DELIVERY_LEASE_MS covers a batch of them).
 */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** SMTP through nodemailer: `smtp://host:port` (STARTTLS when offered) or `smtps://` (TLS). */
export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const url = new URL(smtpUrl);
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === "smtps:" ? 465 : 587,
    secure: url.protocol === "smtps:",
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    ...SMTP_TIMEOUTS,
  });
  return {
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
      });
    },
    close() {
      transport.close();
    },
  };
}

/** The text kept of a failed attempt: the SMTP reply when there is one. */
export function sendError(error: unknown): string {
  const smtp = error as { response?: unknown; message?: unknown };
  const text =
    typeof smtp.response === "string" && smtp.response.length > 0
      ? smtp.response
      : error instanceof Error
        ? error.message
        : String(error);
  return text.slice(0, 2000);
}
