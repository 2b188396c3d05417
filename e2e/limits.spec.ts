// Limits said before they bite (issue 17, part 2), on the public complaint form: the counter shows the
// schema's limit before typing, a paste past it is kept whole and said to be too long, the server refuses it
// with its message under the field and nothing typed is lost; the file field names its types and sizes;
// required fields say so before submitting.
import { expect, test } from "./fixtures";

test("a long title is counted against its limit, kept whole when pasted past it, and refused with the text kept", async ({ page }) => {
  await page.goto("/lapor");
  const title = page.getByLabel(/^Perihal/);
  const counter = page.locator(`#${await title.getAttribute("id")}-count`);
  // Before typing: the limit is there, and read with the field.
  await expect(counter).toHaveText("0 / 200 karakter");
  await expect(title).toHaveAttribute("aria-describedby", new RegExp(`${await title.getAttribute("id")}-count`));
  await title.fill("Pungutan liar");
  await expect(counter).toHaveText("13 / 200 karakter");
  // A paste of 210 characters: not cut at 200, and the counter says by how much to shorten it.
  const long = "Pungutan pembuatan KTP elektronik di kecamatan ".repeat(5).slice(0, 210);
  await title.fill(long);
  await expect(title).toHaveValue(long);
  await expect(counter).toContainText("210 / 200 karakter — kelebihan 10, persingkat sebelum mengirim");
  await expect(counter).toHaveClass(/over/);

  // Required fields say so before anything is sent; the file field names its types and sizes.
  await expect(title).toHaveAccessibleName("Perihal (wajib)");
  await expect(page.getByRole("group", { name: "Perlakuan identitas (wajib)" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /pemberitahuan privasi.*\(wajib\)$/ })).toBeVisible();
  await expect(page.getByLabel("Lampiran")).toHaveAccessibleDescription(/PDF.*JPEG.*PNG.*paling banyak \d+ berkas, 10 MB per berkas, 25 MB seluruhnya/);

  // Sent anyway: the server refuses the title with its own message, and keeps everything typed.
  await page.getByLabel(/^Apa yang terjadi/).fill("Petugas meminta uang.");
  await page.getByRole("button", { name: "Kirim aduan" }).click();
  await expect(page.getByTestId("form-error")).toBeVisible();
  await expect(page.getByText("Perihal paling banyak 200 karakter.")).toBeVisible();
  await expect(page.getByLabel(/^Perihal/)).toHaveValue(long);
  await expect(page.getByLabel(/^Apa yang terjadi/)).toHaveValue("Petugas meminta uang.");
});
