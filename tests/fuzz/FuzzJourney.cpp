// SPDX-License-Identifier: GPL-3.0-or-later
// The message journey's fuzz entry point (FuzzTargets.h): a header full of
// Received fields and claims (core/mime/MessageTrace.h) read into a journey
// (core/engine/MessageJourney.h), with or without Carteiro's own legs. Work
// and output stay bounded whatever the header holds.
#include "FuzzInput.h"
#include "FuzzTargets.h"

#include "engine/MessageJourney.h"
#include "mime/MessageTrace.h"

namespace carteiro::fuzz {

int journeyHeader(const uint8_t *data, size_t size)
{
    // Byte 0: which legs Carteiro knows of; bytes 1-8: the queue id it got;
    // the rest is the message.
    InputReader in(bytes(data, size));
    const quint8 mode = in.byte();
    const QByteArray queueId = in.take(8);
    const QByteArray raw = in.rest();

    QList<SubmissionRecord> submissions;
    if (mode & 1) {
        SubmissionRecord r;
        r.queueId = QString::fromLatin1(queueId).trimmed();
        r.server = QStringLiteral("smtp://127.0.0.1:587");
        r.sent = QDateTime::fromSecsSinceEpoch(qint64(mode) * 1000003, Qt::UTC);
        submissions.append(r);
    }
    std::optional<FetchRecord> fetch;
    if (mode & 2) {
        fetch = FetchRecord{};
        fetch->protocol = (mode & 4) ? QStringLiteral("POP3") : QStringLiteral("IMAP");
        if (mode & 8)
            fetch->fetched = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    }

    const MessageTrace trace = MessageTrace::read(raw);
    check(trace.received.size() <= MessageTrace::kMaxHops);
    check(trace.receivedTotal >= trace.received.size());
    check(trace.claims.size() <= MessageTrace::kMaxClaims);
    for (const ReceivedField &f : trace.received) {
        check(f.raw.size() <= ReceivedField::kMaxFieldBytes);
        check(f.understood || !f.problem.isEmpty()); // an unknown form is always said
        check(!f.date.isValid() || f.date.timeSpec() == Qt::UTC);
        // Parsing the same value again gives the same reading.
        const ReceivedField again = ReceivedField::parse(f.raw, f.cut);
        check(again.by == f.by && again.from == f.from && again.id == f.id && again.date == f.date);
    }

    const MessageJourney j = MessageJourney::build(raw, submissions, fetch);
    check(j.steps.size() <= MessageTrace::kMaxHops + 2);
    int matched = 0;
    for (const JourneyStep &s : j.steps) {
        check(!s.hasDelay || s.time.isValid());
        check(s.clockSkew == (s.hasDelay && s.delayMs < 0));
        check(!formatDelay(s.hasDelay ? qAbs(s.delayMs) : 0).isEmpty());
        matched += s.matchedSubmission ? 1 : 0;
    }
    check(matched <= 1);
    check(!fetch || j.steps.last().kind == JourneyStep::Kind::Retrieval);
    // A Received value on its own, as `carteiro-cli journey` and the view read it.
    const ReceivedField single = ReceivedField::parse(raw);
    check(single.raw.size() <= ReceivedField::kMaxFieldBytes);
    explainWith(single.with);
    return 0;
}

} // namespace carteiro::fuzz
