// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// alice's account on the mail lab, for engine tests: a raw IMAP session over
// implicit TLS (the tests' second look at her mailbox) and the account's settings.
#include "LabEnv.h"
#include "account/AccountSettings.h"
#include "imap/ImapConnection.h"

#include <memory>

namespace carteiro {
class TraceHub;
}

namespace carteiro::test {

// Logged in and ready, or nullptr when the lab refused or did not answer in 30 s.
std::unique_ptr<ImapConnection> connectLabImap(TraceHub &hub, const LabEnv &lab);
// alice on the lab: IMAP over implicit TLS, submission over implicit TLS, the lab's CA.
AccountSettings labAliceAccount(const LabEnv &lab, const QString &id);

} // namespace carteiro::test
