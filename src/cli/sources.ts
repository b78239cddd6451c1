// `portvokter sources`: the shipped source legend (rules/data/sources.json), every document the
// rules cite, with title, publisher, year and URL, so that each citation can be followed.
import { fill, texts } from "../i18n/index.js";
import { sourceLegend } from "../evaluate/sources.js";
import type { Lang } from "../types.js";
import { writeStream } from "./io.js";
import { EXIT } from "./meta.js";

export interface SourcesOptions {
  format: "table" | "json";
  lang?: Lang;
}

export async function runSources(opts: SourcesOptions): Promise<number> {
  const T = texts(opts.lang ?? "nb").sources;
  const docs = [...sourceLegend().values()];
  if (opts.format === "json") {
    const list = docs.map((d) => ({ id: d.id, cite: d.cite ?? d.id, title: d.title, publisher: d.publisher, year: d.year, url: d.url }));
    await writeStream(process.stdout, JSON.stringify(list, null, 2) + "\n");
    return EXIT.ok;
  }
  const blocks = docs.map((d) =>
    [
      `${T.doc}: ${d.cite ?? d.id}`,
      `  ${T.title}: ${d.title}`,
      `  ${T.publisher}: ${d.publisher}`,
      `  ${T.year}: ${d.year ?? T.noYear}`,
      `  ${T.url}: ${d.url ?? T.noUrl}`,
    ].join("\n"),
  );
  await writeStream(process.stdout, blocks.join("\n\n") + "\n\n" + fill(T.count, { n: docs.length }) + "\n");
  return EXIT.ok;
}
