// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The plain rows the engine hands to views: folders, message summaries and
// drafts (StoredFolder, StoredMessage, DraftEntry). They are defined beside the
// store that keeps them; ui/ reaches them through this header, never the store.
#include "store/StoreRecords.h"
