"use server";
import { formatCivilDate } from "@/lib/format/dates";
import { submitWbsReport } from "@/lib/intake/public-complaint";
import { publicAction } from "@/lib/public/action";

export const submitWbsAction = publicAction(async (input, client) => {
  const r = await submitWbsReport(input, client);
  return {
    message: "Laporan Anda telah kami terima.",
    data: { registerNumber: r.registerNumber, receiptCode: r.receiptCode, dueOn: `${formatCivilDate(r.dueOn)}${r.dueIsEstimate ? " (perkiraan)" : ""}` },
  };
});
