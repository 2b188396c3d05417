// The wrapper of the public pages' actions (complaint form, WBS, tracking):
// no session; the client is known only by a salted hash of its address (see
// rate-limit.ts). Errors come back as form state like the staff actions'.
import { headers } from "next/headers";
import { clientIpFrom } from "@/lib/auth/client-ip";
import type { ActionOutcome } from "@/lib/auth/action";
import { errorState } from "@/lib/auth/action";
import type { ActionState } from "@/lib/auth/action-state";
import { formDataToObject } from "@/lib/validation/parse";
import { clientKey } from "./rate-limit";

export interface PublicClient {
  /** salted hash of the address, for rate limits; never stored */
  key: string;
}

export function publicAction(handler: (input: Record<string, unknown>, client: PublicClient) => Promise<ActionOutcome | void>) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const input = formDataToObject(formData);
    try {
      const client = { key: clientKey(clientIpFrom(await headers())) };
      const outcome = await handler(input, client);
      return { status: "ok", message: outcome?.message, data: outcome?.data, at: Date.now() };
    } catch (error) {
      return errorState(error, input);
    }
  };
}
