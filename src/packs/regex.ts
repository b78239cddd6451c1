// Regular expressions from packs run on RE2 (re2js): matching takes time linear in the input,
// whatever the pattern, so a pack cannot make a run hang on `(a+)+$`. What RE2 cannot do in
// linear time (backreferences, lookaround) does not compile and the pack is refused.
import { RE2JS } from "re2js";

/** A pattern compiled for RE2 from JavaScript/JSON Schema syntax, or why it cannot be. */
export function compilePattern(pattern: string): { ok: true; re: RE2JS } | { ok: false; reason: string } {
  try {
    return { ok: true, re: RE2JS.compile(RE2JS.translateRegExp(pattern)) };
  } catch (err) {
    // "error parsing regexp: invalid escape sequence: `\1`" → the part after the prefix.
    const text = String((err as Error)?.message ?? err).replace(/^error parsing regexp:\s*/, "");
    return { ok: false, reason: text };
  }
}

/**
 * ajv's `code.regExp` engine (`pattern`, `patternProperties`): patterns were checked when the
 * pack was read, so a failure here is a bug, not user input.
 */
export function re2Engine(pattern: string, flags: string): { test(s: string): boolean; toString(): string } {
  const compiled = compilePattern(pattern);
  if (!compiled.ok) throw new Error(`pattern refused: ${compiled.reason}`);
  const re = compiled.re;
  // ajv caches compiled patterns by toString(): it must differ per pattern, as a RegExp's does.
  const key = `/${pattern}/${flags}`;
  return { test: (s: string) => re.test(s), toString: () => key };
}
// Only used for standalone code, which packs never generate; ajv's type requires it.
re2Engine.code = "re2Engine";
