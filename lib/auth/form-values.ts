// What a form submitted, as the form shows it again after an error: every
// text field, never a password. Used on the server (an error the action
// answered) and in the browser (an answer that never came).

/** Fields never sent back to the browser. */
const SECRET_FIELD = /password|sandi/i;

/** At most this much of one field is echoed. */
const MAX_ECHO = 20_000;

export function echoValues(entries: Iterable<[string, unknown]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of entries) {
    if (typeof v === "string" && !SECRET_FIELD.test(k) && !k.startsWith("$ACTION")) out[k] = v.slice(0, MAX_ECHO);
  }
  return out;
}
