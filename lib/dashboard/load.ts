// The dashboard's data for a filter, each part cached for up to a minute
// (cache.ts) and shared by the sections that need it.
import { db } from "@/lib/db";
import { byMonthAndSource, figures, openByStatus, perIrban, registrationSpan, tlTypes, topOpds } from "./aggregates";
import { cached } from "./cache";
import type { DashboardFilter } from "./filters";

const key = (part: string, filter: DashboardFilter, extra = "") => `${part}|${JSON.stringify(filter)}|${extra}`;

export const loadDashboard = {
  figures: (filter: DashboardFilter, today: string) => cached(key("figures", filter, today), () => figures(db, filter, today)),
  byMonthAndSource: (filter: DashboardFilter, today: string) => cached(key("months", filter, today), () => byMonthAndSource(db, filter, today)),
  openByStatus: (filter: DashboardFilter) => cached(key("open", filter), () => openByStatus(db, filter)),
  topOpds: (filter: DashboardFilter) => cached(key("opds", filter), () => topOpds(db, filter)),
  perIrban: (filter: DashboardFilter) => cached(key("irbans", filter), () => perIrban(db, filter)),
  tlTypes: (filter: DashboardFilter) => cached(key("tl", filter), () => tlTypes(db, filter)),
  // Not cached: two steps down an index, and the year picker must offer a year as soon as it has cases.
  span: () => registrationSpan(db),
};
