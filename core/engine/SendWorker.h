// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Lives on SendController's worker thread: drives the SubmissionJob of a
// connection test there, so the network never runs on the GUI thread. Talks to
// the controller only through queued signals and slots. (Messages are sent by
// the outbox, core/engine/OutboxEngine.h.)
#include "engine/SendResult.h"

#include "account/AccountSettings.h"
#include "mime/MessageDraft.h"

#include <QObject>

namespace carteiro {

class SubmissionJob;
class TraceHub;

class SendWorker : public QObject
{
    Q_OBJECT
public:
    explicit SendWorker(TraceHub *hub);
    ~SendWorker() override;

public Q_SLOTS:
    // EHLO, STARTTLS, AUTH (when `authenticate`), NOOP, QUIT: no message is sent.
    void testConnection(const carteiro::AccountSettings &account, const QString &password, bool authenticate);
    void cancel();

Q_SIGNALS:
    void stateChanged(const QString &state);
    void finished(const carteiro::SendResult &result);

private:
    void onJobFinished();

    TraceHub *m_hub;
    SubmissionJob *m_job = nullptr;
    QString m_server; // "smtp://host:port", for the session summary
};

} // namespace carteiro

Q_DECLARE_METATYPE(carteiro::MessageDraft)
Q_DECLARE_METATYPE(carteiro::AccountSettings)
