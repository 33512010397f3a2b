// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One message found by a search, with where it was found: in the local index,
// or by the server's SEARCH among messages whose body is not cached.
#include "store/StoreRecords.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace carteiro {

struct SearchHit
{
    enum class Where { Local, Server };
    StoredMessage message;
    QString accountId;
    QString folder; // the folder's name
    Where where = Where::Local;
};

// What one search request reports, possibly in two steps: the local hits at
// once, then the server's (finished).
struct SearchReport
{
    quint64 token = 0;
    QList<SearchHit> hits;
    QStringList notes; // what was not searched, and why (plain sentences)
    bool finished = false;
};

} // namespace carteiro

Q_DECLARE_METATYPE(carteiro::SearchHit)
Q_DECLARE_METATYPE(carteiro::SearchReport)
