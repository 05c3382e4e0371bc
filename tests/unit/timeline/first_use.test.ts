import { describe, expect, it, vi } from "vitest";
import { onFirstUse, preloadFirstUse } from "../../../src/timeline/first_use";

const strip = () => new EventTarget() as unknown as Element;
const use = (target: Element) => target.dispatchEvent(new Event("pointerdown"));

describe("onFirstUse(target, load)", () => {
  it("preloadFirstUse() runs every armed load once, before any use, and not a cancelled one", async () => {
    const [a, b, c] = [strip(), strip(), strip()];
    const [loadA, loadB, loadC] = [
      vi.fn(async () => undefined),
      vi.fn(async () => undefined),
      vi.fn(async () => undefined),
    ];
    onFirstUse(a, loadA);
    onFirstUse(b, loadB);
    onFirstUse(c, loadC)();
    preloadFirstUse();
    use(a);
    preloadFirstUse();
    expect([loadA, loadB, loadC].map((load) => load.mock.calls.length)).toEqual([1, 1, 0]);
  });

  it("onFirstUse loads once, on the first use", async () => {
    const target = strip();
    const load = vi.fn(async () => undefined);
    onFirstUse(target, load);
    use(target);
    use(target);
    await Promise.resolve();
    use(target);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("onFirstUse tries again on the next use when the load failed (offline), and not after that succeeds", async () => {
    // A review: the timeline's wheel zoom stayed dead once d3-zoom had failed offline.
    const target = strip();
    const load = vi.fn().mockRejectedValueOnce(new Error("offline")).mockResolvedValue(undefined);
    onFirstUse(target, load);
    use(target);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    use(target);
    expect(load).toHaveBeenCalledTimes(2);
    await new Promise((resolve) => setTimeout(resolve, 0));
    use(target);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("onFirstUse's cancel stops a retry too", async () => {
    const target = strip();
    const load = vi.fn().mockRejectedValue(new Error("offline"));
    const cancel = onFirstUse(target, load);
    use(target);
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 0));
    use(target);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
