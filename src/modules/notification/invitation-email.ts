import type { Locale } from "../../shared/i18n/locale";
import { translator } from "../../shared/i18n/server-i18n";
import { escapeHtml, type RenderedEmail } from "./email";

/** What the invitation e-mail says; every value is user input (names) or a secret (link). */
export interface InvitationEmailValues {
  email: string;
  supplierName: string;
  inviterName: string;
  /** PUBLIC_URL + /accept-invitation#token=... */
  link: string;
  expiresAt: Date;
  /** The invitee's language: the inviter's, as nobody knows the invitee's yet. */
  locale?: Locale;
}

const SUBJECT_MAX = 300;

const ZH_MOMENT = new Intl.DateTimeFormat("zh-CN", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "UTC",
});

/** 2026-06-15 09:00 UTC; 2026年6月15日 09:00 UTC in Chinese. */
const moment = (at: Date, locale: Locale): string =>
  locale === "en"
    ? `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`
    : `${ZH_MOMENT.format(at)} UTC`;

/**
 * The e-mail that brings an invitee into the portal: who invites them for which supplier, the
 * one-time link and when it stops working. Plain text and HTML; the HTML escapes every value.
 */
export function renderInvitationEmail(values: InvitationEmailValues): RenderedEmail {
  const { supplierName, inviterName, link, email } = values;
  const locale = values.locale ?? "en";
  const t = translator(locale, "email");
  const names = { inviter: inviterName, supplier: supplierName };
  const until = moment(values.expiresAt, locale);
  const subject = `${t("subjectPrefix")} ${t("invitation.subject", names)}`;
  const hello = t("invitation.hello");
  const intro = t("invitation.intro", names);
  const how = t("invitation.how", { until });
  const ignore = t("invitation.ignore");
  const footer = t("invitation.footer", { email, inviter: inviterName });
  return {
    subject: subject.length <= SUBJECT_MAX ? subject : `${subject.slice(0, SUBJECT_MAX - 1)}…`,
    text: `${hello}\n\n${intro}\n\n${how}\n\n${link}\n\n${ignore}\n\n-- \n${footer}\n`,
    html:
      `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"></head>` +
      `<body style="font-family:sans-serif;line-height:1.4">` +
      `<p>${escapeHtml(hello)}</p><p>${escapeHtml(intro)}</p><p>${escapeHtml(how)}</p>` +
      `<p><a href="${escapeHtml(link)}">${escapeHtml(t("invitation.accept"))}</a></p>` +
      `<p style="font-size:12px;word-break:break-all">${escapeHtml(link)}</p>` +
      `<p>${escapeHtml(ignore)}</p>` +
      `<hr><p style="color:#666;font-size:12px">${escapeHtml(footer)}</p></body></html>`,
  };
}
