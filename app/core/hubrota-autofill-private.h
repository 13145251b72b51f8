/* hubrota-autofill-private.h: auto-fill's problem as numbers, shared by the planner, the LP
 * writer, the tests and the benchmark
 *
 * A plan chooses variables: one per (opening below its minimum, officer who may staff it).
 * Every rule the checker treats as an error becomes a linear constraint on them:
 *
 * - an officer is on at most one of any openings that overlap (double-booked, with the
 *   openings they are already on taken out beforehand, as are absences: on-leave);
 * - in every stretch where a beat's officers are on duty and some are on the beat, fewer
 *   than all of those present may be taken to hubs outside it (beat-uncovered);
 * - in every hotspot window that can be patrolled now, some officer keeps a quarter of an
 *   hour on the beat: a "run" of consecutive time that none of their chosen openings cuts
 *   (hotspot-patrol-at-risk). Runs are cut at every candidate opening's edge, so a run
 *   survives exactly when the checker would still find a patrol's stretch in it.
 *
 * The objective is one number with fixed weights for the order the issue asks for: openings
 * left below their minimum, then abstraction hours, then overtime hours, then the largest
 * share of hub work (percent of contracted hours over the fairness window), then the spread
 * (the rise in the sum over officers of hours squared over capacity, which for a fixed total
 * differs from the capacity-weighted sum of squared deviations by a constant).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-autofill.h"
#include "hubrota-rota-private.h"

G_BEGIN_DECLS

#define AUTOFILL_WEIGHT_UNFILLED 10000000.0
#define AUTOFILL_WEIGHT_ABSTRACTION 1000.0   /* per hour */
#define AUTOFILL_WEIGHT_OVERTIME 100.0       /* per hour */
#define AUTOFILL_WEIGHT_LARGEST_SHARE 10.0   /* per percentage point */
#define AUTOFILL_WEIGHT_SPREAD 1.0           /* per hour² of hours²/capacity */
#define AUTOFILL_PATROL_SECONDS (15 * 60)
/* Beyond a county's size (openings × officers), each opening is offered only its cheapest
 * candidates, the fairest first, not every officer on duty in the force: the instance then
 * grows with the openings, not with openings × officers. An opening that is then left short
 * is planned again with every candidate (hubrota-autofill.c), so none is left short for want
 * of being offered someone. A county (2,000 officers, a month) is below the threshold: every
 * candidate offered. */
typedef struct
{
  double above;        /* openings × officers beyond which openings are capped */
  guint base;          /* an opening is offered base + per_need × need candidates */
  guint per_need;
} AfCap;

/* 2,000 officers and a month's 186 openings are 372,000 pairs. At 8,000 officers (5.8 million
 * pairs) capping left the same openings filled, raised the objective 0.5% (all of it in the
 * spread) and took a quarter of the time (docs/benchmarks.md). */
#define AUTOFILL_CAP_DEFAULT ((AfCap) { 2000000, 160, 32 })

typedef enum
{
  AF_ROW_OPENING,      /* no more officers than the opening still needs */
  AF_ROW_OVERLAP,      /* one officer, openings that overlap */
  AF_ROW_BEAT,         /* a stretch of a beat's cover */
} AfRowKind;

typedef struct
{
  int occurrence;      /* the rota's index */
  int need;            /* officers still needed to reach the minimum */
  double hours;
  int first_var;       /* its variables are first_var … first_var + n_vars - 1 */
  int n_vars;
  gboolean capped;     /* it had more candidates than it was offered (AfCap) */
} AfOpening;

typedef struct
{
  int opening;         /* AfOpening index */
  int officer;         /* the rota's index */
  double away_hours;   /* hours at a hub outside their beat */
  double overtime_hours;
  double cost;         /* weighted abstraction and overtime */
} AfVar;

typedef struct
{
  AfRowKind kind;
  int cap;             /* at most this many of its variables */
  int subject;         /* the opening, officer or beat it is about */
} AfRow;

typedef struct
{
  int beat;
  int hotspot_window;  /* index into windows */
} AfRun;

typedef struct
{
  int beat;
  gint64 start;
  gint64 end;
} AfWindow;

typedef struct
{
  double existing_hours;  /* at hubs over the fairness window, before the plan */
  double capacity_hours;  /* contracted hours over the fairness window */
  gboolean eligible;      /* a candidate for some opening: their share counts */
} AfOfficer;

