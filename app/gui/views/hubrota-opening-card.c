/* hubrota-opening-card.c: one opening in the week view
 *
 * A card shows what a coordinator scans for: the hours, the hub, who is on it (each removable
 * in one click, each marked when they are part of a problem there), and the opening's status
 * (hubrota_format_status ()): a badge with the worst problem and a line with all of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaOpeningCard"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-format.h"
#include "hubrota-opening-card.h"

struct _HubrotaOpeningCard
{
  GtkWidget            parent_instance;

  HubrotaOpeningStatus *status;

  GtkLabel             *time_label;
  GtkLabel             *status_label;
  GtkLabel             *hub_label;
  GtkLabel             *problems_label;
  GtkLabel             *change_label;
  GtkBox               *chips;
  GtkLabel             *staffing_label;
};

G_DEFINE_FINAL_TYPE (HubrotaOpeningCard, hubrota_opening_card, GTK_TYPE_WIDGET)

GVariant *
hubrota_opening_target (HubrotaOccurrence *occurrence,
                        const char        *officer)
{
  char date[16];

  g_date_strftime (date, sizeof date, "%Y-%m-%d", hubrota_occurrence_get_original_date (occurrence));
  return g_variant_new ("(sxs)", officer, hubrota_occurrence_get_series (occurrence), date);
}

/* A button that takes the officer (named as people read it) off the opening. */
GtkWidget *
hubrota_opening_remove_button_new (HubrotaOccurrence *occurrence,
                                   const char        *officer_id,
                                   const char        *officer_name,
                                   const char        *icon_name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);
  g_autofree char *remove = NULL;

  /* Translators: %s is an officer, e.g. "Sam Patel (PC1234)" */
  remove = g_strdup_printf (_("Take %s Off This Opening"), officer_name);
  hubrota_widget_set_tooltip (button, remove);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.unassign");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          hubrota_opening_target (occurrence, officer_id));
  return button;
}

/* An icon before an officer who is part of a problem on the opening, naming it. */
static void
mark_chip (GtkWidget            *chip,
           HubrotaOpeningStatus *status,
           const char           *officer_id)
{
  HubrotaStatusLevel level = hubrota_opening_status_get_officer_level (status, officer_id);
  g_autofree char *problems = hubrota_format_officer_problems (status, officer_id);
  GtkWidget *icon;

  if (problems == NULL)
    return;
  icon = gtk_image_new_from_icon_name (level == HUBROTA_STATUS_ERROR ? "dialog-error-symbolic"
                                                                     : "dialog-warning-symbolic");
  gtk_widget_add_css_class (icon, hubrota_format_status_class (level));
  gtk_box_prepend (GTK_BOX (chip), icon);
  hubrota_widget_set_tooltip (chip, problems);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, problems,
                                  -1);
  gtk_widget_add_css_class (chip, "has-problem");
}

static GtkWidget *
make_chip (HubrotaOpeningStatus *status,
           const char           *officer_id,
           HubrotaOfficer       *officer)
{
  HubrotaOccurrence *occurrence = hubrota_opening_status_get_occurrence (status);
  GtkWidget *chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  g_autofree char *name = officer != NULL ? hubrota_format_officer (officer) : g_strdup (officer_id);
  GtkWidget *label = gtk_label_new (name);
  GtkWidget *button;

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (chip), label);

  button = hubrota_opening_remove_button_new (occurrence, officer_id, name, "window-close-symbolic");
  gtk_widget_add_css_class (button, "circular");
  gtk_box_append (GTK_BOX (chip), button);

  gtk_widget_add_css_class (chip, "chip");
  mark_chip (chip, status, officer_id);
  return chip;
}

static void
show_officers (HubrotaOpeningCard *self,
               HubrotaRota        *rota)
{
  HubrotaOccurrence *occurrence = hubrota_opening_status_get_occurrence (self->status);
  GPtrArray *assigned = hubrota_occurrence_get_assigned (occurrence);
  gboolean cancelled = hubrota_opening_status_get_level (self->status) == HUBROTA_STATUS_CANCELLED;
  g_autofree char *staffing = cancelled ? NULL : hubrota_format_staffing (self->status);

  for (guint i = 0; i < assigned->len; i++)
    {
      const char *id = g_ptr_array_index (assigned, i);
      HubrotaOfficer *officer = hubrota_rota_get_officer (rota, id);
      gtk_box_append (self->chips, make_chip (self->status, id, officer));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->chips), assigned->len > 0);
  gtk_label_set_label (self->staffing_label, staffing != NULL ? staffing : "");
  gtk_widget_set_visible (GTK_WIDGET (self->staffing_label), staffing != NULL);
}

