import { describe, expect, it } from "vitest";
import { partsPeriod, periodText, type Referent, resolveDate, resolveForward } from "../../../src/draft/resolve";
import { findDates } from "../../../src/draft/temporal";
import { mustParseDate } from "../../../src/story/dates";

/** The first date of `sentence` as the schema writes it: [date, end?], plus its `after` ids. */
function dateOf(sentence: string, published: string, narrativeYear?: number, earlier: Referent[] = []) {
  const found = findDates(sentence);
  const first = found[0];
  if (!first) return undefined;
  const r = resolveDate(first.expr, { published: mustParseDate(published), narrativeYear, earlier });
  return r && { text: periodText(r.period), precision: r.period.precision, after: r.after };
}

const crash: Referent = {
  id: "crash",
  period: partsPeriod({ y: 2024, m: 12 }),
  quote: "Im Dezember stürzte ein Flugzeug ab; der Absturz …",
};
const day: Referent = { id: "vote", period: partsPeriod({ y: 2025, m: 12, d: 5 }), quote: "Am 5. Dezember …" };

describe("findDates(sentence) + resolveDate(expr, ctx), German", () => {
  it.each([
    ["Lawrow besuchte Eriwan am 20. und 21. Mai 2025.", "2025", ["2025-05-20", "2025-05-21"], "day"],
    ["So unterzeichneten sie am 22. Februar 2022 eine Erklärung.", "2026", ["2022-02-22", undefined], "day"],
    ["Der Absturz im Dezember 2024 war ein Schock.", "2026", ["2024-12", undefined], "month"],
    ["Erst schossen sie im Dezember vergangenen Jahres ein Flugzeug ab.", "2025", ["2024-12", undefined], "month"],
    ["Im Februar des vergangenen Jahres wurde das Haus geschlossen.", "2026", ["2025-02", undefined], "month"],
    ["Ende April fand in Neu-Delhi ein Treffen statt.", "2023", ["2023-04", undefined], "month"],
    [
      "Und ein Jahr später, Anfang 2025, verabschiedete das Parlament ein Gesetz.",
      "2025",
      ["2025-01", "2025-03"],
      "month",
    ],
    ["Im Herbst letzten Jahres hatte Nordkorea Soldaten entsandt.", "2025", ["2024-09", "2024-11"], "month"],
    ["Ende letzten Jahres lieferte Iran Drohnen.", "2025", ["2024-10", "2024-12"], "month"],
    ["In dieser Woche verbreiteten Medien ein Schreiben.", "2026", ["2026", undefined], "year"],
    ["In dieser Woche verbreiteten Medien ein Schreiben.", "2025-07-10", ["2025-07-04", "2025-07-10"], "day"],
    ["Moskau greift die Region seit 2014 an.", "2025", ["2014", undefined], "year"],
    ["In den 1990er Jahren schloss die Türkei die Grenze.", "2025", ["1990", "1999"], "year"],
    ["Im vergangenen Jahr demonstrierte Alijew seine Unterstützung.", "2026", ["2025", undefined], "year"],
    ["Vor zwei Jahren begann die Offensive.", "2025-07", ["2023", undefined], "year"],
    ["Die Türkei schloss 1993 ihre Grenze.", "2025", ["1993", undefined], "year"],
  ])("%s (published %s) → %j at %s precision", (sentence, published, text, precision) => {
    expect(dateOf(sentence, published)).toMatchObject({ text, precision });
  });

  it("a month without a year takes the narrative year, never after the publication", () => {
    expect(dateOf("Im Juni wurden Aserbaidschaner festgenommen.", "2026", 2025)?.text).toEqual(["2025-06", undefined]);
    expect(dateOf("Im Juni wurden Aserbaidschaner festgenommen.", "2026", undefined)?.text).toEqual([
      "2026-06",
      undefined,
    ]);
    expect(dateOf("Im Juni wurden Aserbaidschaner festgenommen.", "2025-03", undefined)?.text).toEqual([
      "2024-06",
      undefined,
    ]);
  });

  it('"am folgenden Tag" is the next day of a day, and stays at the month of a month', () => {
    expect(dateOf("Putin gratulierte am folgenden Tag.", "2026", undefined, [day])).toMatchObject({
      text: ["2025-12-06", undefined],
      after: ["vote"],
    });
    expect(dateOf("Putin gratulierte am folgenden Tag.", "2026", undefined, [crash])?.text).toEqual([
      "2024-12",
      "2025-01",
    ]);
  });

  it('"drei Tage nach dem Absturz" is an order constraint after the crash, at the crash\'s precision', () => {
    const other: Referent = { id: "visit", period: partsPeriod({ y: 2025, m: 5 }), quote: "Im Mai besuchte …" };
    expect(dateOf("Drei Tage nach dem Absturz erklärte Alijew …", "2025", undefined, [crash, other])).toMatchObject({
      text: ["2024-12", "2025-01"],
      precision: "month",
      after: ["crash"],
    });
  });

  it('"Drei Tage nach dem Absturz" counts from the sentence whose verb tells it ("stürzte … ab"), not the sentence before', () => {
    const fell: Referent = {
      id: "fell",
      period: partsPeriod({ y: 2024, m: 12 }),
      quote: "Im Dezember letzten Jahres stürzte ein Passagierflugzeug der Azerbaijan Airlines ab.",
    };
    const talks: Referent = { id: "talks", period: partsPeriod({ y: 2025 }), quote: "2025 wurde verhandelt." };
    expect(dateOf("Drei Tage nach dem Absturz erklärte Alijew …", "2025-07", undefined, [fell, talks])).toMatchObject({
      text: ["2024-12", "2025-01"],
      after: ["fell"],
    });
  });

  it("days after an event known only to the year stay in that year (a chain never widens)", () => {
    const year: Referent = { id: "crash", period: partsPeriod({ y: 2025 }), quote: "2025 stürzte ein Flugzeug ab." };
    expect(dateOf("Drei Tage nach dem Absturz erklärte Alijew …", "2026", undefined, [year])).toMatchObject({
      text: ["2025", undefined],
      precision: "year",
      after: ["crash"],
    });
  });

  it('"three days after the crash" with no crash before it invents no date: the article\'s window, low confidence, a note', () => {
    const vote: Referent = {
      id: "vote",
      period: partsPeriod({ y: 2025, m: 12, d: 5 }),
      quote: "On 5 December parliament voted.",
    };
    const found = findDates("Three days after the crash, Aliyev spoke.")[0];
    const r =
      found &&
      resolveDate(found.expr, { published: mustParseDate("2026-01-10"), narrativeYear: undefined, earlier: [vote] });
    expect(r && periodText(r.period)).toEqual(["2025", "2026"]);
    expect(r?.period.precision).toBe("year");
    expect(r?.after).toEqual([]);
    expect(r?.confidence).toBeLessThanOrEqual(0.1);
    expect(r?.note).toMatch(/no earlier sentence names "crash".*Editor/);
  });

  it('"Wenige Tage danach" after a day gives months, never a day', () => {
    expect(dateOf("Wenige Tage danach besuchte Kallas Eriwan.", "2025", undefined, [day])).toMatchObject({
      text: ["2025-12", undefined],
      precision: "month",
    });
  });

  it("an anaphoric date without an event before it is not resolved", () => {
    expect(dateOf("Am folgenden Tag rief er an.", "2025")).toBeUndefined();
  });

  it('"zwei Tage vor Beginn des Krieges" is a forward reference two days after the date before it', () => {
    const found = findDates("am 22. Februar 2022, zwei Tage vor Beginn des Krieges");
    expect(found.map((f) => f.expr.type)).toEqual(["absolute", "forward"]);
    expect(periodText(resolveForward(partsPeriod({ y: 2022, m: 2, d: 22 }), "day", 2))).toEqual([
      "2022-02-24",
      undefined,
    ]);
  });

  it("numbers that are not years are not dates: 11.000 Soldaten, 30.000, 38 Passagiere", () => {
    expect(findDates("Nordkorea schickte 11.000 Soldaten, dann 30.000; 38 Passagiere starben.")).toEqual([]);
  });

  it("a sentence without a datable expression has no dates", () => {
    expect(findDates("Elf weitere russische Staatsbürger wurden festgenommen.")).toEqual([]);
  });
});

