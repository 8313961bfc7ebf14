import {
  launchBrowser,
  logIn,
  type PortalPage,
  type Session,
  withPage as withPageIn,
} from "./support/browser";
import { startBuiltPortal, type BuiltPortal } from "./support/portal";

/**
 * Bulk import in the browser: the buyer uploads a supplier CSV with a bad row, sees the dry
 * run's error on its row and column, uploads the corrected file, sees the counts, confirms,
 * and finds the new suppliers in the list.
 */

let portal: BuiltPortal;
let session: Session;

beforeAll(async () => {
  portal = await startBuiltPortal();
  session = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await session?.close();
  await portal?.stop();
});

const withPage = (prefix: string, run: (p: PortalPage) => Promise<void>) =>
  withPageIn(session, portal.url, prefix, run);

const HEADER = "externalId,name,country,contactEmail,categories,sites";
const csv = (country: string) => ({
  name: "vendors.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(
    [
      HEADER,
      "E2E-1,Aardvark Import Metals,DE,esg@aardvark.example,GLASS,Hamburg plant@DE",
      `E2E-2,Aardwolf Import Wafers,${country},esg@aardwolf.example,WAFER|CELL,`,
    ].join("\n"),
  ),
});

describe("bulk import", () => {
  it("a bad row is shown in the preview; the corrected file is checked, confirmed and listed", async () => {
    await withPage("q-supplier-import", async ({ page, shot }) => {
      await logIn(page, "buyer@demo.esg");
      await page.getByRole("link", { name: "Bulk import" }).click();
      await page.getByRole("heading", { name: "Bulk import", level: 1 }).waitFor();
      const form = page.getByRole("form", { name: "Import suppliers" });
      await form.getByRole("link", { name: "suppliers.csv" }).waitFor();

      await form.getByLabel("Supplier file").setInputFiles(csv("Germany"));
      await form.getByText("Uploaded vendors.csv").waitFor();
      await form.getByRole("button", { name: "Check the file" }).click();
      const problem = form.locator('tr[data-row="3"]');
      await problem.getByRole("cell", { name: "country", exact: true }).waitFor();
      await problem.getByText('"Germany" is not an ISO 3166-1 alpha-2 country code').waitFor();
      await shot("preview-refused", { fullPage: false });

      await form.getByRole("button", { name: "Choose another file" }).click();
      await form.getByLabel("Supplier file").setInputFiles(csv("CN"));
      await form.getByText("Uploaded vendors.csv").waitFor();
      await form.getByRole("button", { name: "Check the file" }).click();
      await form.getByText(/Checked 2 rows: no problems\. 2 new suppliers, 0 to update/).waitFor();
      await form.getByRole("button", { name: "Confirm: import 2 rows" }).click();
      await form.getByText(/Imported 2 rows: 2 new suppliers/).waitFor();
      await shot("imported", { fullPage: false });

      await form.getByRole("link", { name: "See the suppliers" }).click();
      await page.getByText("Aardvark Import Metals").first().waitFor();
      await page.getByText("Aardwolf Import Wafers").first().waitFor();
    });
  });
});
