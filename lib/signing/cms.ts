// The CMS detached signature inside a PAdES signature (ETSI EN 319 142-1,
// baseline B-B): SignedData over the PDF's signed byte ranges with the
// signer's certificate, the content type, the message digest and the
// ESS signing-certificate-v2 attribute that binds the certificate to the
// signature. Built by pkijs and signed through WebCrypto (native RSA);
// the one attribute pkijs has no class for is assembled from asn1js parts.
import { webcrypto } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";

const OID = {
  data: "1.2.840.113549.1.7.1",
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4",
  signingCertificateV2: "1.2.840.113549.1.9.16.2.47",
} as const;

pkijs.setEngine("node", new pkijs.CryptoEngine({ name: "node", crypto: webcrypto as unknown as Crypto }));

const subtle = webcrypto.subtle;

export interface CmsKey {
  privateKey: CryptoKey;
  certificate: pkijs.Certificate;
  certificateDer: ArrayBuffer;
  chain: pkijs.Certificate[];
}

const own = (b: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(b);

export async function importKey(pkcs8Der: Uint8Array, certificateDer: Uint8Array, chainDer: Uint8Array[]): Promise<CmsKey> {
  const privateKey = await subtle.importKey("pkcs8", own(pkcs8Der), { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, false, ["sign"]);
  const certificate = pkijs.Certificate.fromBER(own(certificateDer));
  return { privateKey, certificate, certificateDer: own(certificateDer).buffer, chain: chainDer.map((d) => pkijs.Certificate.fromBER(own(d))) };
}

/** ESS signing-certificate-v2 (RFC 5035) with the SHA-256 hash (the default algorithm, so omitted) and the issuer/serial. */
async function signingCertificateV2(key: CmsKey): Promise<asn1js.Sequence> {
  const certHash = await subtle.digest("SHA-256", key.certificateDer);
  const issuerSerial = new pkijs.IssuerSerial({
    issuer: new pkijs.GeneralNames({ names: [new pkijs.GeneralName({ type: 4, value: key.certificate.issuer })] }),
    serialNumber: key.certificate.serialNumber,
  });
  const essCertIdV2 = new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: certHash }), issuerSerial.toSchema()] });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

/** A detached CMS SignedData (DER) over `content`. The claimed signing time lives in the PDF's /M entry, as PAdES asks. */
export async function signDetached(content: Uint8Array, key: CmsKey): Promise<Buffer> {
  const digest = await subtle.digest("SHA-256", own(content));
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: key.certificate.issuer, serialNumber: key.certificate.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
            new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: digest })] }),
            new pkijs.Attribute({ type: OID.signingCertificateV2, values: [await signingCertificateV2(key)] }),
          ],
        }),
      }),
    ],
    certificates: [key.certificate, ...key.chain],
  });
  await signedData.sign(key.privateKey, 0, "SHA-256");
  const info = new pkijs.ContentInfo({ contentType: pkijs.ContentInfo.SIGNED_DATA, content: signedData.toSchema(true) });
  return Buffer.from(info.toSchema().toBER(false));
}
