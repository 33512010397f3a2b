#pragma once
// Lives on SendController's worker thread: composes the message (vmime, base64
// of the attachments) and drives a SubmissionJob there, so neither the encoding
// nor the network ever runs on the GUI thread. Talks to the controller only
// through queued signals and slots.
#include "send/SendResult.h"

#include "account/AccountSettings.h"
#include "mime/MessageDraft.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QTemporaryDir;

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
    // draft == nullopt-like: testOnly = true sends no message (EHLO, STARTTLS, AUTH, NOOP, QUIT).
    void start(const carteiro::MessageDraft &draft, const carteiro::AccountSettings &account,
               const QString &password, bool authenticate, bool testOnly);
    void cancel();

Q_SIGNALS:
    void stateChanged(const QString &state);
    void progress(qint64 bytesSent, qint64 bytesTotal);
    void finished(const carteiro::SendResult &result);

private:
    void onJobFinished();
    void finishWith(SendResult result);

    TraceHub *m_hub;
    SubmissionJob *m_job = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_messageFile;
    QString m_server; // "smtp://host:port", for the session summary
    bool m_testOnly = false;
    bool m_cancelRequested = false;
    qint64 m_messageBytes = 0;
};

} // namespace carteiro

Q_DECLARE_METATYPE(carteiro::MessageDraft)
Q_DECLARE_METATYPE(carteiro::AccountSettings)
