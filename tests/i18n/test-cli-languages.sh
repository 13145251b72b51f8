#!/bin/sh
# hubrota-cli in Polish and Urdu: its human messages come from the catalogues (each expected
# line below is the catalogue's own text), while its machine output (--json) stays the same
# in every language. And export --language writes the public files' words in that language,
# with lang and dir on the pages, the dates' names from the catalogue and nothing else moved.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
cli="${1:?usage: test-cli-languages.sh HUBROTA_CLI}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
n=0

ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; status=1; }

# expect NAME EXPECTED ACTUAL
expect () {
  if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1"; echo "# expected: $2"; echo "#      got: $3"; fi
}

# contains NAME FILE TEXT
contains () {
  if grep -qF -- "$3" "$2"; then ok "$1"; else not_ok "$1"; echo "# $2 lacks: $3"; fi
}

# lacks NAME FILE TEXT
lacks () {
  if grep -qF -- "$3" "$2"; then not_ok "$1"; echo "# $2 has: $3"; else ok "$1"; fi
}

in_polish () { LC_ALL=pl_PL.UTF-8 LANGUAGE=pl "$@"; }
in_urdu () { LC_ALL=ur_PK.UTF-8 LANGUAGE=ur "$@"; }

db="$work/demo.db"
"$cli" --database "$db" init --demo >/dev/null || { echo "Bail out! init --demo failed"; exit 1; }

# Refusals.
expect "Polish refusal" "hubrota-cli: nieznane polecenie „nonsense” (zobacz „hubrota-cli --help”)" \
  "$(in_polish "$cli" --database "$db" nonsense 2>&1)"
expect "Urdu refusal" "hubrota-cli: نامعلوم کمانڈ ‘nonsense’ (دیکھیں ‘hubrota-cli --help’)" \
  "$(in_urdu "$cli" --database "$db" nonsense 2>&1)"
# LANGUAGE alone is enough under the C.UTF-8 locale the machines run in.
expect "LANGUAGE=ur alone" "hubrota-cli: نامعلوم کمانڈ ‘nonsense’ (دیکھیں ‘hubrota-cli --help’)" \
  "$(LC_ALL=C.UTF-8 LANGUAGE=ur "$cli" --database "$db" nonsense 2>&1)"
expect "English by default" "hubrota-cli: unknown command ‘nonsense’ (see ‘hubrota-cli --help’)" \
  "$(LC_ALL=C.UTF-8 "$cli" --database "$db" nonsense 2>&1)"

# What an export says.
in_polish "$cli" --database "$db" export --output "$work/pl-out" >"$work/said" 2>&1
contains "Polish export report" "$work/said" "Zapisano $work/pl-out/index.html"

# Machine output does not change with the language.
"$cli" --database "$db" occurrences --from 2026-11-30 --to 2026-12-13 --json >"$work/c.json"
in_polish "$cli" --database "$db" occurrences --from 2026-11-30 --to 2026-12-13 --json >"$work/pl.json"
in_urdu "$cli" --database "$db" occurrences --from 2026-11-30 --to 2026-12-13 --json >"$work/ur.json"
if cmp -s "$work/c.json" "$work/pl.json" && cmp -s "$work/c.json" "$work/ur.json"; then
  ok "occurrences --json is the same in every language"
else
  not_ok "occurrences --json is the same in every language"
fi

# export --language: an unknown one is refused before anything is written.
expect "unknown feed language" "hubrota-cli: Hubrota has no translation into the language ‘de’" \
  "$("$cli" --database "$db" export --output "$work/de" --language de 2>&1)"
if [ -e "$work/de" ]; then not_ok "nothing written for an unknown language"; else ok "nothing written for an unknown language"; fi

"$cli" --database "$db" export --output "$work/feed-pl" --language pl \
  --base-url https://example.org/hubs >/dev/null || not_ok "export --language pl"
