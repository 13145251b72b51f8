/* test-bad-input.c: bad command lines and help, through hubrota-cli (the bad-input catalogue)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaTest"

#include "config.h"

#include <string.h>

#include "cli-test-util.h"

/* bad input: one line on stderr, a non-zero exit, and the database untouched */

typedef struct
{
  const char *name;
  int status;             /* 2: the command line is wrong; 1: the store refused */
  const char *mentions;   /* the error line must name the problem */
  const char *args[20];
} BadInput;

#define START "--start", "2026-12-05T10:00"
#define SLOT_ADD "slot", "add", "bedford-library"
#define ROSTER "duty", "add", "PC1234", "--start", "2026-12-07"

static const BadInput bad_inputs[] = {
  { "unknown-hub", 1, "unknown hub ‘nowhere’",
    { "slot", "add", "nowhere", START, "--duration", "3h", NULL } },
  { "rrule-sometimes", 1, "FREQ=SOMETIMES",
    { SLOT_ADD, START, "--duration", "3h", "--rrule", "FREQ=SOMETIMES", NULL } },
  { "rrule-wrong-day", 1, "FREQ=WEEKLY;BYDAY=MO",
    { SLOT_ADD, START, "--duration", "3h", "--rrule", "FREQ=WEEKLY;BYDAY=MO", NULL } },
  { "rrule-on-extra", 2, "--rrule",
    { "slot", "extra", "bedford-library", START, "--duration", "3h", "--rrule", "FREQ=DAILY",
      NULL } },
  { "duration-zero", 2, "--duration", { SLOT_ADD, START, "--duration", "0", NULL } },
  { "duration-zero-minutes", 2, "--duration", { SLOT_ADD, START, "--duration", "0m", NULL } },
  { "duration-negative", 2, "--duration", { SLOT_ADD, START, "--duration", "-1h", NULL } },
  { "duration-over-a-day", 2, "--duration", { SLOT_ADD, START, "--duration", "25h", NULL } },
  { "end-before-start", 2, "--end (2026-12-05T09:00) is not after the start",
    { SLOT_ADD, START, "--end", "09:00", NULL } },
  { "end-equals-start", 2, "--end", { SLOT_ADD, START, "--end", "2026-12-05T10:00", NULL } },
  { "end-and-duration", 2, "not both",
    { SLOT_ADD, START, "--end", "13:00", "--duration", "3h", NULL } },
  { "move-end-before-start", 2, "is not after the start",
    { "slot", "move", "bedford-library", "--date", "2026-12-12", "--to", "2026-12-12T15:00",
      "--end", "14:00", NULL } },
  { "duration-missing", 2, "--duration is required", { SLOT_ADD, START, NULL } },
  { "start-missing", 2, "--start is required", { SLOT_ADD, "--duration", "3h", NULL } },
  { "start-february-30", 2, "2026-02-30T10:00",
    { SLOT_ADD, "--start", "2026-02-30T10:00", "--duration", "3h", NULL } },
  { "start-in-spring-gap", 2, "2027-03-28T01:30",
    { SLOT_ADD, "--start", "2027-03-28T01:30", "--duration", "1h", NULL } },
  { "start-not-a-time", 2, "--start", { SLOT_ADD, "--start", "soon", "--duration", "3h", NULL } },
  /* Exactly YYYY-MM-DDTHH:MM: no signs, spaces, tabs or missing digits (sscanf took these). */
  { "start-minus-minutes", 2, "‘2026-12-05T10:-0’ is not a local date and time",
    { SLOT_ADD, "--start", "2026-12-05T10:-0", "--duration", "3h", NULL } },
  { "start-space-in-day", 2, "‘2026-12- 5T10:00’ is not a local date and time",
    { SLOT_ADD, "--start", "2026-12- 5T10:00", "--duration", "3h", NULL } },
  { "start-plus-month", 2, "‘2026-+1-05T10:00’ is not a local date and time",
    { SLOT_ADD, "--start", "2026-+1-05T10:00", "--duration", "3h", NULL } },
  { "start-tab", 2, "is not a local date and time",
    { SLOT_ADD, "--start", "2026-12-05\t10:00", "--duration", "3h", NULL } },
  { "start-trailing", 2, "‘2026-12-05T10:00x’ is not a local date and time",
    { SLOT_ADD, "--start", "2026-12-05T10:00x", "--duration", "3h", NULL } },
  { "start-year-9999", 2, "outside the years Hubrota plans for (1900 to 2500)",
    { SLOT_ADD, "--start", "9999-12-04T10:00", "--duration", "3h", NULL } },
  /* 01:30 on 31 October 2027 comes twice (BST, then GMT): without an offset nothing says
   * which, and only the offsets London has then choose one. */
  { "start-in-autumn-repeat", 2, "--start: 2027-10-31T01:30 happens twice in Europe/London (the "
    "clocks go back an hour then); write 2027-10-31T01:30+01:00 for the first (BST) or "
    "2027-10-31T01:30+00:00 for the second (GMT)",
    { SLOT_ADD, "--start", "2027-10-31T01:30", "--duration", "1h", NULL } },
  { "start-autumn-wrong-offset", 2, "--start: 2027-10-31T01:30+02:00 has the wrong offset: "
    "Europe/London is at +01:00 (BST), then at +00:00 (GMT)",
    { SLOT_ADD, "--start", "2027-10-31T01:30+02:00", "--duration", "1h", NULL } },
  { "start-winter-summer-offset", 2, "--start: 2026-12-05T10:00+01:00 has the wrong offset: "
    "Europe/London is at +00:00 (GMT) then",
    { SLOT_ADD, "--start", "2026-12-05T10:00+01:00", "--duration", "1h", NULL } },
  { "start-gap-with-offset", 2, "2027-03-28T01:30 does not exist in Europe/London",
    { SLOT_ADD, "--start", "2027-03-28T01:30+00:00", "--duration", "1h", NULL } },
  { "start-utc-z", 2, "‘2027-10-31T01:30Z’ is not a local date and time",
    { SLOT_ADD, "--start", "2027-10-31T01:30Z", "--duration", "1h", NULL } },
  { "start-offset-no-colon", 2, "‘2027-10-31T01:30+0100’ is not a local date and time",
    { SLOT_ADD, "--start", "2027-10-31T01:30+0100", "--duration", "1h", NULL } },
  { "start-unknown-offset", 2, "‘2027-10-31T01:30-00:00’ is not a local date and time",
    { SLOT_ADD, "--start", "2027-10-31T01:30-00:00", "--duration", "1h", NULL } },
  { "assign-at-autumn-repeat", 2, "--at: 2027-10-31T01:30 happens twice in Europe/London",
    { "assign", "PC1234", "bedford-library", "--date", "2027-10-31", "--at", "01:30", NULL } },
  { "assign-at-wrong-offset", 2, "--at: 2027-10-31T01:30+03:00 has the wrong offset",
    { "assign", "PC1234", "bedford-library", "--date", "2027-10-31", "--at", "01:30+03:00",
      NULL } },
  { "rrule-empty", 2, "--rrule is empty; leave it out for a one-off",
    { SLOT_ADD, START, "--duration", "3h", "--rrule", "", NULL } },
  { "duty-rrule-empty", 2, "--rrule is empty",
    { "duty", "add", "PC1234", "--start", "2026-12-07T08:00", "--duration", "8h", "--rrule", "",
      NULL } },
  { "date-space", 2, "‘2026-12- 5’ is not a date",
    { "slot", "cancel", "bedford-library", "--date", "2026-12- 5", NULL } },
  { "date-year-2600", 2, "outside the years Hubrota plans for",
    { "check", "--from", "2600-01-01", "--to", "2600-01-31", NULL } },
  { "min-officers-words", 2, "--min-officers",
    { SLOT_ADD, START, "--duration", "3h", "--min-officers", "many", NULL } },
  { "min-officers-negative", 2, "--min-officers",
    { SLOT_ADD, START, "--duration", "3h", "--min-officers", "-1", NULL } },
  { "slot-add-missing-hub", 2, "missing HUB",
    { "slot", "add", START, "--duration", "3h", NULL } },
  { "from-after-to", 2, "--from 2027-01-31 is after --to 2026-12-01",
    { "occurrences", "--from", "2027-01-31", "--to", "2026-12-01", NULL } },
  { "to-missing", 2, "--to is required", { "occurrences", "--from", "2026-12-01", NULL } },
  { "from-not-a-date", 2, "2026-13-01",
    { "occurrences", "--from", "2026-13-01", "--to", "2027-01-01", NULL } },
  { "occurrences-unknown-hub", 1, "unknown hub ‘nowhere’",
    { "occurrences", "--from", "2026-12-01", "--to", "2026-12-31", "--hub", "nowhere", NULL } },
  { "unknown-command", 2, "unknown command ‘frobnicate’", { "frobnicate", NULL } },
  { "unknown-subcommand", 2, "unknown command ‘hub frobnicate’", { "hub", "frobnicate", NULL } },
  { "no-subcommand", 2, "‘slot’ needs a command", { "slot", NULL } },
  { "no-command", 2, "no command given", { NULL } },
  { "unknown-option", 2, "--frob", { "hub", "list", "--frob", NULL } },
  { "extra-argument", 2, "unexpected argument ‘extra’", { "hub", "list", "extra", NULL } },
  { "database-after-command", 2, "give --database before the command",
    { "hub", "list", "--database", "other.db", NULL } },
  { "hub-unknown-beat", 1, "unknown beat ‘nowhere’",
    { "hub", "add", "new-hub", "--name", "New", "--beat", "nowhere", NULL } },
  { "hub-duplicate", 1, "there is already a hub ‘bedford-library’",
    { "hub", "add", "bedford-library", "--name", "Again", "--beat", "castle", NULL } },
  { "hub-bad-slug", 1, "Bad Slug",
    { "hub", "add", "Bad Slug", "--name", "Bad", "--beat", "castle", NULL } },
  /* Text limits and invisible characters: one line means no U+2028 or NEL either, and no
   * control character reaches a table, a calendar or a terminal. */
  { "hub-name-too-long", 1, "the name of the hub ‘new-hub’ is longer than 200 characters",
    { "hub", "add", "new-hub", "--name", "LLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLL", "--beat", "castle", NULL } },
  { "hub-name-line-separator", 1, "the name of the hub ‘new-hub’ must be one line",
    { "hub", "add", "new-hub", "--name", "New\u2028Hub", "--beat", "castle", NULL } },
  { "hub-name-next-line", 1, "the name of the hub ‘new-hub’ must be one line",
    { "hub", "add", "new-hub", "--name", "New\xc2\x85" "Hub", "--beat", "castle", NULL } },
  { "hub-name-bidi-override", 1, "invisible control character (U+202E)",
    { "hub", "add", "new-hub", "--name", "New\u202EHub", "--beat", "castle", NULL } },
  { "hub-address-bell", 1, "the address of the hub ‘new-hub’ has an invisible control character (U+0007)",
    { "hub", "add", "new-hub", "--name", "New", "--beat", "castle", "--address", "1 High St\a",
      NULL } },
  { "hub-address-escape", 1, "(U+001B)",
    { "hub", "add", "new-hub", "--name", "New", "--beat", "castle", "--address", "\x1b[31mRed",
      NULL } },
  { "hub-description-tab", 1, "the description of the hub ‘new-hub’ has a tab in it",
    { "hub", "add", "new-hub", "--name", "New", "--beat", "castle", "--description", "a\tb",
      NULL } },
  { "officer-name-next-line", 1, "the name of the officer ‘PC9’ must be one line",
    { "officer", "add", "PC9", "--name", "Ann\xc2\x85" "Lee", "--role", "PC", NULL } },
  { "leave-reason-escape", 1, "the reason has an invisible control character (U+001B)",
    { "leave", "add", "PC1234", "--from", "2026-12-01", "--to", "2026-12-02", "--reason",
      "\x1b]0;pwned\a", NULL } },
  { "hub-missing-name", 2, "--name is required",
    { "hub", "add", "new-hub", "--beat", "castle", NULL } },
  { "hub-bad-postcode", 1, "not a UK postcode",
    { "hub", "add", "new-hub", "--name", "New", "--beat", "castle", "--postcode", "12345",
      NULL } },
  { "lat-without-lon", 2, "--lat and --lon must be given together",
    { "hub", "add", "new-hub", "--name", "New", "--beat", "castle", "--lat", "52", NULL } },
  { "lat-out-of-range", 2, "--lat",
    { "hub", "add", "new-hub", "--name", "New", "--beat", "castle", "--lat", "90.5",
      "--lon", "0", NULL } },
  { "lat-trailing-junk", 2, "--lat",
    { "hub", "add", "new-hub", "--name", "New", "--beat", "castle", "--lat", "52.1x",
      "--lon", "0", NULL } },
  { "lon-nan", 2, "--lon",
    { "hub", "add", "new-hub", "--name", "New", "--beat", "castle", "--lat", "52",
      "--lon", "nan", NULL } },
  { "lon-out-of-range", 2, "--lon",
    { "hub", "add", "new-hub", "--name", "New", "--beat", "castle", "--lat", "52",
      "--lon", "-180.5", NULL } },
  { "beat-duplicate", 1, "there is already a beat ‘castle’",
    { "beat", "add", "castle", "--name", "Again", NULL } },
  { "beat-empty-name", 1, "needs a name", { "beat", "add", "north", "--name", " ", NULL } },
  { "cancel-no-opening", 1, "has no opening on Monday 7 December 2026",
    { "slot", "cancel", "bedford-library", "--date", "2026-12-07", NULL } },
  { "cancel-unknown-hub", 1, "unknown hub ‘nowhere’",
    { "slot", "cancel", "nowhere", "--date", "2026-12-05", NULL } },
  { "cancel-date-and-range", 2, "--date",
    { "slot", "cancel", "bedford-library", "--date", "2026-12-05", "--from", "2026-12-01",
      "--to", "2026-12-31", NULL } },
  { "cancel-nothing-named", 2, "--date, or --from and --to, is required",
    { "slot", "cancel", "bedford-library", NULL } },
  { "cancel-range-reversed", 2, "is after",
    { "slot", "cancel", "bedford-library", "--from", "2026-12-31", "--to", "2026-12-01",
      NULL } },
  { "cancel-range-empty", 1, "no openings to cancel",
    { "slot", "cancel", "bedford-library", "--from", "2026-12-01", "--to", "2026-12-04",
      NULL } },
  { "cancel-range-with-series", 2, "--series goes with --date",
    { "slot", "cancel", "bedford-library", "--from", "2026-12-01", "--to", "2026-12-31",
      "--series", "1", NULL } },
  { "cancel-bad-series", 2, "--series",
    { "slot", "cancel", "bedford-library", "--date", "2026-12-05", "--series", "abc", NULL } },
  { "cancel-unknown-series", 1, "has no series 7",
    { "slot", "cancel", "bedford-library", "--date", "2026-12-05", "--series", "7", NULL } },
  { "move-to-date-only", 2, "--to",
    { "slot", "move", "bedford-library", "--date", "2026-12-12", "--to", "2026-12-12", NULL } },
  { "move-no-opening", 1, "has no opening",
    { "slot", "move", "bedford-library", "--date", "2026-12-08", "--to", "2026-12-09T10:00",
      NULL } },
  { "restore-nothing-to-undo", 1, "no cancelled or moved opening",
    { "slot", "restore", "bedford-library", "--date", "2026-12-05", NULL } },
  { "slot-list-unknown-hub", 1, "unknown hub ‘nowhere’", { "slot", "list", "nowhere", NULL } },
  { "demo-into-used-database", 1, "already holds hubs", { "init", "--demo", NULL } },
  { "beat-limit-too-high", 2, "--abstraction-limit must be a number from 0 to 100, not ‘150’",
    { "beat", "add", "north", "--name", "North", "--abstraction-limit", "150", NULL } },
  { "beat-limit-negative", 2, "--abstraction-limit must be a number from 0 to 100, not ‘-5’",
    { "beat", "add", "north", "--name", "North", "--abstraction-limit", "-5", NULL } },
  { "beat-limit-words", 2, "--abstraction-limit must be a number from 0 to 100, not ‘ten’",
    { "beat", "add", "north", "--name", "North", "--abstraction-limit", "ten", NULL } },
  { "beat-limit-percent-sign", 2, "not ‘12%’",
    { "beat", "add", "north", "--name", "North", "--abstraction-limit", "12%", NULL } },
  { "hotspot-unknown-beat", 1, "unknown beat ‘nowhere’",
    { "hotspot", "add", "nowhere", "market", "--name", "Market Square", NULL } },
  { "hotspot-missing-slug", 2, "missing SLUG",
    { "hotspot", "add", "castle", "--name", "Market Square", NULL } },
  { "hotspot-extra-argument", 2, "unexpected argument ‘square’",
    { "hotspot", "add", "castle", "market", "square", "--name", "Market Square", NULL } },
  { "hotspot-missing-name", 2, "--name is required",
    { "hotspot", "add", "castle", "market", NULL } },
  { "hotspot-bad-slug", 1, "the hotspot id ‘Market’ may hold only lower-case letters",
    { "hotspot", "add", "castle", "Market", "--name", "Market Square", NULL } },
  { "officer-duplicate", 1, "there is already an officer ‘PC1234’",
    { "officer", "add", "PC1234", "--name", "Again", "--role", "PC", NULL } },
  { "officer-bad-collar", 1, "the collar number ‘PC-12’ may hold only letters and digits",
    { "officer", "add", "PC-12", "--name", "Ann Lee", "--role", "PC", NULL } },
  { "officer-missing-role", 2, "--role is required",
    { "officer", "add", "PC7", "--name", "Ann Lee", NULL } },
  { "officer-bad-role", 2, "--role must be PC, PCSO, SC, SGT or VOL, not ‘DC’",
    { "officer", "add", "PC7", "--name", "Ann Lee", "--role", "DC", NULL } },
  { "officer-missing-name", 2, "--name is required",
    { "officer", "add", "PC7", "--role", "PC", NULL } },
  { "officer-empty-name", 1, "the officer ‘PC7’ needs a name",
    { "officer", "add", "PC7", "--name", "", "--role", "PC", NULL } },
  { "officer-unknown-beat", 1, "unknown beat ‘nowhere’",
    { "officer", "add", "PC7", "--name", "Ann Lee", "--role", "PC", "--beat", "nowhere",
      NULL } },
  { "officer-hours-too-many", 2, "--weekly-hours must be a number from 0 to 168, not ‘169’",
    { "officer", "add", "PC7", "--name", "Ann Lee", "--role", "PC", "--weekly-hours", "169",
      NULL } },
  { "officer-hours-words", 2, "--weekly-hours must be a number from 0 to 168, not ‘full’",
    { "officer", "add", "PC7", "--name", "Ann Lee", "--role", "PC", "--weekly-hours", "full",
      NULL } },
  { "officer-hours-comma", 2, "not ‘37,5’",
    { "officer", "add", "PC7", "--name", "Ann Lee", "--role", "PC", "--weekly-hours", "37,5",
      NULL } },
  { "import-missing-file", 2, "missing FILE", { "officer", "import", NULL } },
  { "import-unreadable", 1, "/nonexistent/officers.csv",
    { "officer", "import", "/nonexistent/officers.csv", NULL } },
  { "duty-unknown-officer", 1, "unknown officer ‘PC9’",
    { "duty", "add", "PC9", "--start", "2026-12-07T08:00", "--duration", "8h", NULL } },
  { "duty-bad-rrule", 1, "FREQ=SOMETIMES",
    { "duty", "add", "PC1234", "--start", "2026-12-07T08:00", "--duration", "8h",
      "--rrule", "FREQ=SOMETIMES", NULL } },
  { "duty-rrule-wrong-day", 1, "FREQ=WEEKLY;BYDAY=SA",
    { "duty", "add", "PC1234", "--start", "2026-12-07T08:00", "--duration", "8h",
      "--rrule", "FREQ=WEEKLY;BYDAY=SA", NULL } },
  { "duty-duration-missing", 2, "--duration is required",
    { "duty", "add", "PC1234", "--start", "2026-12-07T08:00", NULL } },
  { "duty-duration-over-a-day", 2, "--duration",
    { "duty", "add", "PC1234", "--start", "2026-12-07T08:00", "--duration", "25h", NULL } },
  { "duty-end-before-start", 2, "is not after the start",
    { "duty", "add", "PC1234", "--start", "2026-12-07T22:00", "--end", "2026-12-07T06:00",
      NULL } },
  { "export-no-output", 2, "--output is required", { "export", NULL } },
  { "export-bad-base-url", 2, "--base-url must start with https://",
    { "export", "--output", "feeds", "--base-url", "example.org/hubs", NULL } },
  { "export-bad-days", 2, "--future-days",
    { "export", "--output", "feeds", "--future-days", "0", NULL } },
  { "export-folder-impossible", 1, "cannot create the folder /dev/null",
    { "export", "--output", "/dev/null/feeds", NULL } },
  { "new-token-unknown-officer", 1, "unknown officer ‘PC9’",
    { "officer", "new-token", "PC9", NULL } },
  { "duty-start-missing", 2, "--start is required",
    { "duty", "add", "PC1234", "--duration", "8h", NULL } },
  { "duty-list-unknown-officer", 1, "unknown officer ‘PC9’", { "duty", "list", "PC9", NULL } },
  { "leave-to-before-from", 2, "--to 2026-12-19 is not after --from 2026-12-20",
    { "leave", "add", "PC1234", "--from", "2026-12-20", "--to", "2026-12-19", NULL } },
  { "leave-to-same-day", 2, "--to 2026-12-20 is not after --from 2026-12-20T00:00",
    { "leave", "add", "PC1234", "--from", "2026-12-20T00:00", "--to", "2026-12-20", NULL } },
  { "leave-from-missing", 2, "--from is required",
    { "leave", "add", "PC1234", "--to", "2026-12-28", NULL } },
  { "leave-to-missing", 2, "--to is required",
    { "leave", "add", "PC1234", "--from", "2026-12-20", NULL } },
  { "leave-bad-date", 2, "--from: 2026-02-30 is not a date that exists",
    { "leave", "add", "PC1234", "--from", "2026-02-30", "--to", "2026-03-02", NULL } },
  { "leave-bad-time", 2, "--to: 2026-12-28T24:00 is not a date and time that exists",
    { "leave", "add", "PC1234", "--from", "2026-12-20", "--to", "2026-12-28T24:00", NULL } },
  { "leave-not-a-date", 2, "--from: ‘soon’ is not a date",
    { "leave", "add", "PC1234", "--from", "soon", "--to", "2026-12-28", NULL } },
  { "leave-unknown-officer", 1, "unknown officer ‘PC9’",
    { "leave", "add", "PC9", "--from", "2026-12-20", "--to", "2026-12-28", NULL } },
  { "leave-list-unknown-officer", 1, "unknown officer ‘PC9’", { "leave", "list", "PC9", NULL } },
  { "roster-no-shifts", 2, "--shifts is required for a roster",
    { ROSTER, "--cycle", "10", NULL } },
  { "roster-shifts-empty", 2, "--shifts is empty", { ROSTER, "--shifts", " ", NULL } },
  { "roster-cycle-mismatch", 2, "--cycle is 10 days but --shifts names 3",
    { ROSTER, "--cycle", "10", "--shifts", "E E R", "--shift", "E=07:00+10h", NULL } },
  { "roster-cycle-too-long", 2, "--cycle",
    { ROSTER, "--cycle", "71", "--shifts", "R", NULL } },
  { "roster-cycle-not-a-number", 2, "--cycle",
    { ROSTER, "--cycle", "ten", "--shifts", "R", NULL } },
  { "roster-undefined-code", 2, "day 2 is ‘L’, which no --shift defines",
    { ROSTER, "--shifts", "E L", "--shift", "E=07:00+10h", NULL } },
  { "roster-bad-shift", 2, "--shift: ‘7am’ is not a shift; write it as HH:MM+LENGTH",
    { ROSTER, "--shifts", "E", "--shift", "E=7am", NULL } },
  { "roster-shift-no-code", 2, "--shift must be CODE=HH:MM+LENGTH",
    { ROSTER, "--shifts", "E", "--shift", "07:00+10h", NULL } },
  { "roster-shift-bad-time", 2, "‘24:00+8h’ does not start at a time of day (00:00 to 23:59)",
    { ROSTER, "--shifts", "24:00+8h", NULL } },
  { "roster-shift-too-long", 2, "a shift lasts from 1 minute to 24 hours",
    { ROSTER, "--shifts", "N", "--shift", "N=22:00+25h", NULL } },
  { "roster-shift-zero", 2, "a shift lasts from 1 minute to 24 hours",
    { ROSTER, "--shifts", "N", "--shift", "N=22:00+0m", NULL } },
  { "roster-shift-rest-code", 2, "R means a rest day",
    { ROSTER, "--shifts", "R", "--shift", "R=07:00+8h", NULL } },
  { "roster-shift-twice", 2, "--shift E is given twice",
    { ROSTER, "--shifts", "E", "--shift", "E=07:00+8h", "--shift", "E=08:00+8h", NULL } },
  { "roster-all-rest", 1, "a roster needs at least one shift in its 3-day cycle",
    { ROSTER, "--shifts", "R R R", NULL } },
  { "roster-start-with-time", 2, "--start of a roster is the first day of its cycle",
    { "duty", "add", "PC1234", "--start", "2026-12-07T08:00", "--shifts", "07:00+8h", NULL } },
  { "roster-with-rrule", 2, "--rrule is for a shift pattern",
    { ROSTER, "--shifts", "07:00+8h", "--rrule", "FREQ=DAILY", NULL } },
  { "roster-unknown-officer", 1, "unknown officer ‘PC9’",
    { "duty", "add", "PC9", "--start", "2026-12-07", "--shifts", "07:00+8h", NULL } },
  { "duty-edit-unknown", 1, "there is no duty period 99",
    { "duty", "edit", "99", "--start", "2026-12-07T09:00", NULL } },
  { "duty-edit-bad-id", 2, "ID", { "duty", "edit", "one", "--start", "2026-12-07T09:00", NULL } },
  { "duty-edit-nothing", 2, "nothing to change", { "duty", "edit", "1", NULL } },
  { "duty-edit-roster-needs-date", 2, "--start",
    { "duty", "edit", "1", "--shifts", "07:00+8h", NULL } },
  { "duty-edit-bad-rrule", 1, "FREQ=SOMETIMES",
    { "duty", "edit", "1", "--rrule", "FREQ=SOMETIMES", NULL } },
  { "duty-remove-unknown", 1, "there is no duty period 99", { "duty", "remove", "99", NULL } },
  { "retire-no-date", 2, "--on is required", { "officer", "retire", "PC1234", NULL } },
  { "retire-bad-date", 2, "--on: 2026-02-30 is not a date that exists",
    { "officer", "retire", "PC1234", "--on", "2026-02-30", NULL } },
  { "retire-both", 2, "give --on DATE or --clear, not both",
    { "officer", "retire", "PC1234", "--on", "2026-12-12", "--clear", NULL } },
  { "retire-unknown-officer", 1, "unknown officer ‘PC9’",
    { "officer", "retire", "PC9", "--on", "2026-12-12", NULL } },
};

