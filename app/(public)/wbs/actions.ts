"use server";
import { submitWbsReport } from "@/lib/intake/public-complaint";
import { publicAction } from "@/lib/public/action";
import { ESTIMATE_NOTE, formatDueOn } from "@/lib/sla/calendar";

export const submitWbsAction = publicAction(async (input, client) => {
  const r = await submitWbsReport(input, client);
  return {
    message: "Laporan Anda telah kami terima.",
    data: {
      registerNumber: r.registerNumber,
      receiptCode: r.receiptCode,
      dueOn: formatDueOn(r.dueOn, r.dueIsEstimate),
      ...(r.dueIsEstimate ? { dueNote: ESTIMATE_NOTE } : {}),
    },
  };
});
