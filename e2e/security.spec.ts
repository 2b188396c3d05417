// Security in the browser and over HTTP: the headers of every page (a CSP
// nonce per response), the session cookie's flags, server actions and
// mutating routes refusing other origins, and an unexpected error that shows
// a reference and keeps its detail in the server log.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, signInOk, test } from "./fixtures";
import { runSupport } from "./support/run";

const DATA = path.resolve("data/e2e-sqlite");

function cspOf(headers: Record<string, string>) {
  const csp = headers["content-security-policy"] ?? "";
  return { csp, nonce: /'nonce-([^']+)'/.exec(csp)?.[1] ?? null };
}

test("every page carries the security headers, with a new CSP nonce each time, and staff, WBS and tracking pages are never cached", async ({
  page,
  request,
}) => {
  const nonces = new Set<string>();
  for (const url of ["/", "/lapor", "/wbs", "/lacak", "/masuk", "/verifikasi", "/lapor"]) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    const h = res.headers();
    const { csp, nonce } = cspOf(h);
    for (const d of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp, url).toContain(d);
    expect(nonce, url).not.toBeNull();
    nonces.add(nonce!);
    // Next.js marks its own scripts with this response's nonce.
    expect(await res.text(), url).toContain(`nonce="${nonce}"`);
    expect(h["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("no-referrer");
    expect(h["cache-control"], url).toContain("no-store");
  }
  expect(nonces.size).toBe(7);

  await signInOk(page, "pengaduan");
  const res = await page.goto("/aduan");
  expect(res?.headers()["cache-control"]).toContain("no-store");
  expect(cspOf(res!.headers()).nonce).not.toBeNull();
  // The session cookie: not readable by scripts, not sent along with other sites' requests.
  const session = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  // Plain HTTP on loopback here; behind HTTPS the cookie is Secure (lib/http/origin.test.ts).
  expect(session!.secure).toBe(false);
  // The API's answers are not cached either, and downloads are never shown inline.
  const health = await page.request.get("/api/health");
  expect(health.headers()["cache-control"]).toContain("no-store");
  // API answers and downloads carry a policy too: nothing in them runs or loads, even if rendered.
  for (const url of ["/api/health", "/api/lambang", "/api/dokumen/tidak-ada?format=pdf"]) {
    const csp = (await page.request.get(url)).headers()["content-security-policy"] ?? "";
    expect(csp, url).toContain("default-src 'none'");
    expect(csp, url).toContain("sandbox");
  }
});

test("a server action replayed from another origin, or from an opaque one, is refused and stores nothing", async ({ page }, testInfo) => {
  const title = `Uji asal permintaan ${Date.now()}`;
  await page.goto("/lapor");
  await page.getByLabel(/^Perihal/).fill(title);
  await page.getByLabel(/^Apa yang terjadi/).fill("Uraian untuk menguji asal permintaan.");
  await page.getByLabel("Siapa yang dilaporkan").fill("Petugas");
  await page.getByLabel("OPD terlapor").selectOption({ label: "Dinas Kesehatan" });
  await page.getByLabel(/^Di mana/).fill("Purwokerto");
  await page.getByLabel(/^Kapan/).fill("Kemarin");
  await page.getByRole("radio", { name: /Melapor tanpa nama/ }).check();
  await page.getByRole("checkbox", { name: /pemberitahuan privasi/ }).check();
  const posted = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await page.getByRole("button", { name: "Kirim aduan" }).click();
  const original = await posted;
  await expect(page.getByTestId("receipt")).toBeVisible();
  expect(runSupport("count-cases.ts", title)).toBe("1");

  const replay = (origin: string) =>
    page.request.post(original.url(), {
      headers: {
        "next-action": original.headers()["next-action"]!,
        "content-type": original.headers()["content-type"]!,
        origin,
        "x-forwarded-for": "10.66.0.9",
      },
      data: original.postDataBuffer()!,
      maxRedirects: 0,
    });
  for (const origin of ["https://jahat.example", "null"]) {
    const res = await replay(origin);
    expect(res.status(), origin).not.toBe(200);
  }
  expect(runSupport("count-cases.ts", title)).toBe("1");
  // The same replay from SIPADU's own origin goes through: the refusals above were about the origin.
  expect((await replay(testInfo.project.use.baseURL!)).status()).toBe(200);
  expect(runSupport("count-cases.ts", title)).toBe("2");
});

test("mutating routes refuse other origins: Lapak Aduan's intake and the sign-in endpoint", async ({ request }) => {
  const lapak = await request.post("/api/lapak-aduan/aduan", { headers: { origin: "https://jahat.example", "x-api-key": "x" }, data: "{}" });
  expect(lapak.status()).toBe(403);
  expect(await lapak.text()).toContain("Ditolak");
  const signIn = await request.post("/api/auth/callback/credentials", {
    headers: { origin: "null" },
    form: { login: "admin", password: "sipadu-demo", csrfToken: "x" },
  });
  expect(signIn.status()).toBe(403);
});

test("an unexpected error shows a generic message and a reference; the detail and the reference are in the server log only", async ({ page }) => {
  const fault = path.join(DATA, "fault");
  await signInOk(page, "pimpinan");
  writeFileSync(fault, "page:dashboard");
  try {
    await page.goto("/dasbor?tahun=2030");
    await expect(page.getByRole("heading", { name: "Terjadi kesalahan" })).toBeVisible();
    const code = (await page.getByText(/^Kode: /).textContent())!.replace("Kode: ", "").trim();
    expect(code).toMatch(/^\w+$/);
    const html = await page.content();
    expect(html).not.toContain("[test fault]");
    expect(html).not.toMatch(/node_modules|\.ts:\d+|at async/);
    await expect.poll(() => (existsSync(path.join(DATA, "server.log")) ? readFileSync(path.join(DATA, "server.log"), "utf8") : "")).toContain(`ref=${code}`);
    expect(readFileSync(path.join(DATA, "server.log"), "utf8")).toContain("[test fault] page:dashboard");
  } finally {
    rmSync(fault, { force: true });
  }
  await page.goto("/dasbor?tahun=2030");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dasbor pengaduan");
});
