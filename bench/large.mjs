// One very large dossier (issue 10, item 3): many stakeholders or many benefits, each of which
// draws findings, so that any per-finding or per-item cost that grows with the list shows.
//   node bench/large.mjs stakeholders 50000 > big.yaml
//   node bench/large.mjs benefits 20000 > big.yaml
// Used by test/hostile/bounds.test.ts (at a smaller count) and for the figures in bench/README.md.

const HEAD = `version: 1
project:
  id: stor-dossier
  name: Stor dossier
  organisation: Direktoratet for stor skala
  level: stat
  phase: planlegge
governance:
  owner: { name: Eva Eier, organisation: Direktoratet for stor skala }
  project_manager: { name: Per Leder, organisation: Direktoratet for stor skala }
`;

/**
 * `n` stakeholders, every one a key actor without involvement or agreement and with an unknown
 * strategy; every tenth id is used twice (duplicate-id findings), so findings grow with n.
 */
export function stakeholdersDossier(n) {
  const out = [HEAD, "stakeholders:\n"];
  for (let i = 0; i < n; i++) {
    const id = i % 10 === 9 ? `aktor-${i - 1}` : `aktor-${i}`;
    out.push(`  - { id: ${id}, name: Aktør ${i}, level: kommune, importance: høy, replaceability: lav, strategy: ukjent }\n`);
  }
  return out.join("");
}

/**
 * `n` benefits without owner or baseline, with recipients that are not stakeholders and
 * realisation dates spread from year 0001 to 9999 (the timeline's extremes), every fifth undated.
 */
export function benefitsDossier(n) {
  const out = [HEAD, "stakeholders:\n  - { id: s1, name: Kommune, level: kommune, importance: lav, replaceability: høy, strategy: samarbeid }\nbenefits:\n"];
  for (let i = 0; i < n; i++) {
    const year = String(1 + ((i * 7919) % 9999)).padStart(4, "0");
    const date = i % 5 === 4 ? "" : `, realisation_date: ${year}-0${1 + (i % 9)}-1${i % 10}`;
    out.push(`  - { id: g-${i}, description: Gevinst ${i}, recipient: ukjent-${i % 100}${date} }\n`);
  }
  return out.join("");
}

if (process.argv[1] && import.meta.url === new URL(process.argv[1], "file://").href) {
  const [kind, count] = process.argv.slice(2);
  const make = kind === "benefits" ? benefitsDossier : kind === "stakeholders" ? stakeholdersDossier : undefined;
  if (!make || !(Number(count) > 0)) {
    process.stderr.write("usage: node bench/large.mjs stakeholders|benefits COUNT > file.yaml\n");
    process.exit(2);
  }
  process.stdout.write(make(Number(count)));
}
