// `portvokter components`: the national common components that
// architecture/unknown-common-component knows: the shipped list (rules/data) and any the config
// adds (`common_components`). An entry in a dossier matches an id, a name or an alias.
import { fill, texts } from "../i18n/index.js";
import { loadReferenceData } from "../evaluate/reference-data.js";
import { loadSettings } from "../run/settings.js";
import type { Lang } from "../types.js";
import { escapeTerminal } from "../report/text.js";
import { writeStream } from "./io.js";
import { EXIT } from "./meta.js";

export interface ComponentsOptions {
  format: "table" | "json";
  lang?: Lang;
  config?: string | false;
}

export async function runComponents(opts: ComponentsOptions): Promise<number> {
  const { config, lang } = loadSettings({ ...(opts.config !== undefined ? { config: opts.config } : {}), ...(opts.lang ? { lang: opts.lang } : {}) });
  const T = texts(lang).sources;
  const shipped = loadReferenceData().commonComponents;
  const rows = [
    ...shipped.map((c) => ({ id: c.id, name: c.name, aliases: c.aliases ?? [], origin: "portvokter" as const })),
    ...config.commonComponents.map((c) => ({ id: c.id, name: c.name, aliases: [] as string[], origin: "config" as const })),
  ];
  if (opts.format === "json") {
    await writeStream(process.stdout, JSON.stringify(rows, null, 2) + "\n");
    return EXIT.ok;
  }
  // Names from a config are someone else's text: shown escaped, as everywhere in the terminal.
  const cells = rows.map((r) => [
    escapeTerminal(r.id),
    escapeTerminal(r.name),
    escapeTerminal(r.aliases.join(", ")),
    r.origin === "config" ? T.fromConfig : T.shipped,
  ]);
  const head = [T.compId, T.compName, T.compAliases, T.compOrigin];
  const widths = head.map((h, i) => cells.reduce((w, row) => Math.max(w, row[i]!.length), h.length));
  const line = (row: string[]) => row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i]!))).join("  ");
  const lines = [line(head), ...cells.map(line), "", fill(T.compCount, { n: rows.length })];
  await writeStream(process.stdout, lines.join("\n") + "\n");
  return EXIT.ok;
}
