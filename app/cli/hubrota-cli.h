/* hubrota-cli.h: what the command groups of hubrota-cli share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "hubrota-core.h"

G_BEGIN_DECLS

/* The name errors are reported under, whatever argv[0] was. */
#define HUBROTA_CLI_NAME "hubrota-cli"

/* Errors of the CLI itself (exit status 1). Every other error is printed on one line; a
 * REPORT is laid out already, a headline and then one indented line per problem. */
#define HUBROTA_CLI_ERROR (hubrota_cli_error_quark ())

typedef enum
{
  HUBROTA_CLI_ERROR_REPORT,
} HubrotaCliError;

GQuark hubrota_cli_error_quark (void);

typedef struct _HubrotaCliCall HubrotaCliCall;

typedef struct
{
  const char *name;
  const char *subcommand;   /* NULL for a command without subcommands */
  gboolean  (*handler)      (HubrotaCliCall  *call,
                             GError         **error);
  const char *summary;      /* N_() */
} HubrotaCliCommand;

/* One run of one command: argv[0] is the program, the rest what followed the command name. */
struct _HubrotaCliCall
{
  const HubrotaCliCommand *command;
  const char              *database;
  int                      argc;
  char                   **argv;
  const char              *argument;         /* the first positional argument, once parsed */
  const char              *second_argument;  /* the second, for OFFICER HUB and the like */
  gboolean                 help_shown;
};

/* For a new database: its folder, and taking it away again after a failure. */
void          hubrota_cli_make_parent_folder   (const char *path);
void          hubrota_cli_discard_new_database (const char *path);

/* Exit status 2 is for errors in G_OPTION_ERROR: the command line itself is wrong. */
gboolean      hubrota_cli_call_parse      (HubrotaCliCall      *call,
                                           const char          *parameter,
                                           const char          *description,
                                           const GOptionEntry  *entries,
                                           GError             **error);
HubrotaStore *hubrota_cli_call_open_store (HubrotaCliCall      *call,
                                           GError             **error);
HubrotaStore *hubrota_cli_call_open_store_to_read (HubrotaCliCall  *call,
                                                   GError         **error);

gboolean      hubrota_cli_require         (const char          *option,
                                           const char          *value,
                                           GError             **error);
gboolean      hubrota_cli_check_rrule     (const char          *rrule,
                                          GError             **error);
GDateTime    *hubrota_cli_parse_datetime  (const char          *option,
                                           const char          *text,
                                           GError             **error);
GDate        *hubrota_cli_parse_date      (const char          *option,
                                           const char          *text,
                                           GError             **error);
gboolean      hubrota_cli_parse_duration  (const char          *option,
                                           const char          *text,
                                           int                 *out_minutes,
                                           GError             **error);
/* Sets a G_OPTION_ERROR (the command line is wrong: exit status 2) and returns FALSE. */
gboolean      hubrota_cli_usage_error     (GError             **error,
                                           GOptionError         code,
                                           const char          *format,
                                           ...) G_GNUC_PRINTF (3, 4);
gboolean      hubrota_cli_parse_length    (GDateTime           *start,
                                           const char          *duration_text,
                                           const char          *end_text,
                                           gboolean             required,
                                           int                 *out_minutes,
                                           GError             **error);
gboolean      hubrota_cli_parse_integer   (const char          *option,
                                           const char          *text,
                                           gint64               min,
                                           gint64               max,
                                           gint64              *out_value,
                                           GError             **error);
gboolean      hubrota_cli_parse_degrees   (const char          *option,
                                           const char          *text,
                                           double               limit,
                                           double              *out_value,
                                           GError             **error);
/* A plain decimal from 0 to max, such as weekly hours or a percentage. */
gboolean      hubrota_cli_parse_number    (const char          *option,
                                           const char          *text,
                                           int                  max,
                                           double              *out_value,
                                           GError             **error);
gboolean      hubrota_cli_parse_range     (const char          *from_text,
                                           const char          *to_text,
                                           GDate              **out_from,
                                           GDate              **out_to,
                                           GError             **error);

char         *hubrota_cli_format_duration (int                  minutes);
/* 37.5, 40: the digits the value needs, with a point whatever the locale. */
char         *hubrota_cli_format_number   (double               value);
void          hubrota_cli_add_string      (JsonBuilder         *builder,
                                           const char          *member,
                                           const char          *value);
void          hubrota_cli_add_double      (JsonBuilder         *builder,
                                           const char          *member,
                                           double               value);
void          hubrota_cli_print_json      (JsonBuilder         *builder);

typedef void       (*HubrotaCliAddJson) (JsonBuilder   *builder,
                                         gpointer       item);
typedef GPtrArray *(*HubrotaCliList)    (HubrotaStore  *store,
                                         const char    *argument,
                                         GError       **error);
typedef void       (*HubrotaCliPrint)   (GPtrArray     *items,
                                         const char    *argument);

/* A JSON array with one element per item, each written by add_item. */
void          hubrota_cli_print_json_array (GPtrArray         *items,
                                            HubrotaCliAddJson  add_item);
/* member: an array with one element per item of the model, each written by add_item. */
void          hubrota_cli_add_list_json    (JsonBuilder       *builder,
                                            const char        *member,
                                            GListModel        *model,
                                            HubrotaCliAddJson  add_item);
/* Every `… list [ARGUMENT] [--json]` command: parse, open the store, list, print. */
gboolean      hubrota_cli_run_list         (HubrotaCliCall    *call,
                                            const char        *parameter,
                                            HubrotaCliList     list,
                                            HubrotaCliAddJson  add_json,
                                            HubrotaCliPrint    print_text,
                                            GError           **error);
void          hubrota_cli_print_table     (GPtrArray           *cells,
                                           guint                n_columns);

/* hubrota-cli-hubs.c */
gboolean hubrota_cli_init         (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_beat_add     (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_beat_list    (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_hub_add      (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_hub_list     (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_hub_edit     (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_hub_archive  (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_hotspot_add  (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_hotspot_list (HubrotaCliCall *call, GError **error);

/* hubrota-cli-slots.c */
gboolean hubrota_cli_slot_add     (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_slot_extra   (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_slot_cancel  (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_slot_move    (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_slot_restore (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_slot_list    (HubrotaCliCall *call, GError **error);

/* hubrota-cli-occurrences.c */
gboolean hubrota_cli_occurrences  (HubrotaCliCall *call, GError **error);

/* hubrota-cli-officers.c */
gboolean hubrota_cli_officer_add    (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_officer_list   (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_officer_import (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_duty_add       (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_duty_list      (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_duty_edit      (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_duty_remove    (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_officer_retire (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_leave_add      (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_leave_list     (HubrotaCliCall *call, GError **error);

/* hubrota-cli-autofill.c */
gboolean hubrota_cli_autofill (HubrotaCliCall *call, GError **error);
/* hubrota-cli-fairness.c */
gboolean hubrota_cli_fairness (HubrotaCliCall *call, GError **error);
/* hubrota-cli-generate.c */
gboolean hubrota_cli_generate (HubrotaCliCall *call, GError **error);
/* hubrota-cli-export.c */
gboolean hubrota_cli_export            (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_officer_new_token (HubrotaCliCall *call, GError **error);

/* hubrota-cli-rota.c */
gboolean hubrota_cli_assign   (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_unassign (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_check    (HubrotaCliCall *call, GError **error);
gboolean hubrota_cli_suggest  (HubrotaCliCall *call, GError **error);

G_END_DECLS
