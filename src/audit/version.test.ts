import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { PACKAGE_NAME, VERSION } from "./version";

describe("VERSION", () => {
  it("equals package.json's name and version", async () => {
    const pkg = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8")) as { name: string; version: string };
    expect(VERSION).toBe(pkg.version);
    expect(PACKAGE_NAME).toBe(pkg.name);
  });
});
