#!/bin/sh
# The built desktop file and metainfo hold the Polish and Urdu catalogues' words: each expected
# line is the catalogue's own translation of the English.
# SPDX-License-Identifier: GPL-3.0-or-later
desktop="${1:?usage: test-data-translated.sh DESKTOP METAINFO}"
metainfo="${2:?}"
status=0
n=0
check () {
  n=$((n + 1))
  if grep -qF -- "$2" "$1"; then echo "ok $n - $3"; else echo "not ok $n - $3"; echo "# $1 lacks: $2"; status=1; fi
}
check "$desktop" "GenericName[pl]=Grafik punktów policyjnych" "desktop GenericName in Polish"
check "$desktop" "GenericName[ur]=پولیس مرکز روٹا" "desktop GenericName in Urdu"
check "$desktop" "Keywords[pl]=policja;" "desktop Keywords in Polish"
check "$metainfo" '<summary xml:lang="ur">جز وقتی کمیونٹی پولیس مراکز کے لیے عملہ مقرر کریں</summary>' "metainfo summary in Urdu"
check "$metainfo" '<summary xml:lang="pl">' "metainfo summary in Polish"
echo "1..$n"
exit $status
