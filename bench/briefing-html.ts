// The briefing's content as a plain HTML page, so that headless Chromium can
// print the same content the pdfkit renderer lays out (the P5 comparison).
import type { BriefingData } from "../src/briefing/data.ts";
import { ownInitiatives } from "../src/briefing/derive/scope.ts";
import { AID_BASIS, AID_KIND, amountInUnit, initiativeWhen, periodSpan } from "../src/briefing/labels.ts";

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function briefingHtml(data: BriefingData): string {
  const { country } = data;
  const own = ownInitiatives(data.initiatives, country, data.countries.length);
  const p = (s: string) => `<p>${escape(s)}</p>`;
  const aidRows = (figures: BriefingData["aidFigures"]) =>
    figures.map((f) => `<tr><td>${AID_KIND[f.kind]}</td><td>${AID_BASIS[f.basis]}</td><td>${f.asOfYear}</td><td>${escape(f.amount ? amountInUnit(f.amount) : "N/A")}</td></tr>`).join("");
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escape(country.name)} briefing</title>
<style>body{font-family:sans-serif;font-size:10pt;margin:2cm;columns:2}h1{color:#1f3a5f}table{border-collapse:collapse}td{padding:3px 6px;border-bottom:1px solid #ccc}</style></head><body>
<h1>Japan and ${escape(country.name)}</h1>${p(country.summary)}
<h2>Key points</h2>${country.facts.map((f) => p(`${f.topic}. ${f.text}`)).join("")}
<h2>Japan's engagement</h2><table>${data.periods.map((period) => `<tr><td>${escape(`${periodSpan(period)} ${period.title}`)}</td><td>${own.filter((i) => i.period === period.ordinal).map((i) => escape(i.name)).join("; ")}</td></tr>`).join("")}</table>
<h2>Milestones</h2>${own.map((i) => `<h4>${escape(`${initiativeWhen(i)} ${i.name}`)}</h4>${p(i.summary)}`).join("")}
<h2>Aid</h2><table>${aidRows(data.aidFigures.filter((f) => f.country === country.code))}</table>
<h2>Sources</h2>${[...data.sources.values()].map((s) => p(`${s.author ?? ""} ${s.title}. ${s.publisher ?? ""} ${s.url ?? ""}`)).join("")}
</body></html>`;
}