/* The database every bad-input test starts from, with some state in every table, so that a
 * stray write there would show. */
static void
add_bad_input_scene (CliFixture *fixture)
{
  cli_fixture_copy_of (fixture, cli_add_officer);
  g_free (cli_run_ok (fixture, "slot", "cancel", "bedford-library", "--date", "2026-12-26",
                      "--reason", "Boxing Day", NULL));
  g_free (cli_run_ok (fixture, "hotspot", "add", "castle", "tavistock-street", "--name",
                      "Tavistock Street shops", NULL));
  g_free (cli_run_ok (fixture, "duty", "add", "PC1234", "--start", "2026-12-07T08:00",
                      "--duration", "8h", "--rrule", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH", NULL));
  g_free (cli_run_ok (fixture, "leave", "add", "PC1234", "--from", "2026-12-20",
                      "--to", "2026-12-28", NULL));
}

static void
test_bad_input (CliFixture    *fixture,
                gconstpointer  data)
{
  const BadInput *bad = data;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(CliResult) result = { 0, };

  cli_fixture_copy_of (fixture, add_bad_input_scene);
  before = cli_snapshot (fixture);
  cli_run_argv (fixture, bad->args, &result);
  cli_assert_one_line_error (&result, bad->status, bad->mentions);

  after = cli_snapshot (fixture);
  g_assert_cmpstr (after, ==, before);
}

/* help */

static const char * const help_commands[] = {
  "init", "beat add", "beat list", "hub add", "hub edit", "hub archive", "hub list",
  "hotspot add", "hotspot list",
  "slot add", "slot extra", "slot cancel", "slot move", "slot restore", "slot list",
  "occurrences", "officer add", "officer list", "officer import", "duty add", "duty list",
  "duty edit", "duty remove", "officer retire",
  "leave add", "leave list", "officer new-token", "assign", "unassign", "check", "suggest",
  "export",
};

static void
test_help_command (CliFixture    *fixture,
                   gconstpointer  data)
{
  const char *command = data;
  g_auto(GStrv) words = g_strsplit (command, " ", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) args = NULL;
  g_autofree char *usage = g_strdup_printf ("Usage:\n  hubrota-cli %s [OPTION…]", command);
  g_auto(CliResult) result = { 0, };

  g_strv_builder_addv (builder, (const char **) words);
  g_strv_builder_add (builder, "--help");
  args = g_strv_builder_end (builder);
  cli_run_argv (fixture, (const char * const *) args, &result);
  cli_assert_ok (&result);
  g_assert_true (g_str_has_prefix (result.out, usage));
  g_assert_nonnull (strstr (result.out, "--help"));
  /* --help does nothing else: not even create the database. */
  g_assert_false (g_file_test (fixture->db, G_FILE_TEST_EXISTS));
}

static void
test_help_top_level (CliFixture    *fixture,
                     gconstpointer  data)
{
  g_auto(CliResult) result = { 0, };
  g_auto(CliResult) version = { 0, };
  g_auto(CliResult) group = { 0, };

  cli_run (fixture, &result, "--help", NULL);
  cli_assert_ok (&result);
  g_assert_true (g_str_has_prefix (result.out, "Usage:\n  hubrota-cli [OPTION…] COMMAND"));
  g_assert_nonnull (strstr (result.out, "--database"));
  for (guint i = 0; i < G_N_ELEMENTS (help_commands); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n  %s ", help_commands[i]);
      g_assert_nonnull (strstr (result.out, line));
    }

  cli_run (fixture, &group, "slot", "--help", NULL);
  cli_assert_ok (&group);
  g_assert_true (g_str_has_prefix (group.out, "Usage:\n  hubrota-cli slot COMMAND"));
  g_assert_nonnull (strstr (group.out, "\n  cancel "));
  g_assert_null (strstr (group.out, "hub add"));

  cli_run (fixture, &version, "--version", NULL);
  cli_assert_ok (&version);
  g_assert_cmpstr (version.out, ==, "hubrota-cli " PACKAGE_VERSION "\n");
}

/* Whether a bad input runs a different command from the one before it in the table, which
 * keeps each command's inputs together: the first of each is the one leak-checked. */
static gboolean
starts_a_command (guint index)
{
  const char * const *args = bad_inputs[index].args;
  const char * const *before = index > 0 ? bad_inputs[index - 1].args : NULL;

  return before == NULL || g_strcmp0 (args[0], before[0]) != 0 ||
         (args[0] != NULL && g_strcmp0 (args[1], before[1]) != 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/bad-input/%s", bad_inputs[i].name);
      cli_test_add (path, &bad_inputs[i], test_bad_input, starts_a_command (i));
    }
  cli_test_add ("/cli/help/top-level", NULL, test_help_top_level, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (help_commands); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/help/%s", help_commands[i]);
      g_strdelimit (path, " ", '-');
      cli_test_add (path, help_commands[i], test_help_command, FALSE);
    }

  return cli_test_run ();
}
