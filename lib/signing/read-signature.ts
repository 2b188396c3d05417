// Reading a PAdES signature back from a PDF, as the verification page and the
// remote signer's answer check need it: who signed, who issued the
// certificate, when, whether the signed bytes still match (pkijs verifies
// the CMS against the byte ranges) and whether those ranges cover the whole
// file, and whether the certificate chains to a CA this installation trusts.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import "./cms"; // sets pkijs' crypto engine
import { DEMO_TTE_DIR } from "./config";

export interface SignatureReport {
  signerName: string;
  signerDn: string;
  issuerName: string;
  serial: string;
  certificateValidFrom: Date;
  certificateValidTo: Date;
  /** the /M entry of the signature dictionary (the claimed signing time) */
  signingTime: Date | null;
  reason: string | null;
  location: string | null;
  subFilter: string | null;
  /** the CMS signature matches the signed bytes */
  signatureValid: boolean;
  /** the signed byte ranges run from the first byte to the last: nothing added after signing */
  coversWholeFile: boolean;
  /** the certificate was issued by the demo CA: not a legal signature */
  demo: boolean;
  /** the certificate chains to a CA this installation trusts (the demo CA, SIPADU_TTE_TRUST) */
  trusted: boolean;
}

const CN = "2.5.4.3";
const nameOf = (n: pkijs.RelativeDistinguishedNames) => String(n.typesAndValues.find((t) => t.type === CN)?.value.valueBlock.value ?? "");
const dnOf = (n: pkijs.RelativeDistinguishedNames) => n.typesAndValues.map((t) => String(t.value.valueBlock.value)).join(", ");

function pdfString(dict: string, key: string): string | null {
  const m = new RegExp(`/${key}\\s*\\(((?:\\\\.|[^\\\\)])*)\\)`).exec(dict);
  if (m) return m[1]!.replace(/\\([()\\])/g, "$1");
  const hex = new RegExp(`/${key}\\s*<([0-9A-Fa-f\\s]*)>`).exec(dict);
  if (!hex) return null;
  const bytes = Buffer.from(hex[1]!.replace(/\s+/g, ""), "hex");
  // UTF-16BE with a byte-order mark, as PDF text strings may be
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString("utf16le");
  return bytes.toString("latin1");
}

/** "D:20261202083000+07'00'" → the instant. */
export function pdfDate(s: string | null): Date | null {
  const m = s && /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(s);
  if (!m) return null;
  const [, y, mo = "01", d = "01", h = "00", mi = "00", se = "00", tz = "Z"] = m;
  const offset = tz === "Z" ? "Z" : `${tz.slice(0, 3)}:${tz.replace(/'/g, "").slice(3, 5)}`;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${se}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date;
}

let trustAnchors: pkijs.Certificate[] | undefined;
let demoFingerprint: string | undefined;

function pemCertificates(pem: string): pkijs.Certificate[] {
  return [...pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/g)].map((m) =>
    pkijs.Certificate.fromBER(Buffer.from(m[1]!.replace(/\s+/g, ""), "base64")),
  );
}

function anchors(): { certs: pkijs.Certificate[]; demo: string } {
  if (!trustAnchors) {
    const demoPem = readFileSync(path.join(DEMO_TTE_DIR, "demo-ca.pem"), "utf8");
    const demo = pemCertificates(demoPem);
    demoFingerprint = fingerprint(demo[0]!);
    const extra = process.env.SIPADU_TTE_TRUST ? pemCertificates(readFileSync(process.env.SIPADU_TTE_TRUST, "utf8")) : [];
    trustAnchors = [...demo, ...extra];
  }
  return { certs: trustAnchors, demo: demoFingerprint! };
}

const fingerprint = (c: pkijs.Certificate) =>
  createHash("sha256")
    .update(Buffer.from(c.toSchema().toBER(false)))
    .digest("hex");

/** Forget the trust anchors read from disk (tests change SIPADU_TTE_TRUST). */
export function resetTrust(): void {
  trustAnchors = undefined;
}

/** The last signature of the PDF, or null when it carries none. Throws nothing for a malformed file: it reports it invalid. */
export async function readSignature(pdf: Buffer): Promise<SignatureReport | null> {
  const text = pdf.toString("latin1");
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = ranges.at(-1);
  if (!last) return null;
  const [a, b, c, d] = last.slice(1, 5).map(Number) as [number, number, number, number];
  if (a !== 0 || b <= 0 || c <= b || c + d > pdf.length) return null;
  const hex = text.slice(b + 1, c - 1);
  if (text[b] !== "<" || text[c - 1] !== ">" || !/^[0-9A-Fa-f]*$/.test(hex)) return null;
  // The signature dictionary around the ByteRange, for /M, /Reason, /Location, /SubFilter.
  const dictStart = text.lastIndexOf("<<", last.index);
  const dict = text.slice(Math.max(0, dictStart), Math.min(text.length, c + 2000));
  const signed = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);

  let cms: pkijs.SignedData;
  try {
    const info = new pkijs.ContentInfo({ schema: asn1js.fromBER(Buffer.from(hex, "hex")).result });
    cms = new pkijs.SignedData({ schema: info.content });
  } catch {
    return null;
  }
  const signerInfo = cms.signerInfos[0];
  const certs = (cms.certificates ?? []).filter((x): x is pkijs.Certificate => x instanceof pkijs.Certificate);
  const sid = signerInfo?.sid;
  const own =
    (sid instanceof pkijs.IssuerAndSerialNumber && certs.find((x) => x.serialNumber.isEqual(sid.serialNumber) && x.issuer.isEqual(sid.issuer))) || certs[0];
  if (!signerInfo || !own) return null;

  let signatureValid = false;
  try {
    signatureValid = Boolean(await cms.verify({ signer: 0, data: new Uint8Array(signed).buffer, checkChain: false }));
  } catch {
    signatureValid = false;
  }
  const signingTime = pdfDate(pdfString(dict, "M"));
  const { certs: trusted, demo } = anchors();
  let chainOk = false;
  try {
    // Checked at the claimed signing time: a certificate that expired since still vouches for what it signed then.
    const engine = new pkijs.CertificateChainValidationEngine({
      trustedCerts: trusted,
      certs: [own, ...certs.filter((x) => x !== own)],
      checkDate: signingTime ?? new Date(),
    });
    chainOk = (await engine.verify()).result;
  } catch {
    chainOk = false;
  }
  const issuerCert = certs.find((x) => x !== own && x.subject.isEqual(own.issuer)) ?? trusted.find((x) => x.subject.isEqual(own.issuer));
  return {
    signerName: nameOf(own.subject),
    signerDn: dnOf(own.subject),
    issuerName: nameOf(own.issuer) || dnOf(own.issuer),
    serial: Buffer.from(own.serialNumber.valueBlock.valueHexView).toString("hex").toUpperCase(),
    certificateValidFrom: own.notBefore.value,
    certificateValidTo: own.notAfter.value,
    signingTime,
    reason: pdfString(dict, "Reason"),
    location: pdfString(dict, "Location"),
    subFilter: /\/SubFilter\s*\/([A-Za-z0-9.#]+)/.exec(dict)?.[1] ?? null,
    signatureValid,
    coversWholeFile: c + d === pdf.length,
    demo: Boolean(issuerCert && fingerprint(issuerCert) === demo),
    trusted: chainOk,
  };
}
