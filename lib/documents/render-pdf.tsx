// The document model as PDF (@react-pdf/renderer), set in Arimo (Arial's
// metrics). Mirrors render-docx.ts block by block.
import { Document, Font, Image, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { ARIMO } from "./fonts";
import { DRAFT_MARK, PAPER_SIZES_MM, marker, runsOf, type Block, type DocumentModel, type Inline, type List, type Signature } from "./model";

let fontsReady = false;
function registerFonts() {
  if (fontsReady) return;
  Font.register({
    family: "Arimo",
    fonts: [
      { src: ARIMO.regular },
      { src: ARIMO.bold, fontWeight: 700 },
      { src: ARIMO.italic, fontStyle: "italic" },
      { src: ARIMO.boldItalic, fontWeight: 700, fontStyle: "italic" },
    ],
  });
  // Indonesian words are not split with English hyphenation rules.
  Font.registerHyphenationCallback((word) => [word]);
  fontsReady = true;
}

const MM = 72 / 25.4;

const s = StyleSheet.create({
  page: { fontFamily: "Arimo", fontSize: 12, lineHeight: 1.3, paddingTop: 20 * MM, paddingBottom: 20 * MM, paddingLeft: 30 * MM, paddingRight: 20 * MM },
  draft: { position: "absolute", top: 8 * MM, left: 0, right: 0, textAlign: "center", fontSize: 10, fontWeight: 700, color: "#b00020" },
  footer: { position: "absolute", bottom: 8 * MM, right: 20 * MM, fontSize: 8 },
  row: { flexDirection: "row" },
  letterhead: { flexDirection: "row", alignItems: "center", borderBottomWidth: 3, borderBottomColor: "#000", paddingBottom: 4, marginBottom: 14 },
  logo: { width: 52, height: 64, marginRight: 10 },
  headCenter: { flex: 1, alignItems: "center" },
  para: { textAlign: "justify", marginBottom: 6 },
  cellText: { fontSize: 11 },
  tableBorder: { borderWidth: 0.75, borderColor: "#000" },
});

const ALIGN = { left: "left", center: "center", right: "right", justify: "justify" } as const;

function Runs({ content }: { content: Inline }) {
  return (
    <>
      {runsOf(content).map((r, i) => (
        <Text key={i} style={{ fontWeight: r.bold ? 700 : 400, fontStyle: r.italic ? "italic" : "normal", textDecoration: r.underline ? "underline" : "none" }}>
          {r.text}
        </Text>
      ))}
    </>
  );
}

function ListView({ list, level = 0 }: { list: List; level?: number }) {
  return (
    <View>
      {list.items.map((item, i) => (
        <View key={i} wrap={false}>
          <View style={s.row}>
            {list.style === "none" ? null : <Text style={{ width: 20 }}>{marker(list.style, i)}</Text>}
            <Text style={{ flex: 1, textAlign: "justify", marginBottom: 3 }}>
              <Runs content={item.content} />
            </Text>
          </View>
          {item.children ? (
            <View style={{ marginLeft: 20 }}>
              <ListView list={item.children} level={level + 1} />
            </View>
          ) : null}
        </View>
      ))}
    </View>
  );
}

function SignatureView({ sig }: { sig: Signature }) {
  return (
    <View style={{ alignItems: "center" }}>
      {(sig.heading ?? []).map((h, i) => (
        <Text key={`h${i}`}>{h}</Text>
      ))}
      {sig.roles.map((r, i) => (
        <Text key={`r${i}`} style={{ fontWeight: 700, textAlign: "center" }}>
          {r}
        </Text>
      ))}
      <View style={{ height: 48 }} />
      <Text style={{ fontWeight: 700, textDecoration: "underline" }}>{sig.name}</Text>
      {sig.rank ? <Text>{sig.rank}</Text> : null}
      {sig.nip ? <Text>{sig.nip}</Text> : null}
    </View>
  );
}

function BlockView({ b, model }: { b: Block; model: DocumentModel }) {
  switch (b.type) {
    case "letterhead": {
      const [gov, org, ...rest] = model.letterhead.lines;
      const logo = model.letterhead.logo;
      return (
        <View style={s.letterhead}>
          {logo ? <Image style={s.logo} src={{ data: Buffer.from(logo.data), format: logo.type === "jpg" ? "jpg" : "png" }} /> : null}
          <View style={s.headCenter}>
            <Text style={{ fontSize: 14, fontWeight: 700 }}>{gov}</Text>
            <Text style={{ fontSize: 16, fontWeight: 700 }}>{org}</Text>
            {rest.map((l, i) => (
              <Text key={i} style={{ fontSize: 10 }}>
                {l}
              </Text>
            ))}
          </View>
        </View>
      );
    }
    case "heading":
      return (
        <Text
          style={{
            textAlign: ALIGN[b.align ?? "center"],
            fontWeight: 700,
            fontSize: b.size === "title" ? 14 : 12,
            textDecoration: b.underline ? "underline" : "none",
            marginTop: b.spaceBefore ?? (b.size === "chapter" ? 12 : 0),
            marginBottom: 6,
          }}
          minPresenceAhead={40}
        >
          {b.text}
        </Text>
      );
    case "paragraph":
      return (
        <Text style={{ ...s.para, textAlign: ALIGN[b.align ?? "justify"], textIndent: b.indent ?? 0, marginBottom: (b.spaceAfter ?? 120) / 20 }}>
          <Runs content={b.content} />
        </Text>
      );
    case "field":
      return (
        <View style={[s.row, { marginBottom: 6 }]}>
          <Text style={{ width: "18%" }}>{b.label}</Text>
          <Text style={{ width: "3%" }}>:</Text>
          <View style={{ width: "79%" }}>
            {typeof b.content === "object" && !Array.isArray(b.content) && "items" in b.content ? (
              <ListView list={b.content} />
            ) : (
              <Text style={{ textAlign: "justify" }}>
                <Runs content={b.content as Inline} />
              </Text>
            )}
          </View>
        </View>
      );
    case "list":
      return (
        <View style={{ marginBottom: 6 }}>
          <ListView list={b.list} />
        </View>
      );
    case "table":
      return (
        <View style={[s.tableBorder, { marginBottom: 8 }]}>
          <View style={s.row} fixed={false}>
            {b.columns.map((c, i) => (
              <View key={i} style={{ width: `${c.width}%`, padding: 3, borderRightWidth: i < b.columns.length - 1 ? 0.75 : 0, borderBottomWidth: 0.75 }}>
                <Text style={[s.cellText, { fontWeight: 700, textAlign: "center" }]}>{c.header}</Text>
              </View>
            ))}
          </View>
          {b.rows.map((row, r) => (
            <View key={r} style={s.row} wrap={false}>
              {row.map((text, i) => (
                <View
                  key={i}
                  style={{ width: `${b.columns[i]?.width ?? 10}%`, padding: 3, borderRightWidth: i < row.length - 1 ? 0.75 : 0, borderBottomWidth: r < b.rows.length - 1 ? 0.75 : 0 }}
                >
                  {text.split("\n").map((line, k) => (
                    <Text key={k} style={[s.cellText, { textAlign: b.columns[i]?.align ?? "left" }]}>
                      {line}
                    </Text>
                  ))}
                </View>
              ))}
            </View>
          ))}
        </View>
      );
    case "signatures": {
      const spread = b.align === "spread" || b.blocks.length > 1;
      return (
        <View style={[s.row, { marginTop: 12, justifyContent: spread ? "space-around" : "flex-end" }]} wrap={false}>
          {b.blocks.map((sig, i) => (
            <View key={i} style={{ width: spread ? `${100 / b.blocks.length}%` : "50%" }}>
              <SignatureView sig={sig} />
            </View>
          ))}
        </View>
      );
    }
    case "pageBreak":
      return <View break />;
    case "spacer":
      return <View style={{ height: 14 * (b.lines ?? 1) }} />;
  }
}

export async function renderPdf(model: DocumentModel): Promise<Buffer> {
  registerFonts();
  const size = PAPER_SIZES_MM[model.paper];
  const v = model.verification;
  const doc = (
    <Document title={model.title} author="Inspektorat Kabupaten Banyumas" creator="SIPADU" producer="SIPADU">
      <Page size={model.paper === "A4" ? "A4" : [size.width * MM, size.height * MM]} style={s.page}>
        {model.draft ? (
          <Text style={s.draft} fixed>
            {DRAFT_MARK}
          </Text>
        ) : null}
        {model.blocks.map((b, i) => (
          <BlockView key={i} b={b} model={model} />
        ))}
        {v ? (
          <View style={{ marginTop: 14 }} wrap={false}>
            <Image style={{ width: 64, height: 64 }} src={{ data: Buffer.from(v.qrPng), format: "png" }} />
            <Text style={{ fontSize: 8 }}>{`Kode verifikasi ${v.code} — periksa keaslian di ${v.url}`}</Text>
          </View>
        ) : null}
        {v ? <Text style={s.footer} fixed>{`Kode verifikasi: ${v.code}`}</Text> : null}
      </Page>
    </Document>
  );
  return renderToBuffer(doc);
}
