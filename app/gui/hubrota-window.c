/* hubrota-window.c: the main window: hubs on the left, the chosen hub's openings on the right
 *
 * The window shows one store. Without one it shows the welcome page; the application decides
 * which database to open and hands the store (or the reason it could not) to the window.
 *
 * A plain two-pane layout rather than AdwLeaflet (deprecated in libadwaita 1.4) or
 * AdwNavigationSplitView (new in 1.4): Hubrota is a desk tool, and this builds unchanged on
 * libadwaita 1.2 and on newer releases.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "HubrotaWindow"

#include "config.h"

#include <glib/gi18n.h>

#include "hubrota-hub-row.h"
#include "hubrota-opening-row.h"
#include "hubrota-window-private.h"

struct _HubrotaWindow
{
  AdwApplicationWindow  parent_instance;

  HubrotaStore         *store;
  GSettings            *settings;    /* NULL when the schema is not installed */
  GHashTable           *beat_names;  /* beat slug → beat name */
  GDate                 today;       /* invalid unless pinned by a test */

  /* Template widgets */
  GtkStack             *main_stack;
  AdwStatusPage        *error_page;
  GtkWidget            *sidebar;
  AdwWindowTitle       *sidebar_title;
  GListStore           *hubs;
  GtkSingleSelection   *hub_selection;
  AdwWindowTitle       *content_title;
  GtkStack             *content_stack;
  GtkScrolledWindow    *openings_scroller;
  GListStore           *openings;
};

G_DEFINE_FINAL_TYPE (HubrotaWindow, hubrota_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
get_today (HubrotaWindow *self,
           GDate         *today)
{
  g_autoptr(GDateTime) now = NULL;

  if (g_date_valid (&self->today))
    {
      *today = self->today;
      return;
    }

  now = g_date_time_new_now (hubrota_london_tz ());
  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

static const char *
lookup_beat_name (HubrotaWindow *self,
                  HubrotaHub    *hub)
{
  const char *slug = hubrota_hub_get_beat (hub);
  const char *name;

  if (slug == NULL)
    return NULL;

  name = g_hash_table_lookup (self->beat_names, slug);
  return name != NULL ? name : slug;
}

static void
show_hub_title (HubrotaWindow *self,
                HubrotaHub    *hub)
{
  const char *beat = hub != NULL ? lookup_beat_name (self, hub) : NULL;

  adw_window_title_set_title (self->content_title, hub != NULL ? hubrota_hub_get_name (hub) : "");
  adw_window_title_set_subtitle (self->content_title, beat != NULL ? beat : "");
}

static void
show_database_name (HubrotaWindow *self)
{
  g_autofree char *basename = NULL;

  if (self->store != NULL)
    basename = g_path_get_basename (hubrota_store_get_path (self->store));
  adw_window_title_set_subtitle (self->sidebar_title, basename != NULL ? basename : "");
}

static void
replace_all (GListStore *store,
             GPtrArray  *items)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (store));

  /* One splice, so the list emits a single exact items-changed. */
  g_list_store_splice (store, 0, n_items,
                       items != NULL ? items->pdata : NULL,
                       items != NULL ? items->len : 0);
}

