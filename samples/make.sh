#!/usr/bin/env bash
# Remakes the samples from the project's own generator (npm run generate), as samples/README.md
# tells. Needs a build (npm ci builds). The same engine version gives the same files.
set -euo pipefail
cd "$(dirname "$0")/.."
out=samples
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
gen() { node dist/cli/generate.js "$@"; }
# Reads a JSON file, lets a small function change it, writes it back (2-space indent, like the generator).
edit() { node -e 'const fs = require("fs"); const [file, code] = process.argv.slice(1); const i = JSON.parse(fs.readFileSync(file, "utf8")); new Function("i", code)(i); fs.writeFileSync(file, JSON.stringify(i, null, 2) + "\n");' "$@"; }

for family in small nantes large individual; do gen "$family" 1 --out "$out/$family-1.json"; done

# The day after nantes-1 was planned (seed 1, 20,000 iterations: a fixed, replayable plan), two
# experts do not come on Saturday: its two busiest of Saturday, e32 and e15.
node dist/cli/plan.js "$out/nantes-1.json" --out "$tmp/nantes-1.schedule.json" --seed 1 --iterations 20000 --quiet >/dev/null
gen nantes 1 --replan "$tmp/nantes-1.schedule.json" --from r7 --absent e32,e15 --out "$out/replan-1.json"
edit "$out/replan-1.json" 'i.event.name += " (replanification samedi : e32 et e15 absents)"'

# nantes-1 with a second pin for group g6 in round r12: it cannot meet e29 and e1 at once.
cp "$out/nantes-1.json" "$out/infeasible-1.json"
edit "$out/infeasible-1.json" 'i.event.name += " (épingles en conflit)"; i.pins.push({ group: "g6", expert: "e29", round: "r12" }, { group: "g6", expert: "e1", round: "r12" })'

# small's shape (seed 2) over the spring-forward night of 2027-03-28 in Paris: 02:00 becomes 03:00,
# so r2 ends at 01:59 and r3 starts one real minute later, at 03:00.
gen small 2 --out "$out/dst-1.json"
edit "$out/dst-1.json" '
  i.event.name = "Auditions de nuit — passage à l’heure d’été (test calendrier)";
  const times = [["01:15", "01:35"], ["01:40", "01:59"], ["03:00", "03:20"], ["03:25", "03:45"]];
  if (i.rounds.length !== times.length) throw new Error("small has " + i.rounds.length + " rounds, not 4");
  i.rounds.forEach((r, k) => { r.start = "2027-03-28T" + times[k][0]; r.end = "2027-03-28T" + times[k][1]; });'
echo "samples written to $out/"
