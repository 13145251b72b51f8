/* hubrota-opening-card.c: one opening in the week view
 *
 * A card shows what a coordinator scans for: the hours, the hub, who is on it (each removable
 * in one click) and a badge saying whether anything is left to do.
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

  HubrotaOccurrence   *occurrence;
  HubrotaOpeningState  state;

  GtkLabel            *time_label;
  GtkLabel            *status_label;
  GtkLabel            *hub_label;
  GtkLabel            *change_label;
  GtkBox              *chips;
  GtkLabel            *staffing_label;
};

G_DEFINE_FINAL_TYPE (HubrotaOpeningCard, hubrota_opening_card, GTK_TYPE_WIDGET)

HubrotaOpeningState
hubrota_opening_state_of (HubrotaOccurrence *occurrence,
                          guint              n_errors)
{
  if (hubrota_occurrence_get_status (occurrence) == HUBROTA_OCCURRENCE_CANCELLED)
    return HUBROTA_OPENING_CANCELLED;
  if (n_errors > 0)
    return HUBROTA_OPENING_HAS_ERRORS;
  if ((int) hubrota_occurrence_get_assigned (occurrence)->len <
      hubrota_occurrence_get_min_officers (occurrence))
    return HUBROTA_OPENING_UNDERSTAFFED;
  return HUBROTA_OPENING_STAFFED;
}

const char *
hubrota_opening_state_describe (HubrotaOpeningState state)
{
  switch (state)
    {
    case HUBROTA_OPENING_STAFFED:
      return _("Staffed");
    case HUBROTA_OPENING_UNDERSTAFFED:
      return _("Understaffed");
    case HUBROTA_OPENING_HAS_ERRORS:
      return _("Has errors");
    case HUBROTA_OPENING_CANCELLED:
      return _("Cancelled");
    default:
      g_return_val_if_reached ("");
    }
}

static const char *
state_css_class (HubrotaOpeningState state)
{
  static const char *classes[] = { "success", "warning", "error", "dim-label" };

  return classes[state];
}

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
  gtk_widget_set_tooltip_text (button, remove);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.unassign");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          hubrota_opening_target (occurrence, officer_id));
  return button;
}

static GtkWidget *
make_chip (HubrotaOccurrence *occurrence,
           const char        *officer_id,
           HubrotaOfficer    *officer)
{
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
  return chip;
}

static void
show_officers (HubrotaOpeningCard *self,
               HubrotaRota        *rota)
{
  GPtrArray *assigned = hubrota_occurrence_get_assigned (self->occurrence);
  int needed = hubrota_occurrence_get_min_officers (self->occurrence);
  g_autofree char *staffing = NULL;

  for (guint i = 0; i < assigned->len; i++)
    {
      const char *id = g_ptr_array_index (assigned, i);
      gtk_box_append (self->chips, make_chip (self->occurrence, id, hubrota_rota_get_officer (rota, id)));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->chips), assigned->len > 0);

  if (self->state == HUBROTA_OPENING_CANCELLED)
    staffing = g_strdup ("");
  else
    /* Translators: staffing of an opening, e.g. "1 of 2 officers" */
    staffing = g_strdup_printf (ngettext ("%u of %d officer", "%u of %d officers",
                                             needed),
                                assigned->len, needed);
  gtk_label_set_label (self->staffing_label, staffing);
  gtk_widget_set_visible (GTK_WIDGET (self->staffing_label), staffing[0] != '\0');
}

static void
show (HubrotaOpeningCard *self,
      HubrotaRota        *rota)
{
  const char *hub = hubrota_occurrence_get_hub (self->occurrence);
  const char *hub_name = hubrota_rota_get_hub_name (rota, hub);
  g_autofree char *hours = hubrota_format_time_range (hubrota_occurrence_get_start (self->occurrence),
                                                      hubrota_occurrence_get_end (self->occurrence));
  g_autofree char *change = hubrota_format_change (self->occurrence);
  g_autofree char *accessible = NULL;

  gtk_label_set_label (self->time_label, hours);
  gtk_label_set_label (self->hub_label, hub_name != NULL ? hub_name : hub);
  gtk_label_set_label (self->status_label, hubrota_opening_state_describe (self->state));
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), state_css_class (self->state));
  gtk_label_set_label (self->change_label, change != NULL ? change : "");
  gtk_widget_set_visible (GTK_WIDGET (self->change_label), change != NULL);
  hubrota_widget_set_css_class (GTK_WIDGET (self), "cancelled",
                                self->state == HUBROTA_OPENING_CANCELLED);
  show_officers (self, rota);

  /* Translators: a card read aloud, e.g. "Kempston Library, 10:00–13:00, Understaffed" */
  accessible = g_strdup_printf (_("%s, %s, %s"), gtk_label_get_label (self->hub_label), hours,
                                hubrota_opening_state_describe (self->state));
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
  g_clear_object (&self->occurrence);

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
hubrota_opening_card_new (HubrotaOccurrence *occurrence,
                          HubrotaRota       *rota,
                          guint              n_errors)
{
  HubrotaOpeningCard *self;

  g_return_val_if_fail (HUBROTA_IS_OCCURRENCE (occurrence), NULL);
  g_return_val_if_fail (HUBROTA_IS_ROTA (rota), NULL);

  self = g_object_new (HUBROTA_TYPE_OPENING_CARD, NULL);
  self->occurrence = g_object_ref (occurrence);
  self->state = hubrota_opening_state_of (occurrence, n_errors);
  show (self, rota);
  return GTK_WIDGET (self);
}

HubrotaOccurrence *
hubrota_opening_card_get_occurrence (HubrotaOpeningCard *self)
{
  g_return_val_if_fail (HUBROTA_IS_OPENING_CARD (self), NULL);
  return self->occurrence;
}

HubrotaOpeningState
hubrota_opening_card_get_state (HubrotaOpeningCard *self)
{
  g_return_val_if_fail (HUBROTA_IS_OPENING_CARD (self), HUBROTA_OPENING_STAFFED);
  return self->state;
}
