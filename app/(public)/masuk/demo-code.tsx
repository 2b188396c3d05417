"use client";
// On a demo installation only: the current code for the demo inspektur and
// admin accounts, refreshed as it changes (see app/api/demo-kode).
import { useEffect, useState } from "react";

export function DemoCode() {
  const [shown, setShown] = useState<{ code: string; secondsLeft: number } | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    async function load() {
      try {
        const res = await fetch("/api/demo-kode", { cache: "no-store" });
        if (!res.ok) return;
        const body = (await res.json()) as { code: string; secondsLeft: number };
        if (stopped) return;
        setShown(body);
        timer = setTimeout(load, (body.secondsLeft + 1) * 1000);
      } catch {
        // the hint is a convenience; the form works without it
      }
    }
    void load();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, []);

  if (!shown) return null;
  return (
    <p className="notice info" data-testid="demo-code">
      Instalasi demo: kode untuk akun demo <strong>inspektur</strong> dan <strong>admin</strong> saat ini{" "}
      <span className="mono">{shown.code}</span>.
    </p>
  );
}
