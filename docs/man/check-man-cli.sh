#!/bin/sh
# Keeps hubrota-cli(1) up with the program. Fails, naming what is wrong, when
#  - a command that `hubrota-cli --help` lists has no .SS of its own under COMMANDS;
#  - an option in a command's --help (long, and short where it has one) is not in its section,
#    or an option of `hubrota-cli --help` is not under OPTIONS;
#  - the page lists an option (a .TP item) the command does not have, or has a section for a
#    command the program does not know.
# The CLI runs in English (LANGUAGE=C), so its help is the original text whatever the locale.
# SPDX-License-Identifier: GPL-3.0-or-later
cli=${1:?usage: check-man-cli.sh HUBROTA-CLI PAGE}
page=${2:?usage: check-man-cli.sh HUBROTA-CLI PAGE}
name=$(basename "$page")
LANGUAGE=C LC_ALL=C.UTF-8
export LANGUAGE LC_ALL

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
status=0

# The page as plain text: no font changes, \- as -, \(aq as ', other escapes as a space.
sed -e 's/\\f[BIRP]//g' -e 's/\\f(..//g' -e 's/\\-/-/g' -e 's/\\&//g' -e 's/\\e/\\/g' \
    -e "s/\\\\(aq/'/g" -e 's/\\([a-z][a-z]/ /g' -e 's/\\\[[^]]*\]/ /g' -e 's/\\~/ /g' \
    "$page" > "$tmp/page" || exit 1

# Reads a --help text, then the page; prints a line for each thing wrong in the section of the
# command cmd (its .SS under COMMANDS; for cmd "", the .SH OPTIONS with the program's own
# options). A .SS is named by the lower-case words it starts with: "hub add SLUG" is hub add.
check='
function heading(line,    n, w, i, s) {
  line = substr(line, 5); gsub(/"/, "", line)
  n = split(line, w, " "); s = ""
  for (i = 1; i <= n && w[i] ~ /^[a-z][a-z-]*$/; i++) s = s (s == "" ? "" : " ") w[i]
  return s
}
function mentioned(option) {
  return text ~ ("(^|[^A-Za-z0-9-])" option "([^A-Za-z0-9-]|$)")
}
FNR == NR {
  if ($0 ~ /^[A-Za-z].*:$/) { options = ($0 == "Options:"); next }
  if (options && $0 ~ /^  +-/) {
    split($0, parts, /  +/)
    n = split(parts[2], spec, ", ")
    for (i = 1; i <= n; i++) {
      sub(/[= ].*/, "", spec[i])
      if (cmd != "" && (spec[i] == "--help" || spec[i] == "-h")) continue
      has[spec[i]] = 1; order[++n_options] = spec[i]
    }
  }
  next
}
/^\.SH / { in_commands = ($2 == "COMMANDS"); on = (cmd == "" && $2 == "OPTIONS"); prev = ""; next }
/^\.SS / { if (in_commands && cmd != "") { on = (heading($0) == cmd); if (on) seen = 1 } else if (cmd != "") on = 0; prev = ""; next }
on {
  text = text "\n" $0
  if (prev == ".TP" && $0 ~ /^-/) items = items " " $0
}
{ prev = $0 }
END {
  where = cmd == "" ? "OPTIONS" : "the section for \047" cmd "\047"
  if (cmd != "" && !seen) { print page ": no section (.SS) for the command \047" cmd "\047"; exit }
  for (i = 1; i <= n_options; i++)
    if (!mentioned(order[i]))
      print page ": " where " does not mention " order[i] " (hubrota-cli " (cmd == "" ? "" : cmd " ") "--help)"
  while (match(items, /--[a-z][a-z0-9-]*/)) {
    listed = substr(items, RSTART, RLENGTH); items = substr(items, RSTART + RLENGTH)
    if (!(listed in has))
      print page ": " where " lists " listed ", which hubrota-cli " (cmd == "" ? "" : cmd " ") "--help does not have"
  }
}'

report () {
  if [ -s "$tmp/report" ]; then cat "$tmp/report"; status=1; fi
}

"$cli" --help > "$tmp/help" || { echo "$cli --help failed"; exit 1; }
awk -v cmd="" -v page="$name" "$check" "$tmp/help" "$tmp/page" > "$tmp/report"
report

awk '/^Commands:$/ { on = 1; next } on && /^$/ { exit } on { print }' "$tmp/help" |
  sed -E 's/^  ([a-z][a-z-]*( [a-z][a-z-]*)?)  .*/\1/' > "$tmp/commands"
[ -s "$tmp/commands" ] || { echo "no commands found in $cli --help"; exit 1; }

checked=0
while read -r command; do
  checked=$((checked + 1))
  # shellcheck disable=SC2086 # the command's words are separate arguments
  if ! "$cli" $command --help > "$tmp/command-help"; then
    echo "hubrota-cli $command --help failed"; status=1; continue
  fi
  awk -v cmd="$command" -v page="$name" "$check" "$tmp/command-help" "$tmp/page" > "$tmp/report"
  report
done < "$tmp/commands"

# A section for a command the program does not have.
awk 'FNR == NR { known[$0] = 1; next }
     /^\.SH / { in_commands = ($2 == "COMMANDS"); next }
     /^\.SS / && in_commands {
       line = substr($0, 5); gsub(/"/, "", line)
       n = split(line, w, " "); s = ""
       for (i = 1; i <= n && w[i] ~ /^[a-z][a-z-]*$/; i++) s = s (s == "" ? "" : " ") w[i]
       if (!(s in known)) print page ": a section (.SS) for \047" s "\047, which hubrota-cli --help does not list"
     }' page="$name" "$tmp/commands" "$tmp/page" > "$tmp/report"
report

[ $status -eq 0 ] && echo "ok: $checked commands, each with a section naming every option of its --help"
exit $status
