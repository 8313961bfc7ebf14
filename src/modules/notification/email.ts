import type { Locale } from "../../shared/i18n/locale";
import { translator } from "../../shared/i18n/server-i18n";
import { localDay } from "./notification.templates";

/** One notification as an e-mail shows it. */
export interface MailItem {
  title: string;
  body: string;
  /** A portal path (`/audits/<id>`), or null. */
  link: string | null;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Every interpolated value goes through this: names, reasons and comments are user input. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

/** The absolute URL of a portal path. */
export function portalUrl(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, "")}${path.startsWith("/") ? path : `/${path}`}`;
}

/** The chrome of one locale's e-mails. */
function chrome(locale: Locale) {
  const t = translator(locale, "email");
  return {
    t,
    prefix: t("subjectPrefix"),
    footer: t("footer"),
    settings: t("settings"),
    greeting: (name: string) => t("greeting", { name }),
  };
}

type Chrome = ReturnType<typeof chrome>;

function textItem(item: MailItem, publicUrl: string, c: Chrome): string {
  return [
    item.body,
    ...(item.link ? [c.t("open", { url: portalUrl(publicUrl, item.link) })] : []),
  ].join("\n");
}

function htmlItem(item: MailItem, publicUrl: string, heading: "h1" | "h2", c: Chrome): string {
  const paragraphs = item.body
    .split("\n")
    .map((line) => `<p style="margin:0 0 8px">${escapeHtml(line)}</p>`)
    .join("");
  const link = item.link
    ? `<p><a href="${escapeHtml(portalUrl(publicUrl, item.link))}">${escapeHtml(c.t("openInPortal"))}</a></p>`
    : "";
  return `<${heading} style="font-size:${heading === "h1" ? 18 : 16}px">${escapeHtml(item.title)}</${heading}>${paragraphs}${link}`;
}

function page(inner: string, publicUrl: string, c: Chrome, locale: Locale): string {
  const settings = escapeHtml(portalUrl(publicUrl, "/me"));
  return (
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"></head>` +
    `<body style="font-family:sans-serif;line-height:1.4">${inner}` +
    `<hr><p style="color:#666;font-size:12px">${escapeHtml(c.footer)} ` +
    `<a href="${settings}">${escapeHtml(c.settings)}</a>.</p></body></html>`
  );
}

function textPage(inner: string, publicUrl: string, c: Chrome): string {
  return `${inner}\n\n-- \n${c.footer}\n${c.settings}: ${portalUrl(publicUrl, "/me")}\n`;
}

/**
 * One notification's e-mail: its title as the subject, the body, the link to its object; in
 * the recipient's locale (the notification's own texts already are).
 */
export function renderSingleEmail(
  item: MailItem,
  recipientName: string,
  publicUrl: string,
  locale: Locale = "en",
): RenderedEmail {
  const c = chrome(locale);
  const greeting = c.greeting(recipientName);
  return {
    subject: `${c.prefix} ${item.title}`,
    text: textPage(`${greeting}\n\n${item.title}\n\n${textItem(item, publicUrl, c)}`, publicUrl, c),
    html: page(
      `<p>${escapeHtml(greeting)}</p>${htmlItem(item, publicUrl, "h1", c)}`,
      publicUrl,
      c,
      locale,
    ),
  };
}

/** A daily digest: every notification of the day, oldest first, each with its link. */
export function renderDigestEmail(
  items: readonly MailItem[],
  digestDay: Date,
  recipientName: string,
  publicUrl: string,
  locale: Locale = "en",
): RenderedEmail {
  const c = chrome(locale);
  const date = localDay(digestDay.toISOString(), locale);
  const count = c.t("notifications", { count: items.length });
  const greeting = c.greeting(recipientName);
  const intro = c.t("digestIntro", { day: date });
  return {
    subject: `${c.prefix} ${c.t("digestSubject", { day: date, count })}`,
    text: textPage(
      `${greeting}\n\n${intro}\n\n${items
        .map((item, i) => `${i + 1}. ${item.title}\n${textItem(item, publicUrl, c)}`)
        .join("\n\n")}`,
      publicUrl,
      c,
    ),
    html: page(
      `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(intro)}</p>` +
        items.map((item) => htmlItem(item, publicUrl, "h2", c)).join("<hr>"),
      publicUrl,
      c,
      locale,
    ),
  };
}
