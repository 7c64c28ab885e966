// The briefing's content as a plain HTML page, so that headless Chromium can
// print the same content the pdfkit renderer lays out (the P5 comparison).
import type { BriefingData } from "../src/briefing/data.ts";
import { AID_BASIS, AID_KIND, aidAmountText, initiativeWhen, longDate, periodSpan } from "../src/briefing/labels.ts";

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function briefingHtml(data: BriefingData): string {
  const { country } = data;
  const p = (s: string) => `<p>${escape(s)}</p>`;
  const aidRows = (figures: BriefingData["aidFigures"]) =>
    figures.map((f) => `<tr><td>${AID_KIND[f.kind]}</td><td>${AID_BASIS[f.basis]}</td><td>${f.asOfYear}</td><td>${escape(aidAmountText(f))}</td></tr>`).join("");
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escape(country.name)} briefing</title>
<style>body{font-family:sans-serif;font-size:10pt;margin:2cm}h1{color:#1f3a5f}table{border-collapse:collapse}td{padding:3px 6px;border-bottom:1px solid #ccc}</style></head><body>
<h1>${escape(country.name)}</h1>${p(`Dated ${longDate(data.date)} · Data version ${data.dataVersion}`)}${p(country.summary)}
<h2>Key facts</h2>${country.facts.map((f) => p(`${f.topic}. ${f.text}`)).join("")}
<h2>Japan's engagement</h2>${data.periods.map(({ period, initiatives }) => `<h3>${escape(period.title)} (${periodSpan(period)})</h3>${p(period.summary)}<ul>${initiatives.map((i) => `<li>${escape(`${initiativeWhen(i)} ${i.name}`)}</li>`).join("")}</ul>`).join("")}
<h2>Timeline</h2>${data.initiatives.map((i) => `<h4>${escape(`${initiativeWhen(i)} ${i.name}`)}</h4>${p(i.summary)}`).join("")}
<h2>Aid</h2><table>${aidRows(data.aidFigures)}</table>
<h2>Regional context</h2>${data.region.dialogue.map((i) => p(`${i.name}. ${i.summary}`)).join("")}<table>${aidRows(data.region.aidFigures)}</table>
<h2>Sources</h2>${[...data.sources.values()].map((s) => p(`${s.author ?? ""} ${s.title}. ${s.publisher ?? ""} ${s.url ?? ""}`)).join("")}
</body></html>`;
}
