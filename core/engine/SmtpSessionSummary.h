// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Session tab's data for one SMTP session (trace/SessionSummaryInfo.h),
// built from the finished SmtpSession on the thread that ran it.
#include "trace/SessionSummaryInfo.h"

namespace carteiro {

class SmtpSession;

SessionSummaryInfo summarizeSmtpSession(const SmtpSession &session, const TlsDetails &tls, const QString &server = {});

// Is an offered capability line ("AUTH PLAIN LOGIN", "SIZE 41943040") one of
// the used extensions ("AUTH PLAIN", "SIZE")? Compared by keyword.
bool isCapabilityUsed(const QString &offered, const QStringList &used);

} // namespace carteiro
