// Colour only when asked, or on a TTY; NO_COLOR and FORCE_COLOR as everyone expects.
export function useColor(flag: boolean | undefined, stream: NodeJS.WriteStream | null, env = process.env): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return Boolean(stream?.isTTY);
}
