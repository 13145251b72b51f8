#!/bin/sh
# Fails, naming the page, when groff has anything to say about a manual page: every warning
# on (-ww), output thrown away (-z), so only its complaints reach stderr.
# SPDX-License-Identifier: GPL-3.0-or-later
[ $# -gt 0 ] || { echo "usage: check-man.sh PAGE..." >&2; exit 2; }
command -v groff >/dev/null 2>&1 || { echo "check-man.sh: groff is missing (build-aux/install-deps installs groff-base)" >&2; exit 1; }
status=0
for page in "$@"; do
  complaints=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$page" 2>&1 >/dev/null) || {
    echo "$page: groff failed"; status=1; }
  if [ -n "$complaints" ]; then
    echo "$page: groff warns:"
    printf '%s\n' "$complaints" | sed 's/^/  /'
    status=1
  fi
done
[ $status -eq 0 ] && echo "ok: $* render with no warnings"
exit $status
