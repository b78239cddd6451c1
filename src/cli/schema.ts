// `portvokter schema`: prints the JSON Schema file as shipped.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../util/package-root.js";
import { writeStream } from "./io.js";
import { EXIT } from "./meta.js";

export async function runSchema(opts: { config?: boolean; pack?: boolean }): Promise<number> {
  const file = opts.pack ? "pack.v1.schema.json" : opts.config ? "config.schema.json" : "dossier.v1.schema.json";
  await writeStream(process.stdout, readFileSync(join(packageRoot(), "schemas", file), "utf8"));
  return EXIT.ok;
}
