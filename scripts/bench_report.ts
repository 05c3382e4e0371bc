import { cpus, loadavg, totalmem } from "node:os";

/**
 * The benchmark's output: budgets checked against results, one table for the terminal, and the
 * machine the numbers were taken on (they mean little without it).
 */
export interface Row {
  section: string;
  metric: string;
  value: string;
  budget?: Budget;
}

export interface Budget {
  name: string;
  /** NaN when the measurement failed: a budget that could not be checked counts as missed. */
  measured: number;
  limit: number;
  op: "<=" | "<" | ">=";
  unit: string;
  pass: boolean;
  /** How far off a missed budget is, e.g. "+12.3 KB (1.21×)". */
  miss?: string;
}

export function budget(name: string, measured: number, op: Budget["op"], limit: number, unit: string): Budget {
  const pass =
    Number.isFinite(measured) && (op === "<=" ? measured <= limit : op === "<" ? measured < limit : measured >= limit);
  const result: Budget = { name, measured, limit, op, unit, pass };
  if (pass) return result;
  if (!Number.isFinite(measured)) return { ...result, miss: "not measured" };
  const delta = measured - limit;
  const ratio = limit !== 0 ? `, ${(measured / limit).toFixed(2)}× the limit` : "";
  return { ...result, miss: `${delta > 0 ? "+" : ""}${formatNumber(delta)} ${unit}${ratio}` };
}

export const KB = 1024;
export const MB = 1024 * 1024;

export function formatNumber(n: number, digits = n !== 0 && Math.abs(n) < 10 ? 2 : 1): string {
  return Number.isFinite(n) ? n.toFixed(digits) : "n/a";
}

export const kb = (bytes: number) => `${formatNumber(bytes / KB)} KB`;
export const mb = (bytes: number) => `${formatNumber(bytes / MB, 2)} MB`;
export const ms = (value: number) => `${formatNumber(value)} ms`;

export function renderTable(rows: readonly Row[]): string {
  const cells = rows.map((r) => [
    r.section,
    r.metric,
    r.value,
    r.budget ? `${r.budget.op} ${formatNumber(r.budget.limit)} ${r.budget.unit}` : "",
    r.budget ? (r.budget.pass ? "ok" : `MISSED (${r.budget.miss})`) : "",
  ]);
  const header = ["section", "metric", "value", "budget", "result"];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? "").length)));
  const line = (c: readonly string[]) =>
    c
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n");
}

export function machine(chromium: string | undefined) {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? "unknown",
    cores: cpu.length,
    ramBytes: totalmem(),
    ram: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    chromium: chromium ?? "not started",
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
    /** 1/5/15-minute load averages at the end: other work on the machine slows every browser figure. */
    loadAverage: loadavg().map((n) => Number(n.toFixed(2))),
  };
}
