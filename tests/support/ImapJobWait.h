// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Waits for one job of a raw ImapConnection (the tests' second session on a
// lab mailbox) and hands back its completion; an empty one when the session
// ended first or 30 s passed (a hang guard, not a timing check).
#include "imap/ImapConnection.h"

namespace carteiro::test {

ImapCompletion waitForImapJob(ImapConnection &connection, quint64 job, int timeoutMs = 30000);

} // namespace carteiro::test
