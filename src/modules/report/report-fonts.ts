import { readFile } from "node:fs/promises";
import path from "node:path";

export interface ReportFonts {
  regular: Buffer;
  bold: Buffer;
}

/**
 * Noto Sans SC covers Latin and the CJK characters of Chinese supplier names, sites, notes
 * and findings; pdfkit's standard fonts (WinAnsi) would print them as garbage. pdfkit embeds
 * only the glyphs a report uses, so the PDF stays small although each file is ~10 MB.
 */
const FONT_FILES = {
  regular: "400Regular/NotoSansSC_400Regular.ttf",
  bold: "700Bold/NotoSansSC_700Bold.ttf",
} as const;

let fonts: Promise<ReportFonts> | undefined;

async function readFonts(): Promise<ReportFonts> {
  const root = path.dirname(require.resolve("@expo-google-fonts/noto-sans-sc/package.json"));
  const [regular, bold] = await Promise.all([
    readFile(path.join(root, FONT_FILES.regular)),
    readFile(path.join(root, FONT_FILES.bold)),
  ]);
  return { regular, bold };
}

/** The font files, read once per process on first use and shared by every report. */
export function reportFonts(): Promise<ReportFonts> {
  fonts ??= readFonts().catch((error: unknown) => {
    // A failed read is not cached: the next report tries again.
    fonts = undefined;
    throw error;
  });
  return fonts;
}
