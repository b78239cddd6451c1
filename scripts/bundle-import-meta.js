// Injected into the CommonJS bundle by scripts/bundle.mjs: `import.meta.url` of every bundled
// module is replaced by this, the URL of the bundle file itself (__filename of its wrapper).
import { pathToFileURL } from "node:url";

export const import_meta_url = pathToFileURL(__filename).href;
