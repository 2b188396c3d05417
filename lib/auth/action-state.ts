// The form state shared by server actions and the client forms that show it.
import type { FieldErrors } from "@/lib/errors";

export type ActionState =
  | { status: "idle" }
  | {
      status: "ok";
      message?: string;
      /** values to show once (a register number, a receipt code); never put in a URL */
      data?: Record<string, string>;
      /** changes with every success, so forms can reset themselves */
      at?: number;
    }
  | {
      status: "error";
      code: string;
      message: string;
      fieldErrors: FieldErrors;
      /** what was submitted, so the form shows it again instead of losing it */
      values: Record<string, string>;
    };

export const IDLE: ActionState = { status: "idle" };
