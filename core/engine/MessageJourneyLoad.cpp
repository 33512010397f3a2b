// SPDX-License-Identifier: GPL-3.0-or-later
// MessageJourney::load: the journey with Carteiro's legs from the store
// (store/JourneyStore.h). Apart from MessageJourney.cpp, which needs no store.
#include "engine/MessageJourney.h"

#include "store/JourneyStore.h"

namespace carteiro {

MessageJourney MessageJourney::load(const QString &storePath, qint64 messageId, const QByteArray &raw, QString *error)
{
    const MessageTrace header = MessageTrace::read(raw);
    JourneyStore store(storePath);
    if (!store.open()) {
        if (error)
            *error = store.error();
        return build(raw);
    }
    const QList<SubmissionRecord> submissions =
        header.messageId.isEmpty() ? QList<SubmissionRecord>() : store.submissions(header.messageId);
    std::optional<FetchRecord> fetch;
    if (messageId > 0) {
        fetch = store.fetchRecord(messageId);
    } else if (!header.messageId.isEmpty()) {
        // A file from elsewhere: the first copy Carteiro fetched, if any.
        for (const FetchRecord &r : store.fetchRecords(header.messageId))
            if (!fetch || (r.fetched.isValid() && (!fetch->fetched.isValid() || r.fetched < fetch->fetched)))
                fetch = r;
    }
    if (error && !store.error().isEmpty())
        *error = store.error(); // a query failed: said, and the header's hops shown all the same
    // A copy filed in Sent by Carteiro was not fetched from anyone: no retrieval leg.
    if (fetch && !submissions.isEmpty() && header.receivedTotal == 0)
        fetch.reset();
    return build(raw, submissions, fetch);
}

} // namespace carteiro
