// The one door to electronic signatures: prepareSigner() picks the
// credential for the person who signs (checked before the transaction opens:
// passphrase, validity, name), and the Signer it returns signs the frozen PDF
// inside the step's transaction. Any failure throws a SigningError and the
// step does not happen.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { importKey } from "./cms";
import { DEMO_PASSPHRASE, DEMO_TTE_DIR, localDir, remoteConfig, signingMode } from "./config";
import { type Credential, bareName, checkCredential, readP12 } from "./credential";
import { SigningError } from "./errors";
import { issueP12 } from "./issue";
import { type SignatureMeta, signPdf } from "./pades";
import { type RemoteSecret, remoteSign } from "./remote";

export type { RemoteSecret };

export interface Signer {
  /** "demo", "local" or "remote": shown in the history so a reader knows how the letter was signed */
  readonly via: string;
  sign(pdf: Buffer, meta: Omit<SignatureMeta, "name">): Promise<Buffer>;
}

export interface SigningPerson {
  username: string;
  name: string;
}

const cache = new Map<string, { mtimeMs: number; credential: Credential }>();

function readCached(file: string, passphrase: string, label: string): Credential {
  const mtimeMs = statSync(file).mtimeMs;
  const key = `${file}\u0000${passphrase}`;
  const hit = cache.get(key);
  if (hit && hit.mtimeMs === mtimeMs) return hit.credential;
  const credential = readP12(new Uint8Array(readFileSync(file)), passphrase, label);
  cache.set(key, { mtimeMs, credential });
  return credential;
}

function passphraseOf(dir: string, username: string): string {
  const file = path.join(dir, `${username}.passphrase`);
  if (existsSync(file)) return readFileSync(file, "utf8").replace(/\r?\n$/, "");
  return process.env.SIPADU_TTE_PASSPHRASE ?? "";
}

const demoIssued = new Map<string, Credential>();

/** The demo CA issues a certificate for whoever signs, once per name, unless demo/tte has one. */
function demoCredential(person: SigningPerson, label: string): Credential {
  const file = path.join(DEMO_TTE_DIR, `${person.username}.p12`);
  if (existsSync(file)) {
    const shipped = readCached(file, DEMO_PASSPHRASE, label);
    if (bareName(shipped.subjectName) === bareName(person.name)) return shipped;
  }
  const name = bareName(person.name);
  let c = demoIssued.get(name);
  if (!c) {
    const ca = {
      certificatePem: readFileSync(path.join(DEMO_TTE_DIR, "demo-ca.pem"), "utf8"),
      privateKeyPem: readFileSync(path.join(DEMO_TTE_DIR, "demo-ca.key.pem"), "utf8"),
    };
    c = readP12(issueP12(ca, name, DEMO_PASSPHRASE), DEMO_PASSPHRASE, label);
    demoIssued.set(name, c);
  }
  return c;
}

function localCredential(person: SigningPerson, label: string): Credential {
  const dir = localDir();
  const file = path.join(dir, `${person.username}.p12`);
  if (!existsSync(file)) {
    throw new SigningError("TTE_SERTIFIKAT_TIDAK_ADA", `Sertifikat elektronik ${label} belum dipasang (berkas ${person.username}.p12 di ${dir}).`);
  }
  return readCached(file, passphraseOf(dir, person.username), label);
}

function credentialSigner(via: string, person: SigningPerson, credential: Credential): Signer {
  let key: ReturnType<typeof importKey> | undefined;
  return {
    via,
    async sign(pdf, meta) {
      key ??= importKey(credential.pkcs8Der, credential.certificateDer, credential.chainDer);
      return signPdf(pdf, await key, { ...meta, name: credential.subjectName || person.name });
    },
  };
}

/**
 * The signer for `person` at `at`. `attended`: the person is at the keyboard
 * (steps 8 and 10a) and, in remote mode, has typed `secret`; unattended
 * signatures (step 11) always use the server-held local credential.
 */
export function prepareSigner(person: SigningPerson, at: Date, opts: { attended: boolean; secret?: RemoteSecret | null }): Signer {
  const label = `milik ${person.name}`;
  const mode = signingMode();
  if (mode === "remote" && opts.attended) {
    const secret = opts.secret;
    if (!secret?.nik || !secret.passphrase) {
      throw new SigningError("TTE_DATA_KURANG", "Isi NIK dan passphrase TTE Anda untuk menandatangani secara elektronik.");
    }
    const config = remoteConfig();
    return { via: "remote", sign: (pdf, meta) => remoteSign(config, pdf, secret, { ...meta, name: person.name }) };
  }
  const credential = mode === "demo" ? demoCredential(person, label) : localCredential(person, label);
  checkCredential(credential, person.name, at, label);
  return credentialSigner(mode === "demo" ? "demo" : "local", person, credential);
}

export interface CredentialStatus {
  mode: ReturnType<typeof signingMode>;
  /** the credential the server holds for the person (all modes: steps 8 and 10a in demo/local, step 11 always) */
  ok: boolean;
  message: string;
  subjectName?: string;
  issuerName?: string;
  notAfter?: Date;
}

/** What the admin sees on the letter settings page: can the server sign for this person now, and with what. */
export function credentialStatus(person: SigningPerson, at = new Date()): CredentialStatus {
  const mode = signingMode();
  const label = `milik ${person.name}`;
  try {
    const c = mode === "demo" ? demoCredential(person, label) : localCredential(person, label);
    checkCredential(c, person.name, at, label);
    return { mode, ok: true, message: "Siap menandatangani.", subjectName: c.subjectName, issuerName: c.issuerName, notAfter: c.notAfter };
  } catch (e) {
    return { mode, ok: false, message: (e as Error).message.replace(/ Dokumen tidak ditandatangani dan langkah ini belum dilakukan\.$/, "") };
  }
}
