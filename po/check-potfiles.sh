#!/bin/sh
# Fails, naming the file, when a source file with translatable strings is missing from
# POTFILES.in (its strings would never reach the translators) or POTFILES.in names a file
# that is gone.
# SPDX-License-Identifier: GPL-3.0-or-later
cd "${1:?usage: check-potfiles.sh SOURCE_ROOT}" || exit 1
status=0
for f in $(grep -l -e '_(' -e 'N_(' -e 'hubrota_catalogue_[np]*gettext (' -e 'translatable="yes"' app/*.c app/*/*.c app/*/*.ui app/*/*/*.c app/*/*/*.ui 2>/dev/null); do
  grep -qx "$f" po/POTFILES.in || { echo "po/POTFILES.in is missing $f"; status=1; }
done
for f in $(grep -v '^#' po/POTFILES.in); do
  [ -f "$f" ] || { echo "po/POTFILES.in names $f, which does not exist"; status=1; }
done
exit $status
