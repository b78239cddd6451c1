// A progress line on stderr for long runs, only when stderr is a terminal (never in CI logs or
// pipes): it appears after about 2 s, or at once for 500 files or more.
import type { Lang } from "../types.js";
import { fill, texts } from "../i18n/index.js";

export interface Progress {
  tick(): void;
  done(): void;
}

const SILENT: Progress = { tick() {}, done() {} };

export function startProgress(total: number, lang: Lang, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < 2) return SILENT;
  const started = Date.now();
  let finished = 0;
  let lastDraw = 0;
  let shown = false;
  const draw = () => {
    const pct = Math.floor((finished / total) * 100);
    stream.write(`\r${fill(texts(lang).cli.progress, { finished, total, pct })}`);
    shown = true;
  };
  return {
    tick() {
      finished++;
      const now = Date.now();
      if ((total >= 500 || now - started > 2000) && now - lastDraw > 100) {
        lastDraw = now;
        draw();
      }
    },
    done() {
      if (shown) stream.write("\r\x1b[2K");
    },
  };
}
