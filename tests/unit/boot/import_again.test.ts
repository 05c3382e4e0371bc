import { describe, expect, it, vi } from "vitest";
import { importAgain } from "../../../src/boot/import_again";

const offline = new Error("Failed to fetch dynamically imported module");

describe("importAgain", () => {
  it("resolves with the module when the first import works", async () => {
    const module = (await importAgain(
      // @ts-expect-error: a data: URL module has no type declarations
      () => import("data:text/javascript,export const a = 1;"),
    )) as { a: number };
    expect(module.a).toBe(1);
  });

  it("asks once more for the URL in the importer's body, with a fresh query, after a failure", async () => {
    // The first try fails as a module map that kept a failed fetch would; the URL in the body
    // (a comment swallows the query) is then imported anew.
    let tries = 0;
    const importer = () =>
      tries++ === 0
        ? Promise.reject(offline)
        : // @ts-expect-error: a data: URL module has no type declarations
          import("data:text/javascript,export const a = 2;//");
    const module = (await importAgain(importer)) as { a: number };
    expect(module.a).toBe(2);
    expect(tries).toBe(1);
  });

  it("rejects with the first error when the second try fails too", async () => {
    let tries = 0;
    const importer = () =>
      tries++ === 0
        ? Promise.reject(offline)
        : // @ts-expect-error: a data: URL module has no type declarations
          import("data:text/javascript,syntax error;//");
    await expect(importAgain(importer)).rejects.toBe(offline);
    expect(tries).toBe(1);
  });

  it("rejects with the error when the importer names no URL", async () => {
    await expect(importAgain(() => Promise.reject(offline))).rejects.toBe(offline);
  });

  it("importAgain takes away the notice of a part that failed when that chunk loads again, not when another one loads", async () => {
    const notice = { remove: vi.fn() };
    vi.stubGlobal("document", {
      querySelector: (selector: string) => (selector === ".part-failed" ? notice : null),
      querySelectorAll: () => [],
    });
    let online = false;
    const share = () => (online ? Promise.resolve({ share: true }) : Promise.reject(offline));
    await expect(importAgain(share)).rejects.toBe(offline);
    const other = () =>
      // @ts-expect-error: a data: URL module has no type declarations
      import("data:text/javascript,export const a = 3;");
    // A chunk in flight when Share failed (the legend's) loads: Share is still missing.
    await importAgain(other);
    expect(notice.remove).not.toHaveBeenCalled();
    online = true;
    await importAgain(share);
    await importAgain(share);
    expect(notice.remove).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });
});