"$cli" --database "$db" export --output "$work/feed-ur" --language ur \
  --base-url https://example.org/hubs >/dev/null || not_ok "export --language ur"
"$cli" --database "$db" export --output "$work/feed-en" \
  --base-url https://example.org/hubs >/dev/null || not_ok "export in English"

contains "Polish page language" "$work/feed-pl/index.html" '<html lang="pl" dir="ltr">'
contains "Urdu page language" "$work/feed-ur/index.html" '<html lang="ur" dir="rtl">'
contains "English page language" "$work/feed-en/index.html" '<html lang="en-GB" dir="ltr">'
contains "English summary unmarked" "$work/feed-en/ampthill.ics" "SUMMARY:Ampthill Parish Rooms police hub open"
contains "Polish summary marked" "$work/feed-pl/ampthill.ics" "SUMMARY;LANGUAGE=pl:"
contains "Urdu summary marked" "$work/feed-ur/ampthill.ics" "SUMMARY;LANGUAGE=ur:"
lacks "Polish feed has no English summary" "$work/feed-pl/ampthill.ics" "police hub open"
contains "Polish summary" "$work/feed-pl/ampthill.ics" \
  "SUMMARY;LANGUAGE=pl:Dyżur w punkcie policyjnym Ampthill Parish Rooms"
contains "Polish category" "$work/feed-pl/ampthill.ics" "CATEGORIES;LANGUAGE=pl:Punkt policyjny"
contains "Urdu summary" "$work/feed-ur/ampthill.ics" "SUMMARY;LANGUAGE=ur:‏Ampthill Parish Rooms پولیس مرکز کھلا"
contains "Polish page heading" "$work/feed-pl/index.html" "<h1>Punkty policyjne w pobliżu</h1>"
contains "Urdu page heading" "$work/feed-ur/index.html" "<h1>آپ کے قریب پولیس مراکز</h1>"
# The day in the catalogue's own words, whatever LC_TIME the export ran under (C.UTF-8 here).
contains "Polish day on a page" "$work/feed-pl/ampthill.html" "piątek, 4 grudnia"
lacks "no English day on the Polish page" "$work/feed-pl/ampthill.html" "Friday 4 December"
# The script's words come from the page.
contains "Polish words for the script" "$work/feed-pl/index.html" "&quot;nearest&quot;:&quot;Od najbliższych&quot;"
# Public means public in every language.
for l in pl ur; do
  if grep -rqE 'PC2101|Sam Patel|PCSO7715' "$work/feed-$l" --exclude-dir=private; then
    not_ok "no officer in the $l public files"
  else
    ok "no officer in the $l public files"
  fi
done

# A finding in each language, as check prints it; its rule id stays English. Each Urdu string
# that opens with a value starts with RLM (U+200F), so a line that opens with a hub's Latin
# name still runs right to left (nested, they add up, invisibly); the CLI passes direction
# marks through.
in_polish "$cli" --database "$db" check --from 2026-11-30 --to 2026-12-06 >"$work/check-pl"
contains "Polish finding" "$work/check-pl" \
  "understaffed           Luton Town Centre (wto 1 gru 10:00–14:00): potrzeba 2 funkcjonariuszy, a nie przydzielono jeszcze nikogo"
in_urdu "$cli" --database "$db" check --from 2026-11-30 --to 2026-12-06 >"$work/check-ur"
contains "Urdu finding" "$work/check-ur" \
  "understaffed           ‏‏Luton Town Centre میں ‏‏منگل 1 دسمبر 10:00–14:00 کو 2 افسر درکار ہیں اور ابھی کوئی مقرر نہیں"

# RFC 5545's own parts stay as they are.
contains "Polish feed keeps its time zone" "$work/feed-pl/ampthill.ics" "TZID:Europe/London"
contains "Polish feed keeps PRODID" "$work/feed-pl/ampthill.ics" "PRODID:-//Hubrota//Hubrota"

echo "1..$n"
exit $status
