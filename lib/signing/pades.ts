// A PAdES signature on a PDF: @signpdf adds the signature dictionary
// (SubFilter ETSI.CAdES.detached, /M the signing time, reason, location,
// name) as an incremental update and fills the CMS built in cms.ts.
import { plainAddPlaceholder } from "@signpdf/placeholder-plain";
import { SignPdf } from "@signpdf/signpdf";
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from "@signpdf/utils";
import { type CmsKey, signDetached } from "./cms";

export interface SignatureMeta {
  name: string;
  reason: string;
  location: string;
  contactInfo: string;
  signingTime: Date;
}

/** Room for the CMS: a 2048/4096-bit signature with a chain of three certificates fits with margin. */
export const SIGNATURE_BYTES = 8192;

class CmsSigner extends Signer {
  constructor(private readonly key: CmsKey) {
    super();
  }
  async sign(content: Buffer): Promise<Buffer> {
    return signDetached(content, this.key);
  }
}

/** The PDF with the signature dictionary and an empty /Contents of SIGNATURE_BYTES, ready for a signer (here or remote). */
export function withPlaceholder(pdf: Buffer, meta: SignatureMeta): Buffer {
  return plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: meta.reason,
    location: meta.location,
    name: meta.name,
    contactInfo: meta.contactInfo,
    signingTime: meta.signingTime,
    signatureLength: SIGNATURE_BYTES,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: "SIPADU",
  });
}

export async function signPdf(pdf: Buffer, key: CmsKey, meta: SignatureMeta): Promise<Buffer> {
  return new SignPdf().sign(withPlaceholder(pdf, meta), new CmsSigner(key));
}
