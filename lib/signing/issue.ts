// Certificates for the demo and the tests: a CA and the certificates it
// issues, as PKCS#12 files like those a real CA hands out. Keys come from
// node's native RSA; the X.509 and PKCS#12 encoding from node-forge (which
// takes strings as Latin-1 bytes: names here stay ASCII).
import { generateKeyPairSync, randomBytes } from "node:crypto";
import forge from "node-forge";

export interface Issuer {
  certificatePem: string;
  privateKeyPem: string;
}

const DEMO_ORG = [
  { shortName: "C", value: "ID" },
  { shortName: "O", value: "SIPADU DEMO - BUKAN SERTIFIKAT RESMI" },
];

function rsaKeys() {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return {
    privateKey: forge.pki.privateKeyFromPem(privateKey.export({ type: "pkcs1", format: "pem" }).toString()),
    publicKey: forge.pki.publicKeyFromPem(publicKey.export({ type: "spki", format: "pem" }).toString()),
  };
}

function certificate(subjectCn: string, publicKey: forge.pki.PublicKey, from: Date, to: Date) {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = "01" + randomBytes(15).toString("hex");
  cert.validity.notBefore = from;
  cert.validity.notAfter = to;
  cert.setSubject([...DEMO_ORG, { shortName: "CN", value: subjectCn }]);
  return cert;
}

export function newCa(name: string, years = 20): Issuer {
  const keys = rsaKeys();
  const now = new Date();
  const cert = certificate(name, keys.publicKey, new Date(now.getTime() - 86_400_000), new Date(now.getTime() + years * 365 * 86_400_000));
  cert.setIssuer(cert.subject.attributes);
  cert.setExtensions([
    { name: "basicConstraints", cA: true, critical: true },
    { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return { certificatePem: forge.pki.certificateToPem(cert), privateKeyPem: forge.pki.privateKeyToPem(keys.privateKey) };
}

export interface IssueOptions {
  notBefore?: Date;
  notAfter?: Date;
}

/** A signing certificate for `name` from `ca`, as PKCS#12 bytes locked with `passphrase`. */
export function issueP12(ca: Issuer, name: string, passphrase: string, opts: IssueOptions = {}): Uint8Array {
  const keys = rsaKeys();
  const now = new Date();
  const caCert = forge.pki.certificateFromPem(ca.certificatePem);
  const cert = certificate(
    name,
    keys.publicKey,
    opts.notBefore ?? new Date(now.getTime() - 86_400_000),
    opts.notAfter ?? new Date(now.getTime() + 2 * 365 * 86_400_000),
  );
  cert.setIssuer(caCert.subject.attributes);
  cert.setExtensions([
    { name: "basicConstraints", cA: false },
    { name: "keyUsage", digitalSignature: true, nonRepudiation: true, critical: true },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(ca.privateKeyPem), forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert, caCert], passphrase, { algorithm: "3des", friendlyName: name });
  return new Uint8Array(Buffer.from(forge.asn1.toDer(asn1).getBytes(), "binary"));
}
