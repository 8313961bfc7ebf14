import { escapeHtml, type RenderedEmail } from "./email";

/** What the invitation e-mail says; every value is user input (names) or a secret (link). */
export interface InvitationEmailValues {
  email: string;
  supplierName: string;
  inviterName: string;
  /** PUBLIC_URL + /accept-invitation#token=... */
  link: string;
  expiresAt: Date;
}

const SUBJECT_MAX = 300;

/** 2026-06-15 09:00 UTC */
const moment = (at: Date): string => `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/**
 * The e-mail that brings an invitee into the portal: who invites them for which supplier, the
 * one-time link and when it stops working. Plain text and HTML; the HTML escapes every value.
 */
export function renderInvitationEmail(values: InvitationEmailValues): RenderedEmail {
  const { supplierName, inviterName, link, email } = values;
  const until = moment(values.expiresAt);
  const subject = `[ESG portal] ${inviterName} invites you to the portal for ${supplierName}`;
  const intro = `${inviterName} invites you to the supplier ESG audit portal as a user of ${supplierName}.`;
  const how = `Open the link below to choose your name and password. It works once, until ${until}.`;
  const ignore = "If you did not expect this invitation, ignore this e-mail: nothing happens.";
  const footer = `This e-mail went to ${email} because ${inviterName} invited this address.`;
  return {
    subject: subject.length <= SUBJECT_MAX ? subject : `${subject.slice(0, SUBJECT_MAX - 1)}…`,
    text: `Hello,\n\n${intro}\n\n${how}\n\n${link}\n\n${ignore}\n\n-- \n${footer}\n`,
    html:
      `<!doctype html><html><head><meta charset="utf-8"></head>` +
      `<body style="font-family:sans-serif;line-height:1.4">` +
      `<p>Hello,</p><p>${escapeHtml(intro)}</p><p>${escapeHtml(how)}</p>` +
      `<p><a href="${escapeHtml(link)}">Accept the invitation</a></p>` +
      `<p style="font-size:12px;word-break:break-all">${escapeHtml(link)}</p>` +
      `<p>${escapeHtml(ignore)}</p>` +
      `<hr><p style="color:#666;font-size:12px">${escapeHtml(footer)}</p></body></html>`,
  };
}
