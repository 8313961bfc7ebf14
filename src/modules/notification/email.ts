import { day } from "./notification.templates";

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

const SUBJECT_PREFIX = "[ESG portal]";
const FOOTER = "You get this e-mail from the supplier ESG audit portal.";
const SETTINGS = "Choose which e-mails you get";

function textItem(item: MailItem, publicUrl: string): string {
  return [item.body, ...(item.link ? [`Open: ${portalUrl(publicUrl, item.link)}`] : [])].join("\n");
}

function htmlItem(item: MailItem, publicUrl: string, heading: "h1" | "h2"): string {
  const paragraphs = item.body
    .split("\n")
    .map((line) => `<p style="margin:0 0 8px">${escapeHtml(line)}</p>`)
    .join("");
  const link = item.link
    ? `<p><a href="${escapeHtml(portalUrl(publicUrl, item.link))}">Open in the portal</a></p>`
    : "";
  return `<${heading} style="font-size:${heading === "h1" ? 18 : 16}px">${escapeHtml(item.title)}</${heading}>${paragraphs}${link}`;
}

function page(inner: string, publicUrl: string): string {
  const settings = escapeHtml(portalUrl(publicUrl, "/me"));
  return (
    `<!doctype html><html><head><meta charset="utf-8"></head>` +
    `<body style="font-family:sans-serif;line-height:1.4">${inner}` +
    `<hr><p style="color:#666;font-size:12px">${escapeHtml(FOOTER)} ` +
    `<a href="${settings}">${escapeHtml(SETTINGS)}</a>.</p></body></html>`
  );
}

function textPage(inner: string, publicUrl: string): string {
  return `${inner}\n\n-- \n${FOOTER}\n${SETTINGS}: ${portalUrl(publicUrl, "/me")}\n`;
}

/** One notification's e-mail: its title as the subject, the body, the link to its object. */
export function renderSingleEmail(
  item: MailItem,
  recipientName: string,
  publicUrl: string,
): RenderedEmail {
  const greeting = `Hello ${recipientName},`;
  return {
    subject: `${SUBJECT_PREFIX} ${item.title}`,
    text: textPage(`${greeting}\n\n${item.title}\n\n${textItem(item, publicUrl)}`, publicUrl),
    html: page(`<p>${escapeHtml(greeting)}</p>${htmlItem(item, publicUrl, "h1")}`, publicUrl),
  };
}

/** A daily digest: every notification of the day, oldest first, each with its link. */
export function renderDigestEmail(
  items: readonly MailItem[],
  digestDay: Date,
  recipientName: string,
  publicUrl: string,
): RenderedEmail {
  const date = day(digestDay.toISOString());
  const count = `${items.length} notification${items.length === 1 ? "" : "s"}`;
  const greeting = `Hello ${recipientName},`;
  const intro = `your notifications of ${date}:`;
  return {
    subject: `${SUBJECT_PREFIX} Daily digest ${date}: ${count}`,
    text: textPage(
      `${greeting}\n\n${intro}\n\n${items
        .map((item, i) => `${i + 1}. ${item.title}\n${textItem(item, publicUrl)}`)
        .join("\n\n")}`,
      publicUrl,
    ),
    html: page(
      `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(intro)}</p>` +
        items.map((item) => htmlItem(item, publicUrl, "h2")).join("<hr>"),
      publicUrl,
    ),
  };
}