/* The badge already says "Cancelled": the card adds only why. */
static char *
describe_change (HubrotaOccurrence *occurrence)
{
  const char *reason = hubrota_occurrence_get_reason (occurrence);

  if (hubrota_occurrence_get_status (occurrence) != HUBROTA_OCCURRENCE_CANCELLED)
    return hubrota_format_change (occurrence);
  return reason != NULL && *reason != '\0' ? g_strdup (reason) : NULL;
}

/* Every problem, under the hub's name, when there is more than the badge's one. */
static void
show_problems (HubrotaOpeningCard *self)
{
  g_autofree char *problems = hubrota_format_status_problems (self->status);
  HubrotaStatusLevel level;
  guint n_rules;

  hubrota_opening_status_get_rules (self->status, &n_rules);
  gtk_label_set_label (self->problems_label, problems != NULL ? problems : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problems_label), n_rules > 1);
  level = hubrota_opening_status_get_level (self->status);
  gtk_widget_add_css_class (GTK_WIDGET (self->problems_label), hubrota_format_status_class (level));
}

static void
show (HubrotaOpeningCard *self,
      HubrotaRota        *rota)
{
  HubrotaOccurrence *occurrence = hubrota_opening_status_get_occurrence (self->status);
  HubrotaStatusLevel level = hubrota_opening_status_get_level (self->status);
  const char *hub = hubrota_occurrence_get_hub (occurrence);
  const char *hub_name = hubrota_rota_get_hub_name (rota, hub);
  g_autofree char *hours = hubrota_format_time_range (hubrota_occurrence_get_start (occurrence),
                                                      hubrota_occurrence_get_end (occurrence));
  g_autofree char *change = describe_change (occurrence);
  g_autofree char *status = hubrota_format_status (self->status);
  g_autofree char *problems = hubrota_format_status_problems (self->status);
  g_autofree char *accessible = NULL;

  gtk_label_set_label (self->time_label, hours);
  gtk_label_set_label (self->hub_label, hub_name != NULL ? hub_name : hub);
  gtk_label_set_label (self->status_label, status);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), hubrota_format_status_class (level));
  show_problems (self);
  gtk_label_set_label (self->change_label, change != NULL ? change : "");
  gtk_widget_set_visible (GTK_WIDGET (self->change_label), change != NULL);
  hubrota_widget_set_css_class (GTK_WIDGET (self), "cancelled", level == HUBROTA_STATUS_CANCELLED);
  show_officers (self, rota);

  /* Translators: a card read aloud, e.g. "Kempston Library, 10:00–13:00, Understaffed 0 of 1" */
  accessible = g_strdup_printf (_("%s, %s, %s"), gtk_label_get_label (self->hub_label), hours,
                                problems != NULL ? problems : status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
hubrota_opening_card_dispose (GObject *object)
{
  HubrotaOpeningCard *self = HUBROTA_OPENING_CARD (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), HUBROTA_TYPE_OPENING_CARD);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->status);

  G_OBJECT_CLASS (hubrota_opening_card_parent_class)->dispose (object);
}

static void
hubrota_opening_card_class_init (HubrotaOpeningCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hubrota_opening_card_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hubrota/Hubrota/hubrota-opening-card.ui");
  gtk_widget_class_bind_template_child (widget_class, HubrotaOpeningCard, time_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOpeningCard, status_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOpeningCard, hub_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOpeningCard, problems_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOpeningCard, change_label);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOpeningCard, chips);
  gtk_widget_class_bind_template_child (widget_class, HubrotaOpeningCard, staffing_label);
  gtk_widget_class_set_css_name (widget_class, "openingcard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
hubrota_opening_card_init (HubrotaOpeningCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hubrota_opening_card_new (HubrotaOpeningStatus *status,
                          HubrotaRota          *rota)
{
  HubrotaOpeningCard *self;

  g_return_val_if_fail (HUBROTA_IS_OPENING_STATUS (status), NULL);
  g_return_val_if_fail (HUBROTA_IS_ROTA (rota), NULL);

  self = g_object_new (HUBROTA_TYPE_OPENING_CARD, NULL);
  self->status = g_object_ref (status);
  show (self, rota);
  return GTK_WIDGET (self);
}

HubrotaOccurrence *
hubrota_opening_card_get_occurrence (HubrotaOpeningCard *self)
{
  g_return_val_if_fail (HUBROTA_IS_OPENING_CARD (self), NULL);
  return hubrota_opening_status_get_occurrence (self->status);
}

HubrotaOpeningStatus *
hubrota_opening_card_get_status (HubrotaOpeningCard *self)
{
  g_return_val_if_fail (HUBROTA_IS_OPENING_CARD (self), NULL);
  return self->status;
}
