import { currentLocale } from "./index";

/**
 * Dates, moments and numbers in the interface's language (Intl). The portal's dates are UTC.
 * English keeps the ISO date (2026-12-03: unambiguous across the supply chain); Chinese reads
 * 2026年12月3日.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(locale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format =
      locale === "en"
        ? new Intl.DateTimeFormat("en-CA", { timeZone: "UTC" })
        : new Intl.DateTimeFormat(locale, { timeZone: "UTC", dateStyle: "long" });
    dateFormats.set(locale, format);
  }
  return format;
}

function dateTimeFormat(locale: string): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "en" ? "en-CA" : locale, {
      timeZone: "UTC",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    dateTimeFormats.set(locale, format);
  }
  return format;
}

/** "2026-12-03" (en), "2026年12月3日" (zh-CN); "—" for none. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return "—";
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return "—";
  return dateFormat(currentLocale()).format(date);
}

/** "2026-12-03 14:05 UTC" (en), "2026/12/03 14:05 UTC" (zh-CN). */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return "—";
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return "—";
  const parts = dateTimeFormat(currentLocale()).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((part) => part.type === type)?.value ?? "";
  const separator = currentLocale() === "en" ? "-" : "/";
  return `${get("year")}${separator}${get("month")}${separator}${get("day")} ${get("hour")}:${get("minute")} UTC`;
}

/** A number with a fixed count of decimals, grouped per locale; "—" for none. */
export function formatNumber(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "—";
  const locale = currentLocale();
  const key = `${locale}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** 0.123 -> "12.3 %" (en), "12.3%" (zh-CN). */
export function formatPercent(share: number | null | undefined, digits = 1): string {
  if (share === null || share === undefined || Number.isNaN(share)) return "—";
  const number = formatNumber(share * 100, digits);
  return currentLocale() === "en" ? `${number} %` : `${number}%`;
}
