// For the browser tests that start mid-procedure: a letter registered by the
// demo complaint team (through the real step 1), printed as its register number.
//   tsx e2e/support/new-case.ts
import { db } from "@/lib/db";
import { registerCase } from "@/lib/steps/receive";
import { actorOf } from "@/tests/actors";

async function main() {
  const pengaduan = actorOf(await db.user.findUniqueOrThrow({ where: { username: "pengaduan" } }));
  const opd = await db.opd.findFirstOrThrow({ where: { irbanWilayah: "WILAYAH_I", active: true }, orderBy: { name: "asc" } });
  const kase = await registerCase(pengaduan, {
    source: "MASYARAKAT",
    channel: "SURAT",
    title: "Pungutan pada layanan akta kelahiran",
    description: "Petugas meminta Rp100.000 untuk akta kelahiran.",
    opdId: opd.id,
    confidentiality: "BIASA",
    reporterName: "Warga Pelapor",
    phone: "081211112222",
  });
  console.log(kase.registerNumber);
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
