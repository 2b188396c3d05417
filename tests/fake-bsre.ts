// A real HTTP server on loopback playing a BSrE-style signing service
// (POST /api/v2/sign/pdf): Basic auth, JSON with NIK, passphrase and the PDF
// in base64; it signs with certificates from its own test CA, as BSrE signs
// with the certificate registered to the NIK. `behaviour` makes it fail the
// ways a real service does.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { importKey } from "@/lib/signing/cms";
import { readP12 } from "@/lib/signing/credential";
import { type Issuer, issueP12, newCa } from "@/lib/signing/issue";
import { signPdf } from "@/lib/signing/pades";

export type Behaviour = "ok" | "slow" | "error500" | "garbage";

export interface FakeBsre {
  url: string;
  user: string;
  password: string;
  ca: Issuer;
  behaviour: Behaviour;
  /** how many signing requests arrived */
  requests: number;
  /** a holder: NIK → passphrase and the name on the certificate */
  register(nik: string, passphrase: string, name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startFakeBsre(): Promise<FakeBsre> {
  const ca = newCa("Fake BSrE Test CA");
  const holders = new Map<string, { passphrase: string; key: Awaited<ReturnType<typeof importKey>>; name: string }>();
  const state = { behaviour: "ok" as Behaviour, requests: 0 };
  const user = "sipadu";
  const password = "layanan-uji";
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      };
      if (req.method !== "POST" || req.url !== "/api/v2/sign/pdf") return send(404, { error: "not found" });
      if (req.headers.authorization !== `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`) return send(401, { error: "Unauthorized client" });
      state.requests++;
      if (state.behaviour === "slow") return setTimeout(() => send(504, { error: "late" }), 3000);
      if (state.behaviour === "error500") return send(500, { error: "Internal Server Error" });
      if (state.behaviour === "garbage") return send(200, { file: ["bukan-pdf"] });
      let body: { nik?: string; passphrase?: string; file?: string[]; signatureProperties?: { reason?: string; location?: string }[] };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        return send(400, { error: "Invalid JSON" });
      }
      const holder = holders.get(body.nik ?? "");
      if (!holder) return send(400, { error: "NIK tidak terdaftar" });
      if (holder.passphrase !== body.passphrase) return send(401, { error: "Passphrase anda salah" });
      const pdf = Buffer.from(body.file?.[0] ?? "", "base64");
      const props = body.signatureProperties?.[0] ?? {};
      const signed = await signPdf(pdf, holder.key, {
        name: holder.name,
        reason: props.reason ?? "",
        location: props.location ?? "",
        contactInfo: "",
        signingTime: new Date(),
      });
      send(200, { time: 120, file: [signed.toString("base64")] });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    user,
    password,
    ca,
    get behaviour() {
      return state.behaviour;
    },
    set behaviour(b: Behaviour) {
      state.behaviour = b;
    },
    get requests() {
      return state.requests;
    },
    async register(nik, passphrase, name) {
      const c = readP12(issueP12(ca, name, "x"), "x", name);
      holders.set(nik, { passphrase, key: await importKey(c.pkcs8Der, c.certificateDer, c.chainDer), name });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
