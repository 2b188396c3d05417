"use client";
// On a demo installation only: the code that works now for the demo inspektur
// and admin accounts, refreshed as it changes (see app/api/demo-kode). A code
// already used for this account is never shown: the next one is, or a wait.
import { useEffect, useState } from "react";

type Shown = { code: string | null; secondsLeft: number; usedNow: boolean };

export function DemoCode({ login }: { login: string }) {
  const [shown, setShown] = useState<Shown | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    async function load() {
      try {
        const res = await fetch(`/api/demo-kode?${new URLSearchParams({ akun: login })}`, { cache: "no-store" });
        if (!res.ok) return;
        const body = (await res.json()) as Shown;
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
  }, [login]);

  if (!shown) return null;
  return (
    <p className="notice info" data-testid="demo-code">
      Instalasi demo: kode untuk akun demo <strong>inspektur</strong> dan <strong>admin</strong>{" "}
      {shown.code ? (
        <>
          {shown.usedNow ? "(kode sebelumnya baru saja dipakai) " : ""}saat ini <span className="mono">{shown.code}</span>.
        </>
      ) : (
        <>sudah dipakai; kode berikutnya muncul dalam {shown.secondsLeft} detik.</>
      )}
    </p>
  );
}
