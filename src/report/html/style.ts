// The report's stylesheet (inline; no external fonts). Print: A4, a page per dossier, every
// <details> open. Text colours have at least 4.5:1 contrast on their backgrounds.
export const CSS = `
:root { color-scheme: light; --text: #1a1a1a; --muted: #4d4d4d; --border: #c4c4c4; --error: #b3261e; --warning: #8a5300; --info: #1f5fa8; --ready: #1e6b34; --unknown: #5c5c5c; }
* { box-sizing: border-box; }
html { background: #fff; }
body { font-family: system-ui, "Segoe UI", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: var(--text); background: #fff; margin: 0 auto; max-width: 1180px; padding: 1.5rem; line-height: 1.45; }
h1 { font-size: 1.75rem; margin: 0 0 .25rem; }
h2 { font-size: 1.4rem; margin: 0 0 .6rem; padding-bottom: .25rem; border-bottom: 2px solid var(--text); display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: baseline; }
h3 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1.1rem 0 .35rem; display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: center; }
h4 .num { display: inline-block; min-width: 1.6em; padding: 0 .3em; border-radius: 3px; background: #e6e6e6; text-align: center; }
a { color: var(--info); }
code { font-family: "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace; font-size: .9em; }
.muted { color: var(--muted); }
.report-head .meta { margin: 0 0 .5rem; color: var(--muted); }
.howto { margin: .5rem 0 0; padding: .5rem .75rem; background: #f4f4f4; border-radius: 4px; font-size: .92rem; }
.howto p { margin: .2rem 0; }
svg { max-width: 100%; height: auto; }
svg text { font-family: system-ui, "Segoe UI", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; fill: #1a1a1a; }
.icon { width: 1em; height: 1em; vertical-align: -0.15em; margin-right: .3em; flex: none; }
.dossier { margin-top: 2.75rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0 1rem; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.verdict { font-weight: 700; display: inline-flex; align-items: center; white-space: nowrap; }
.verdict-ready { color: var(--ready); }
.verdict-gaps { color: var(--warning); }
.verdict-not-ready { color: var(--error); }
.verdict-unknown { color: var(--unknown); }
h2 .verdict { font-size: 1rem; }
.verdict-legend { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; list-style: none; padding: 0; margin: .5rem 0; font-size: .92rem; }
.tile-num { font-weight: 700; font-size: 16px; }
.tile-label { font-weight: 700; font-size: 12.5px; }
.tile-verdict { font-weight: 700; font-size: 15px; }
.tile-counts { font-size: 12px; }
.apart { font-size: .92rem; }
.finding-list { list-style: none; padding: 0; margin: 0; }
.finding { border-left: 5px solid var(--border); padding: .35rem .75rem; margin: .45rem 0; background: #f8f8f8; }
.finding.sev-error { border-left-color: var(--error); }
.finding.sev-warning { border-left-color: var(--warning); border-left-style: dashed; }
.finding.sev-info { border-left-color: var(--info); border-left-style: dotted; }
.finding p { margin: .15rem 0; }
.finding-meta { font-size: .86rem; color: var(--muted); }
.sev { display: inline-flex; align-items: center; margin-right: .25rem; }
.sev strong { text-transform: uppercase; font-size: .78rem; letter-spacing: .04em; }
.sev-error strong { color: var(--error); }
.sev-warning strong { color: var(--warning); }
.sev-info strong { color: var(--info); }
.reason { font-size: .92rem; }
.why { font-size: .88rem; }
.recommendation { font-size: 1.05rem; padding: .5rem .75rem; border-left: 6px solid var(--border); background: #f6f6f6; }
.recommendation.verdict-ready { border-left-color: var(--ready); }
.recommendation.verdict-gaps { border-left-color: var(--warning); }
.recommendation.verdict-not-ready { border-left-color: var(--error); }
.fact-list { margin: 0; padding-left: 1.1rem; }
.symbols { position: absolute; width: 0; height: 0; overflow: hidden; }
.rule-notes { margin-top: 2rem; border-top: 2px solid var(--border); }
.rule-note h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
.rule-note pre { white-space: pre-wrap; overflow-wrap: anywhere; font-size: .8rem; background: #efefef; padding: .5rem .75rem; border-radius: 4px; margin: .25rem 0; }
.quiet { font-size: .92rem; color: var(--muted); display: flex; flex-wrap: wrap; gap: .25rem; align-items: center; }
.matrix-wrap { display: flex; flex-wrap: wrap; gap: 1rem 1.5rem; align-items: flex-start; }
.matrix { flex: 1 1 560px; }
.matrix-side { flex: 1 1 220px; font-size: .9rem; }
.legend ul, .unclassified ul, .undated { list-style: none; padding: 0; margin: .25rem 0 .75rem; }
.legend li, .unclassified li { margin: .2rem 0; }
.legend-row { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; font-size: .9rem; }
.legend-title { font-weight: 700; margin: .25rem 0; }
.quadrant-name { font-weight: 700; font-size: 14px; }
.quadrant-hint { font-size: 11.5px; fill: #4d4d4d; }
.actor-name { font-size: 13px; }
.axis-title { font-weight: 700; font-size: 14px; }
.axis-value { font-size: 13px; font-style: italic; }
.benefit-label, .year { font-size: 12.5px; }
.today-label { font-size: 11.5px; fill: #4d4d4d; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; margin: .5rem 0; }
caption { text-align: left; font-weight: 700; padding: .25rem 0; }
th, td { border: 1px solid var(--border); padding: .3rem .4rem; text-align: left; vertical-align: top; }
thead th { background: #ececec; }
.num { text-align: right; white-space: nowrap; }
tbody th { font-weight: 600; }
.path { font-size: .85rem; }
thead th { white-space: nowrap; }
th button { font: inherit; font-weight: 700; color: inherit; background: none; border: 0; padding: .1rem 0; cursor: pointer; text-align: inherit; }
th button::after { content: " \\2195" / ""; color: #6b6b6b; }
th[aria-sort="ascending"] button::after { content: " \\25B2" / ""; color: var(--text); }
th[aria-sort="descending"] button::after { content: " \\25BC" / ""; color: var(--text); }
.theme-count { display: inline-flex; align-items: center; }
.controls { display: flex; flex-wrap: wrap; gap: .5rem .75rem; align-items: center; margin: .5rem 0; }
.controls label { font-weight: 600; }
.controls input, .controls select { font: inherit; padding: .25rem .4rem; border: 1px solid #6b6b6b; border-radius: 3px; background: #fff; color: var(--text); }
.controls p { margin: 0 0 0 auto; }
.portfolio-scroll { overflow-x: auto; }
#portfolio-table { font-size: .8rem; }
#portfolio-table th, #portfolio-table td { padding: .25rem .3rem; }
#portfolio-table th button::after { font-size: .8em; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible { outline: 3px solid var(--info); outline-offset: 2px; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.theme-key { font-size: .85rem; margin: .25rem 0 0; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  main > * + .dossier { break-before: page; page-break-before: always; }
  /* On paper the explanations stay collapsed (portvokter explain RULE-ID gives them), and so do screen-only links. */
  .why, .rule-notes { display: none; }
  .dossier { margin-top: 0; }
  .controls, .screen-only { display: none; }
  th button::after { content: ""; }
  /* Every table fits the page's width: text wraps anywhere rather than run off the paper. */
  main table { max-width: 100%; font-size: 8.5pt; }
  main th, main td { overflow-wrap: anywhere; }
  /* The portfolio's twenty columns also need small type and narrow padding. */
  .portfolio-scroll { overflow: visible; }
  #portfolio-table { font-size: 7pt; width: 100%; }
  #portfolio-table th, #portfolio-table td { padding: 1px 2px; }
  #portfolio-table th button { padding: 0; }
  #portfolio-table .verdict { white-space: normal; }
  details::details-content { content-visibility: visible; display: block; }
  details > summary { list-style: none; font-weight: 600; color: var(--text); }
  /* Findings compact on paper: tighter boxes, the rule id and source line in smaller type. */
  .finding { padding: .15rem .5rem; margin: .2rem 0; }
  .finding p { margin: .05rem 0; }
  .finding-meta { font-size: 8pt; }
  .finding, svg, tr, .legend, .facts, .rule-note { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
