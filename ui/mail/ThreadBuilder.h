// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Conversation threads for the message list: a "JWZ-lite" after Jamie
// Zawinski's threading algorithm (the one RFC 5256 §2.2 REFERENCES describes),
// reduced to what a flat list with indentation needs:
//   parent = the last id of References (RFC 5322 §3.6.4) that is a message of
//            this folder, else In-Reply-To when that message is here;
//   a missing middle message is skipped (the child hangs under the nearest
//            ancestor that is present); cycles are broken; duplicate
//            Message-IDs keep their first holder.
// Threads are ordered by their newest message; replies under a message by date.
// No Widgets here: the builder works on plain records and is unit-testable.
#include "engine/MailRecords.h"

#include <QByteArrayView>

#include <vector>

namespace carteiro {

struct ThreadLayout
{
    std::vector<int> order;  // record indexes in display order (every record once)
    std::vector<int> parent; // per record: the parent record's index, -1 for a thread root
    std::vector<int> depth;  // per record: 0 for a root, 1 for a reply to it...
};

class ThreadBuilder
{
public:
    // The msg-ids of a References / In-Reply-To field, angle brackets kept:
    // "<a@x> <b@y>" -> {"<a@x>", "<b@y>"}. Text outside <...> (comments,
    // phrases of old In-Reply-To fields) is skipped.
    static QList<QByteArray> parseMessageIds(QByteArrayView field);

    // The parent chosen for one message, among the ids present in the folder.
    // Returns an empty array when the message starts a thread.
    template<typename IsPresent>
    static QByteArray parentId(const StoredMessage &m, IsPresent isPresent)
    {
        const QList<QByteArray> refs = parseMessageIds(m.references);
        for (auto it = refs.crbegin(); it != refs.crend(); ++it) {
            if (*it != m.messageId && isPresent(*it))
                return *it;
        }
        const QList<QByteArray> reply = parseMessageIds(m.inReplyTo);
        if (!reply.isEmpty() && reply.first() != m.messageId && isPresent(reply.first()))
            return reply.first();
        return {};
    }

    // dateKeys[i] orders records[i] in time (larger is newer).
    // newestThreadFirst: the thread with the newest message comes first.
    static ThreadLayout build(const std::vector<StoredMessage> &records,
                              const std::vector<qint64> &dateKeys, bool newestThreadFirst);
};

} // namespace carteiro
