// A real SMTP server on loopback (smtp-server) that keeps what it receives.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface Mail {
  from: string;
  to: string[];
  raw: string;
}

/** The Message-ID header of a received mail. */
export const messageIdIn = (raw: string) => /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1] ?? null;

/**
 * `answerAfterMs`: how long the server takes to accept a message once it has
 * it — longer than the client's timeout, and the client thinks it failed
 * while the message has in fact arrived (the cause of repeats).
 */
export async function fakeSmtp(opts: { answerAfterMs?: number } = {}) {
  const mails: Mail[] = [];
  let answerAfterMs = opts.answerAfterMs ?? 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, done) {
      let raw = "";
      stream.on("data", (c: Buffer) => (raw += c.toString("utf8")));
      stream.on("end", () => {
        mails.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), raw });
        if (answerAfterMs) setTimeout(done, answerAfterMs);
        else done();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    mails,
    setAnswerAfter: (ms: number) => (answerAfterMs = ms),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
