// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImapJobWait.h"

#include <QTest>

namespace carteiro::test {

ImapCompletion waitForImapJob(ImapConnection &connection, quint64 job, int timeoutMs)
{
    ImapCompletion result;
    bool done = false;
    const auto link = QObject::connect(&connection, &ImapConnection::jobFinished,
                                       [&](quint64 id, const ImapCompletion &r) {
                                           if (id == job) {
                                               result = r;
                                               done = true;
                                           }
                                       });
    (void)QTest::qWaitFor([&] { return done || connection.session().isFinished(); }, timeoutMs);
    QObject::disconnect(link);
    return result;
}

} // namespace carteiro::test