describe("findDates(sentence) + resolveDate(expr, ctx), English", () => {
  it.each([
    ["Lavrov visited Yerevan on May 20–21, 2025.", "2025", ["2025-05-20", "2025-05-21"], "day"],
    ["They signed it on 22 February 2022.", "2026", ["2022-02-22", undefined], "day"],
    ["The crash in December 2024 shocked Baku.", "2026", ["2024-12", undefined], "month"],
    ["Putin visited Baku in August 2024.", "2026", ["2024-08", undefined], "month"],
    ["Last December a plane was shot down.", "2025", ["2024-12", undefined], "month"],
    ["A meeting took place in New Delhi in late April.", "2023", ["2023-04", undefined], "month"],
    ["In early 2025 parliament passed a law.", "2025", ["2025-01", "2025-03"], "month"],
    ["In the autumn of last year North Korea sent troops.", "2025", ["2024-09", "2024-11"], "month"],
    ["This week media published a letter.", "2026", ["2026", undefined], "year"],
    ["Moscow has attacked the region since 2014.", "2025", ["2014", undefined], "year"],
    ["In the 1990s Turkey closed the border.", "2025", ["1990", "1999"], "year"],
    ["Last year Aliyev showed his support.", "2026", ["2025", undefined], "year"],
    ["Two years ago the offensive began.", "2025-07", ["2023", undefined], "year"],
  ])("%s (published %s) → %j at %s precision", (sentence, published, text, precision) => {
    expect(dateOf(sentence, published)).toMatchObject({ text, precision });
  });

  it('"the next day" and "three days after the crash" follow the event before them', () => {
    expect(dateOf("Putin called the next day.", "2026", undefined, [day])).toMatchObject({
      text: ["2025-12-06", undefined],
      after: ["vote"],
    });
    const englishCrash: Referent = { ...crash, quote: "In December a plane crashed near Aktau." };
    expect(dateOf("Three days after the crash, Aliyev spoke.", "2025", undefined, [englishCrash])).toMatchObject({
      text: ["2024-12", "2025-01"],
      after: ["crash"],
    });
  });

  it('"August 2024" is a month, not August 20 (regression)', () => {
    expect(dateOf("Putin visited Baku in August 2024.", "2026")?.precision).toBe("month");
  });
});
