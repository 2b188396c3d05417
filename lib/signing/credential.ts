// A signer's credential from a PKCS#12 file (what BSrE and every CA hand
// out), read with node-forge, and the checks made before it signs: it opens
// with the passphrase, it is valid today, and it names the person who signs.
import forge from "node-forge";
import { civilDateAt, formatCivilDate } from "@/lib/format/dates";
import { SigningError } from "./errors";

export interface Credential {
  pkcs8Der: Uint8Array;
  certificateDer: Uint8Array;
  chainDer: Uint8Array[];
  subjectName: string;
  issuerName: string;
  notBefore: Date;
  notAfter: Date;
}

const der = (cert: forge.pki.Certificate) => new Uint8Array(Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), "binary"));
const commonName = (attrs: forge.pki.CertificateField[]) => String(attrs.find((a) => a.shortName === "CN")?.value ?? "");

export function readP12(bytes: Uint8Array, passphrase: string, label: string): Credential {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(bytes).toString("binary"))), false, passphrase);
  } catch (e) {
    const wrong = /invalid password|mac could not be verified|pkcs#12 mac/i.test(String((e as Error).message));
    throw wrong
      ? new SigningError("TTE_KATA_SANDI_SALAH", `Kata sandi sertifikat elektronik ${label} salah.`)
      : new SigningError("TTE_SERTIFIKAT_RUSAK", `Berkas sertifikat elektronik ${label} tidak dapat dibaca (bukan PKCS#12 yang utuh).`);
  }
  const bags = (type: string): forge.pkcs12.Bag[] => p12.getBags({ bagType: type })[type] ?? [];
  const oids = forge.pki.oids as Record<string, string>;
  const keyBag = [...bags(oids.pkcs8ShroudedKeyBag!), ...bags(oids.keyBag!)][0];
  const certs = bags(oids.certBag!)
    .map((b) => b.cert)
    .filter((c): c is forge.pki.Certificate => Boolean(c));
  const key = keyBag?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key) throw new SigningError("TTE_SERTIFIKAT_RUSAK", `Berkas sertifikat elektronik ${label} tidak memuat kunci privat RSA.`);
  const own = certs.find((c: forge.pki.Certificate) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return pub.n?.equals(key.n) && pub.e?.equals(key.e);
  });
  if (!own) throw new SigningError("TTE_SERTIFIKAT_RUSAK", `Berkas sertifikat elektronik ${label} tidak memuat sertifikat pasangan kuncinya.`);
  const pkcs8 = forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(key));
  return {
    pkcs8Der: new Uint8Array(Buffer.from(forge.asn1.toDer(pkcs8).getBytes(), "binary")),
    certificateDer: der(own),
    chainDer: certs.filter((c) => c !== own).map(der),
    subjectName: commonName(own.subject.attributes),
    issuerName: commonName(own.issuer.attributes) || own.issuer.attributes.map((a) => a.value).join(", "),
    notBefore: own.validity.notBefore,
    notAfter: own.validity.notAfter,
  };
}

/**
 * A name as it is compared with a certificate's: without academic titles and
 * punctuation, case folded. "Dr. Bambang Widodo, S.H., M.Si." and the
 * certificate's "BAMBANG WIDODO" are the same person.
 */
export function bareName(name: string): string {
  const parts = name.split(",")[0]!; // titles after the name follow a comma
  return parts
    .replace(/\b(dr|drs|dra|ir|prof|h|hj)\.\s*/gi, "")
    .replace(/[^\p{L}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toUpperCase();
}

export function checkCredential(c: Credential, signerName: string, at: Date, label: string): void {
  if (at < c.notBefore || at > c.notAfter) {
    const until = formatCivilDate(civilDateAt(c.notAfter));
    throw new SigningError(
      "TTE_SERTIFIKAT_KEDALUWARSA",
      at > c.notAfter
        ? `Sertifikat elektronik ${label} sudah kedaluwarsa sejak ${until}; minta sertifikat baru.`
        : `Sertifikat elektronik ${label} belum berlaku.`,
    );
  }
  if (bareName(c.subjectName) !== bareName(signerName)) {
    throw new SigningError("TTE_NAMA_TIDAK_SESUAI", `Sertifikat elektronik atas nama “${c.subjectName}”, bukan penanda tangan “${signerName}”.`);
  }
}