static void
load_openings (HubrotaWindow *self)
{
  HubrotaHub *hub = gtk_single_selection_get_selected_item (self->hub_selection);
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autoptr(GError) error = NULL;
  GDate from, to;

  show_hub_title (self, hub);

  if (hub == NULL || self->store == NULL)
    {
      replace_all (self->openings, NULL);
      gtk_stack_set_visible_child_name (self->content_stack, "no-hubs");
      return;
    }

  get_today (self, &from);
  to = from;
  g_date_add_days (&to, HUBROTA_WINDOW_WEEKS_AHEAD * 7 - 1);

  occurrences = hubrota_store_list_occurrences (self->store, &from, &to,
                                                hubrota_hub_get_slug (hub), &error);
  if (occurrences == NULL)
    {
      hubrota_window_show_error (self, error);
      return;
    }

  replace_all (self->openings, occurrences);
  /* Another hub's list starts at its next opening, not where the last one was scrolled to. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->openings_scroller), 0);
  gtk_stack_set_visible_child_name (self->content_stack,
                                    occurrences->len > 0 ? "openings" : "no-openings");
}

static gboolean
load_beat_names (HubrotaWindow  *self,
                 GError        **error)
{
  g_autoptr(GPtrArray) beats = hubrota_store_list_beats (self->store, error);

  if (beats == NULL)
    return FALSE;

  g_hash_table_remove_all (self->beat_names);
  for (guint i = 0; i < beats->len; i++)
    {
      HubrotaBeat *beat = g_ptr_array_index (beats, i);

      g_hash_table_insert (self->beat_names,
                           g_strdup (hubrota_beat_get_slug (beat)),
                           g_strdup (hubrota_beat_get_name (beat)));
    }
  return TRUE;
}

static guint
find_hub (GListModel *hubs,
          const char *slug)
{
  guint n_items = g_list_model_get_n_items (hubs);

  for (guint i = 0; slug != NULL && i < n_items; i++)
    {
      g_autoptr(HubrotaHub) hub = g_list_model_get_item (hubs, i);

      if (g_strcmp0 (hubrota_hub_get_slug (hub), slug) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
load_hubs (HubrotaWindow *self)
{
  g_autoptr(GPtrArray) hubs = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *last_hub = NULL;
  guint position;

  /* Read before the splice: the selection moving onto the first hub rewrites last-hub. */
  if (self->settings != NULL)
    last_hub = g_settings_get_string (self->settings, "last-hub");

  if (!load_beat_names (self, &error) ||
      (hubs = hubrota_store_list_hubs (self->store, &error)) == NULL)
    {
      hubrota_window_show_error (self, error);
      return;
    }

  replace_all (self->hubs, hubs);
  position = find_hub (G_LIST_MODEL (self->hubs), last_hub);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->hub_selection, position);

  gtk_stack_set_visible_child_name (self->main_stack, "hubs");
  load_openings (self);
}

static void
on_hub_selection_notify_selected_item (GtkSingleSelection *selection,
                                       GParamSpec         *pspec,
                                       HubrotaWindow      *self)
{
  HubrotaHub *hub = gtk_single_selection_get_selected_item (selection);

  if (hub != NULL && self->settings != NULL)
    g_settings_set_string (self->settings, "last-hub", hubrota_hub_get_slug (hub));

  load_openings (self);
}

static void
on_hub_factory_setup (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      HubrotaWindow            *self)
{
  gtk_list_item_set_child (item, hubrota_hub_row_new ());
}

static void
on_hub_factory_bind (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     HubrotaWindow            *self)
{
  HubrotaHub *hub = gtk_list_item_get_item (item);

  hubrota_hub_row_set_hub (HUBROTA_HUB_ROW (gtk_list_item_get_child (item)), hub,
                           lookup_beat_name (self, hub));
}

static void
on_opening_factory_setup (GtkSignalListItemFactory *factory,
                          GtkListItem              *item,
                          HubrotaWindow            *self)
{
  gtk_list_item_set_child (item, hubrota_opening_row_new ());
  /* Activating an opening does nothing yet. */
  gtk_list_item_set_activatable (item, FALSE);
}

static void
on_opening_factory_bind (GtkSignalListItemFactory *factory,
                         GtkListItem              *item,
                         HubrotaWindow            *self)
{
  hubrota_opening_row_set_occurrence (HUBROTA_OPENING_ROW (gtk_list_item_get_child (item)),
                                      gtk_list_item_get_item (item));
}

static void
restore_window_state (HubrotaWindow *self)
{
  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (HubrotaWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  /* The default size is the unmaximized size, which is what the next start should use. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static gboolean
hubrota_window_close_request (GtkWindow *window)
{
  save_window_state (HUBROTA_WINDOW (window));

  return GTK_WINDOW_CLASS (hubrota_window_parent_class)->close_request (window);
}

static void
hubrota_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HubrotaWindow *self = HUBROTA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hubrota_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  HubrotaWindow *self = HUBROTA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      hubrota_window_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hubrota_window_dispose (GObject *object)
{
  HubrotaWindow *self = HUBROTA_WINDOW (object);

  /* The selection may still announce changes while the widgets go away. */
  if (self->hub_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->hub_selection, self);
  self->hub_selection = NULL;
  self->hubs = NULL;
  self->openings = NULL;

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hubrota_window_parent_class)->dispose (object);
}

