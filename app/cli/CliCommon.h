// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "account/ServerUrl.h"

#include <QString>
#include <QStringList>

namespace carteiro::cli {

enum Exit { Ok = 0, Usage = 1, Network = 2, Refused = 3, PossiblySent = 4, Store = 5 };

void out(const QString &line);
// The same, left in stdio's buffer: for long listings (a line a write costs
// more than the search behind it); the program flushes at its end.
void outBuffered(const QString &line);
void err(const QString &line);
// The password: CARTEIRO_PASSWORD, or the first line of --password-file; never argv.
bool readSecret(const QString &file, const char *envVar, QString *secret, QString *error);
// Prints "error: MESSAGE" on stderr and returns `code`.
int fail(int code, const QString &message);
// The channel for a server URL with the common options (--ca-file, --pin-sha256,
// --timeout in seconds); nullopt and *error when the timeout is not positive.
std::optional<ChannelOptions> channelOptions(const ServerUrl &url, const QString &caFile,
                                             const QString &pin, const QString &timeoutSeconds,
                                             QString *error);
int runSend(const QStringList &args);
int runFetch(const QStringList &args);

} // namespace carteiro::cli
