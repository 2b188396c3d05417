import { cache } from "react";
import { db, type Db, type Tx } from "@/lib/db";
import { SETTINGS, type SettingKey, type SettingValue } from "./registry";

/** A setting's saved value, or its default when none is saved or the saved one no longer fits the schema. */
export async function readSetting<K extends SettingKey>(client: Db | Tx, key: K): Promise<SettingValue<K>> {
  const def = SETTINGS[key];
  const row = await client.setting.findUnique({ where: { key } });
  if (row) {
    const parsed = def.schema.safeParse(row.value);
    if (parsed.success) return parsed.data as SettingValue<K>;
    console.warn(`[settings] saved value of "${key}" does not fit its schema; using the default`);
  }
  return def.default as SettingValue<K>;
}

/** The same, cached for the length of one request. */
export const getSetting = cache(<K extends SettingKey>(key: K): Promise<SettingValue<K>> => readSetting(db, key));
