import { describe, expect, it } from "vitest";
import { createPlayer, manualClock } from "../../../src/time/clock";

function setup(keepGoing: (calls: number) => boolean = () => true) {
  const clock = manualClock();
  const calls: number[] = [];
  const player = createPlayer(clock, (seconds) => {
    calls.push(seconds);
    return keepGoing(calls.length);
  });
  return { clock, calls, player };
}

describe("createPlayer(clock, advance)", () => {
  it("createPlayer(clock, advance) does nothing until play", () => {
    const { clock, calls, player } = setup();
    clock.tick(16);
    expect(calls).toEqual([]);
    expect(player.playing).toBe(false);
  });

  it("createPlayer(clock, advance).play() calls advance with the seconds since the last frame", () => {
    const { clock, calls, player } = setup();
    player.play();
    expect(player.playing).toBe(true);
    clock.tick(16);
    clock.tick(100);
    clock.tick(50);
    expect(calls).toEqual([0.016, 0.1, 0.05]);
  });

  it("createPlayer(clock, advance) counts from play, not from when the clock started", () => {
    const { clock, calls, player } = setup();
    clock.tick(10_000);
    player.play();
    clock.tick(20);
    expect(calls).toEqual([0.02]);
  });

  it("createPlayer(clock, advance) caps a long gap at 0.25 s", () => {
    const { clock, calls, player } = setup();
    player.play();
    clock.tick(60_000);
    clock.tick(250);
    clock.tick(251);
    expect(calls).toEqual([0.25, 0.25, 0.25]);
  });

  it("createPlayer(clock, advance).pause() stops the calls", () => {
    const { clock, calls, player } = setup();
    player.play();
    clock.tick(16);
    player.pause();
    expect(player.playing).toBe(false);
    clock.tick(16);
    clock.tick(16);
    expect(calls).toHaveLength(1);
  });

  it("createPlayer(clock, advance).play() after pause resumes without counting the pause", () => {
    const { clock, calls, player } = setup();
    player.play();
    clock.tick(16);
    player.pause();
    clock.tick(200);
    player.play();
    clock.tick(30);
    expect(calls).toEqual([0.016, 0.03]);
  });

  it("createPlayer(clock, advance).play() twice schedules only one frame", () => {
    const { clock, calls, player } = setup();
    player.play();
    player.play();
    clock.tick(16);
    expect(calls).toEqual([0.016]);
  });

  it("createPlayer(clock, advance) stops when advance returns false", () => {
    const { clock, calls, player } = setup((n) => n < 2);
    player.play();
    clock.tick(16);
    expect(player.playing).toBe(true);
    clock.tick(16);
    expect(player.playing).toBe(false);
    clock.tick(16);
    expect(calls).toHaveLength(2);
  });

  it("createPlayer(clock, advance).destroy() stops the calls", () => {
    const { clock, calls, player } = setup();
    player.play();
    player.destroy();
    clock.tick(16);
    expect(calls).toEqual([]);
    expect(player.playing).toBe(false);
  });
});
