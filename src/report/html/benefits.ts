// The benefits as a table (the data behind the timeline, readable without the picture).
import type { Lang } from "../../types.js";
import { texts } from "../../i18n/index.js";
import type { DossierView } from "../model.js";
import { esc } from "./escape.js";

export function benefitsTableHtml(d: DossierView, lang: Lang): string {
  const s = texts(lang).report;
  if (!d.benefits || d.benefits.length === 0) return "";
  const v = (x: string | null) => esc(x ?? s.dash);
  const rows = d.benefits.map((b) => {
    const owner = b.ownerName ? `${esc(b.ownerName)}${b.ownerOrganisation ? ` <span class="muted">(${esc(b.ownerOrganisation)})</span>` : ""}` : esc(s.dash);
    const inLine = b.inLine === null ? s.dash : b.inLine ? s.yes : s.no;
    const recipient = b.recipient ? `${esc(b.recipientName ?? b.recipient)}${b.recipientName ? ` <span class="muted">(${esc(b.recipient)})</span>` : ""}` : esc(s.dash);
    return `<tr data-benefit="${esc(b.id)}"><td>${esc(b.id)}</td><td>${v(b.description)}</td><td>${owner}</td><td>${esc(inLine)}</td><td>${v(b.date)}</td><td>${recipient}</td></tr>`;
  });
  return (
    `<table class="benefits-table"><caption>${esc(s.benefitsTable)}</caption><thead><tr>` +
    [s.colId, s.colDescription, s.colOwner, s.colInLine, s.colDate, s.colRecipient].map((h) => `<th scope="col">${esc(h)}</th>`).join("") +
    `</tr></thead><tbody>${rows.join("")}</tbody></table>`
  );
}
