// The guard for suites that read ../shared: a skip with a message outside CI, a failure under CI.
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SHARED, sharedPresent } from "./helpers/shared.js";

describe("sharedPresent", () => {
  afterEach(() => vi.unstubAllEnvs());
  const absent = join(SHARED, "finnes-ikke");

  it("under CI=true, throws when the material is absent (the suite fails instead of skipping)", () => {
    vi.stubEnv("CI", "true");
    expect(() => sharedPresent(absent, "a test corpus")).toThrow(/a test corpus: .*finnes-ikke is missing, and CI must have \.\.\/shared/);
  });

  it("outside CI, says it skips and returns false", () => {
    vi.stubEnv("CI", "");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(sharedPresent(absent, "a test corpus")).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^SKIPPED: a test corpus: .*finnes-ikke is absent/));
    warn.mockRestore();
  });

  it("returns true when present", () => {
    expect(sharedPresent(join(SHARED, ".."), "the folder beside the checkout")).toBe(true);
  });
});