static void
hubrota_window_finalize (GObject *object)
{
  HubrotaWindow *self = HUBROTA_WINDOW (object);

  g_clear_pointer (&self->beat_names, g_hash_table_unref);

  G_OBJECT_CLASS (hubrota_window_parent_class)->finalize (object);
}

static void
hubrota_window_class_init (HubrotaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->get_property = hubrota_window_get_property;
  object_class->set_property = hubrota_window_set_property;
  object_class->dispose = hubrota_window_dispose;
  object_class->finalize = hubrota_window_finalize;

  window_class->close_request = hubrota_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HUBROTA_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The template names these item types; make sure GtkBuilder can find them. */
  g_type_ensure (HUBROTA_TYPE_HUB);
  g_type_ensure (HUBROTA_TYPE_OCCURRENCE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hubrota/Hubrota/hubrota-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, hubs);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, hub_selection);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, openings_scroller);
  gtk_widget_class_bind_template_child (widget_class, HubrotaWindow, openings);
  gtk_widget_class_bind_template_callback (widget_class, on_hub_selection_notify_selected_item);
  gtk_widget_class_bind_template_callback (widget_class, on_hub_factory_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_hub_factory_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_opening_factory_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_opening_factory_bind);
}

static void
hubrota_window_init (HubrotaWindow *self)
{
  self->beat_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_date_clear (&self->today, 1);

  gtk_widget_init_template (GTK_WIDGET (self));

#if ADW_CHECK_VERSION (1, 4, 0)
  /* Newer libadwaita gives sidebars their own shade; 1.2 has no such style class. */
  gtk_widget_add_css_class (self->sidebar, "sidebar-pane");
#endif

  gtk_stack_set_visible_child_name (self->main_stack, "welcome");
}

/**
 * hubrota_window_new:
 * @application: the application
 * @store: (nullable): the database to show, or %NULL for the welcome page
 */
HubrotaWindow *
hubrota_window_new (HubrotaApplication *application,
                    HubrotaStore       *store)
{
  HubrotaWindow *self;

  g_return_val_if_fail (HUBROTA_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (store == NULL || HUBROTA_IS_STORE (store), NULL);

  self = g_object_new (HUBROTA_TYPE_WINDOW, "application", application, NULL);
  /* Settings first: showing the store restores the last hub. */
  g_set_object (&self->settings, hubrota_application_get_settings (application));
  restore_window_state (self);
  hubrota_window_set_store (self, store);

  return self;
}

HubrotaStore *
hubrota_window_get_store (HubrotaWindow *self)
{
  g_return_val_if_fail (HUBROTA_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * hubrota_window_set_store:
 * @store: (nullable): the database to show, or %NULL for the welcome page
 */
void
hubrota_window_set_store (HubrotaWindow *self,
                          HubrotaStore  *store)
{
  g_return_if_fail (HUBROTA_IS_WINDOW (self));
  g_return_if_fail (store == NULL || HUBROTA_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  show_database_name (self);
  if (store != NULL)
    {
      load_hubs (self);
    }
  else
    {
      replace_all (self->hubs, NULL);
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* Shows why the database could not be opened or read, in the store's own words. */
void
hubrota_window_show_error (HubrotaWindow *self,
                           const GError  *error)
{
  g_autofree char *markup = NULL;

  g_return_if_fail (HUBROTA_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  markup = g_markup_escape_text (error->message, -1);
  adw_status_page_set_description (self->error_page, markup);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

const char *
_hubrota_window_get_page (HubrotaWindow *self)
{
  return gtk_stack_get_visible_child_name (self->main_stack);
}

const char *
_hubrota_window_get_content_page (HubrotaWindow *self)
{
  return gtk_stack_get_visible_child_name (self->content_stack);
}

const char *
_hubrota_window_get_error_message (HubrotaWindow *self)
{
  return adw_status_page_get_description (self->error_page);
}

GListModel *
_hubrota_window_get_hubs (HubrotaWindow *self)
{
  return G_LIST_MODEL (self->hubs);
}

GtkSingleSelection *
_hubrota_window_get_hub_selection (HubrotaWindow *self)
{
  return self->hub_selection;
}

GListModel *
_hubrota_window_get_openings (HubrotaWindow *self)
{
  return G_LIST_MODEL (self->openings);
}

void
_hubrota_window_set_today (HubrotaWindow *self,
                           const GDate   *today)
{
  self->today = *today;
  if (self->store != NULL)
    load_openings (self);
}