typedef struct
{
  HubrotaRota *rota;
  HubrotaAutofillOptions options;
  GArray *openings;       /* AfOpening */
  GArray *vars;           /* AfVar, by opening, then by cost */
  GArray *officers;       /* AfOfficer, by the rota's officer index */
  GArray *rows;           /* AfRow */
  GArray *runs;           /* AfRun */
  GArray *windows;        /* AfWindow */
  /* Both ways between rows and variables, and runs and the variables that cut them, as
   * compressed lists: row r holds row_vars[row_start[r] … row_start[r + 1] - 1]. */
  GArray *row_start, *row_vars, *var_row_start, *var_rows;
  GArray *run_start, *run_vars, *var_run_start, *var_runs;
  GArray *window_run_start, *window_runs;
} AfInstance;

typedef struct
{
  guint unfilled;
  double abstraction_hours;
  double overtime_hours;
  double largest_share;   /* percent */
  double spread;          /* the rise in Σ hours² / capacity */
  double objective;
} AfScore;

/* uncapped: the rota's indices (GINT_TO_POINTER (index + 1)) of openings to offer every
 * candidate, or NULL. */
AfInstance *_hubrota_autofill_instance_new  (HubrotaRota                  *rota,
                                             const HubrotaAutofillOptions *options,
                                             GHashTable                   *existing_hours,
                                             const AfCap                  *cap,
                                             GHashTable                   *uncapped);
/* hubrota_autofill_plan () with another cap, for the tests. */
HubrotaPlan *_hubrota_autofill_plan_capped  (HubrotaStore                 *store,
                                             const HubrotaAutofillOptions *options,
                                             const AfCap                  *cap,
                                             GError                      **error);
/* The openings the choice leaves short that had candidates capped, as uncapped above wants
 * them; NULL when there are none. */
GHashTable *_hubrota_autofill_short_and_capped (AfInstance                *instance,
                                                const gboolean            *chosen);
void        _hubrota_autofill_instance_free (AfInstance                   *instance);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AfInstance, _hubrota_autofill_instance_free)

/* Why an officer is no candidate for an opening at all. */
typedef enum
{
  AF_CANDIDATE,
  AF_LEFT,
  AF_ON_LEAVE,
  AF_BUSY,          /* on an opening that overlaps it already */
  AF_OFF_DUTY,      /* with no_overtime */
} AfExclusion;

AfExclusion _hubrota_autofill_exclusion     (AfInstance                   *instance,
                                             int                           opening,
                                             int                           officer);

/* The planner: chosen[v] TRUE for the variables of its plan. */
gboolean   *_hubrota_autofill_solve         (AfInstance                   *instance);
/* Whether the choice keeps every constraint; the score of one that does. */
gboolean    _hubrota_autofill_feasible      (AfInstance                   *instance,
                                             const gboolean               *chosen);
AfScore     _hubrota_autofill_score         (AfInstance                   *instance,
                                             const gboolean               *chosen);
/* Error findings the real checker finds in the rota with the choice made that it did not
 * before: 0 for every plan, the planner's or a solver's. */
guint       _hubrota_autofill_count_new_errors (AfInstance              *instance,
                                                const gboolean          *chosen);

/* hubrota-autofill-words.c: why a chosen variable was chosen, and why an opening with none
 * could not be staffed, in sentences for people; added_hours are the hub hours the whole plan
 * gives the variable's officer. */
char       *_hubrota_autofill_describe      (AfInstance                   *instance,
                                             int                           var,
                                             double                        added_hours);
char       *_hubrota_autofill_explain       (AfInstance                   *instance,
                                             const gboolean               *chosen,
                                             int                           opening);

/* hubrota-plan.c: a plan owns its instance and choice. */
HubrotaPlan *_hubrota_plan_new              (AfInstance                   *instance,
                                             gboolean                     *chosen);
AfInstance  *_hubrota_plan_get_instance     (HubrotaPlan                  *plan);
const gboolean *_hubrota_plan_get_chosen    (HubrotaPlan                  *plan);

/* hubrota-autofill-lp.c: the instance as a mixed-integer programme in CPLEX LP format, with
 * variables x<v> (AfVar v), u<o> (opening o left short), m (largest share), q<i> (officer
 * i's squared hours) and z<r> (run r kept). */
gboolean    _hubrota_autofill_write_lp      (AfInstance                   *instance,
                                             const char                   *path,
                                             GError                      **error);

G_END_DECLS
