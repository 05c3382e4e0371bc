import { describe, expect, it } from "vitest";
import { handleKey, type KeyActions } from "../../../src/app/keyboard";

interface KeyOptions {
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  defaultPrevented?: boolean;
  tagName?: string;
  isContentEditable?: boolean;
  classes?: string[];
}

/** A KeyboardEvent-like object: the tests run in node, without a DOM. */
function key(name: string, options: KeyOptions = {}): KeyboardEvent {
  const { tagName = "BODY", isContentEditable = false, classes = [], ...flags } = options;
  return {
    key: name,
    shiftKey: false,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    defaultPrevented: false,
    ...flags,
    target: { tagName, isContentEditable, classList: { contains: (c: string) => classes.includes(c) } },
  } as unknown as KeyboardEvent;
}

/** Actions that record their calls as strings, e.g. "shiftMonths(-1)". */
function recorder(optional = true) {
  const calls: string[] = [];
  const record = (name: string) => () => calls.push(name);
  const actions: KeyActions = {
    togglePlay: record("togglePlay"),
    previous: record("previous"),
    next: record("next"),
    shiftMonths: (months) => calls.push(`shiftMonths(${months})`),
    start: record("start"),
    end: record("end"),
    faster: record("faster"),
    slower: record("slower"),
    ...(optional
      ? {
          togglePresent: record("togglePresent"),
          blank: record("blank"),
          leave: record("leave"),
          scrollCard: (direction: 1 | -1) => calls.push(`scrollCard(${direction})`),
        }
      : {}),
  };
  return { calls, actions };
}

function press(event: KeyboardEvent, optional = true) {
  const { calls, actions } = recorder(optional);
  const handled = handleKey(event, actions);
  return { handled, calls };
}

describe("handleKey(event, actions)", () => {
  it.each([
    [" ", "togglePlay"],
    ["Spacebar", "togglePlay"],
    ["ArrowLeft", "previous"],
    ["ArrowRight", "next"],
    ["PageUp", "previous"],
    ["PageDown", "next"],
    ["Home", "start"],
    ["End", "end"],
    ["+", "faster"],
    ["=", "faster"],
    ["-", "slower"],
    ["_", "slower"],
    ["p", "togglePresent"],
    ["P", "togglePresent"],
    ["b", "blank"],
    ["B", "blank"],
    [".", "blank"],
    ["Escape", "leave"],
    ["ArrowDown", "scrollCard(1)"],
    ["ArrowUp", "scrollCard(-1)"],
  ])("handleKey(%j) calls %s and reports it handled", (name, action) => {
    expect(press(key(name))).toEqual({ handled: true, calls: [action] });
  });

  it("handleKey(Shift+ArrowLeft / Shift+ArrowRight) shifts by one month", () => {
    expect(press(key("ArrowLeft", { shiftKey: true }))).toEqual({ handled: true, calls: ["shiftMonths(-1)"] });
    expect(press(key("ArrowRight", { shiftKey: true }))).toEqual({ handled: true, calls: ["shiftMonths(1)"] });
  });

  it("handleKey(Space) on a button, link or summary keeps its usual meaning", () => {
    for (const tagName of ["BUTTON", "A", "SUMMARY"]) {
      expect(press(key(" ", { tagName }))).toEqual({ handled: false, calls: [] });
    }
  });

  it("handleKey(ArrowRight) on a button still steps to the next event", () => {
    expect(press(key("ArrowRight", { tagName: "BUTTON" }))).toEqual({ handled: true, calls: ["next"] });
  });

  it("handleKey(event) is ignored while typing in a field", () => {
    for (const tagName of ["INPUT", "SELECT", "TEXTAREA"]) {
      for (const name of [" ", "ArrowLeft", "Home", "+", "p"]) {
        expect(press(key(name, { tagName }))).toEqual({ handled: false, calls: [] });
      }
    }
    expect(press(key(" ", { tagName: "DIV", isContentEditable: true }))).toEqual({ handled: false, calls: [] });
  });

  it("handleKey(event) with Ctrl, Alt or Meta is left to the browser", () => {
    for (const modifier of ["ctrlKey", "altKey", "metaKey"] as const) {
      for (const name of [" ", "ArrowLeft", "ArrowRight", "Home", "+", "p"]) {
        expect(press(key(name, { [modifier]: true }))).toEqual({ handled: false, calls: [] });
      }
    }
  });

  it("handleKey(event) already handled elsewhere is ignored", () => {
    expect(press(key(" ", { defaultPrevented: true }))).toEqual({ handled: false, calls: [] });
  });

  it("handleKey(P / B / Escape / ↓ / ↑) without those actions is not handled", () => {
    for (const name of ["p", "P", "b", "B", ".", "Escape", "ArrowDown", "ArrowUp"]) {
      expect(press(key(name), false)).toEqual({ handled: false, calls: [] });
    }
  });

  it("handleKey(arrows, +, -) on the map canvas are left to the map", () => {
    const onMap = { classes: ["maplibregl-canvas"], tagName: "CANVAS" };
    for (const name of ["ArrowLeft", "ArrowRight", "+", "-"]) {
      expect(press(key(name, onMap))).toEqual({ handled: false, calls: [] });
    }
    expect(press(key(" ", onMap))).toEqual({ handled: true, calls: ["togglePlay"] });
  });

  it("handleKey(other key) is not handled", () => {
    for (const name of ["a", "Enter", "Tab", "F5"]) {
      expect(press(key(name))).toEqual({ handled: false, calls: [] });
    }
  });

  it("handleKey(event) without a target still works", () => {
    const event = { key: "Home", target: null } as unknown as KeyboardEvent;
    const { calls, actions } = recorder();
    expect(handleKey(event, actions)).toBe(true);
    expect(calls).toEqual(["start"]);
  });
});
