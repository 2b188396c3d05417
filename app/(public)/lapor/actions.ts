"use server";
import { submitPublicComplaint } from "@/lib/intake/public-complaint";
import { publicAction } from "@/lib/public/action";
import { ESTIMATE_NOTE, formatDueOn } from "@/lib/sla/calendar";

export const submitComplaintAction = publicAction(async (input, client) => {
  const r = await submitPublicComplaint(input, client);
  // The receipt code travels in this response only; it is never put in a URL.
  return {
    message: "Aduan Anda telah kami terima.",
    data: {
      registerNumber: r.registerNumber,
      receiptCode: r.receiptCode,
      dueOn: formatDueOn(r.dueOn, r.dueIsEstimate),
      ...(r.dueIsEstimate ? { dueNote: ESTIMATE_NOTE } : {}),
    },
  };
});
