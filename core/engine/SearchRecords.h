// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What views need of a search: the query (parsed from the search field) and
// the hits the engine reports (core/search/README.md). ui/ reaches them
// through this header, never core/search itself.
#include "search/SearchHit.h"
#include "search/SearchQuery.h"
