/* hubrota-core.h: everything a program using the core includes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hubrota-absence.h"
#include "hubrota-autofill.h"
#include "hubrota-beat.h"
#include "hubrota-candidate.h"
#include "hubrota-duty.h"
#include "hubrota-error.h"
#include "hubrota-export.h"
#include "hubrota-fairness.h"
#include "hubrota-finding.h"
#include "hubrota-history.h"
#include "hubrota-hotspot.h"
#include "hubrota-hub.h"
#include "hubrota-ical.h"
#include "hubrota-london.h"
#include "hubrota-occurrence.h"
#include "hubrota-officer.h"
#include "hubrota-opening-status.h"
#include "hubrota-pattern.h"
#include "hubrota-plan.h"
#include "hubrota-proposal.h"
#include "hubrota-rota.h"
#include "hubrota-series.h"
#include "hubrota-share-group.h"
#include "hubrota-share.h"
#include "hubrota-shortfall.h"
#include "hubrota-store.h"
#include "hubrota-text.h"
#include "hubrota-workspace.h"
