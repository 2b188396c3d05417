// How each kind of outbox message leaves SIPADU.
import nodemailer, { type Transporter } from "nodemailer";
import { signature } from "@/lib/crypto/hmac";

export class NotConfigured extends Error {}

export interface EmailPayload {
  to: string;
  subject: string;
  text: string;
}

export interface LapakStatusPayload {
  ticketId: string;
  status: string;
  stage: string;
  message: string;
  /** the ticket's n-th status update: a receiver keeps the highest */
  sequence?: number;
  /** when the status changed in SIPADU (ISO 8601) */
  occurredAt?: string;
}

/** SMTP from the environment: SMTP_URL, or SMTP_HOST with SMTP_PORT, SMTP_USER, SMTP_PASSWORD, SMTP_SECURE. */
export function smtpConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.SMTP_URL || env.SMTP_HOST);
}

let transporter: { key: string; t: Transporter } | undefined;

/** How long an SMTP server may take to answer (SMTP_TIMEOUT_MS), for the URL form too. */
function timeouts(env: NodeJS.ProcessEnv) {
  const socketTimeout = Number(env.SMTP_TIMEOUT_MS || 20_000);
  return { connectionTimeout: Math.min(10_000, socketTimeout), greetingTimeout: Math.min(10_000, socketTimeout), socketTimeout };
}

function mailer(env: NodeJS.ProcessEnv): Transporter {
  const key = `${env.SMTP_URL}|${env.SMTP_HOST}|${env.SMTP_PORT}|${env.SMTP_USER}|${env.SMTP_TIMEOUT_MS}`;
  if (transporter?.key === key) return transporter.t;
  const t = env.SMTP_URL
    ? nodemailer.createTransport({ url: env.SMTP_URL, ...timeouts(env) })
    : nodemailer.createTransport({
        host: env.SMTP_HOST,
        port: Number(env.SMTP_PORT || 587),
        secure: env.SMTP_SECURE === "1",
        auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? "" } : undefined,
        ...timeouts(env),
      });
  transporter = { key, t };
  return t;
}

/** Sends one e-mail; `messageId` is the same for every attempt of one outbox message. */
export async function sendEmail(payload: EmailPayload, messageId?: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!smtpConfigured(env)) throw new NotConfigured("SMTP belum dikonfigurasi");
  await mailer(env).sendMail({
    from: env.SMTP_FROM || "SIPADU Inspektorat Kabupaten Banyumas <sipadu@localhost>",
    to: payload.to,
    subject: payload.subject,
    text: payload.text,
    ...(messageId ? { messageId } : {}),
  });
}

/** Lapak Aduan's status endpoint from the environment: LAPAK_ADUAN_URL, LAPAK_ADUAN_API_KEY, LAPAK_ADUAN_SECRET. */
export function lapakConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.LAPAK_ADUAN_URL && env.LAPAK_ADUAN_SECRET);
}

export const LAPAK_TIMEOUT_MS = 10_000;

export async function postLapakStatus(payload: LapakStatusPayload, idempotencyKey: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!lapakConfigured(env)) throw new NotConfigured("Alamat Lapak Aduan belum dikonfigurasi");
  const body = JSON.stringify(payload);
  const res = await fetch(env.LAPAK_ADUAN_URL!, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-api-key": env.LAPAK_ADUAN_API_KEY ?? "",
      "x-signature": signature(env.LAPAK_ADUAN_SECRET!, body),
      // The same message retried after a timeout carries the same key: Lapak Aduan can drop the repeat.
      "idempotency-key": idempotencyKey,
    },
    body,
    signal: AbortSignal.timeout(Number(env.LAPAK_ADUAN_TIMEOUT_MS || LAPAK_TIMEOUT_MS)),
  });
  if (!res.ok) throw new Error(`Lapak Aduan menjawab ${res.status}`);
}
