#pragma once
// Lives on SendController's worker thread: composes the message (vmime, base64
// of the attachments) and drives a SubmissionJob there, so neither the encoding
// nor the network ever runs on the GUI thread. Talks to the controller only
// through queued signals and slots.
#include "engine/SendResult.h"

#include "account/AccountSettings.h"
#include "mime/MessageDraft.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QTemporaryDir;

namespace carteiro {

class SentFiler;
class StepGate;
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
    // Step mode: the next submission's channel is held by `gate` (StepGate.h).
    void setNextStepGate(carteiro::StepGate *gate) { m_nextGate = gate; }
    // Files an already sent message in Sent again (after a failed filing): the
    // result comes through filingFinished(), never finished().
    void retryFiling(const QByteArray &message, const carteiro::AccountSettings &account, const QString &password,
                     const QString &unfiledFile);

    // Where messages that could not be filed are kept until a retry files them.
    static QString unfiledFolder();

Q_SIGNALS:
    void stateChanged(const QString &state);
    void progress(qint64 bytesSent, qint64 bytesTotal);
    void finished(const carteiro::SendResult &result);
    void filingFinished(const carteiro::SendResult &result);

private:
    void onJobFinished();
    void finishWith(SendResult result);
    // After 250: APPEND to Sent over IMAP (SentFiler), then report `result`.
    void startFiling(SendResult result, const QByteArray &message, bool retry, const QString &unfiledFile);
    void onFilingFinished();
    static QString keepUnfiled(const QByteArray &message, QString *error);

    TraceHub *m_hub;
    SubmissionJob *m_job = nullptr;
    SentFiler *m_filer = nullptr;
    SendResult m_pending;          // the submission's result while filing runs
    QByteArray m_filingMessage;
    QString m_filingUnfiledFile;   // the durable copy a retry works from
    bool m_filingRetry = false;
    AccountSettings m_account;
    QString m_password;            // only for the IMAP login right after the submission
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_messageFile;
    QString m_server; // "smtp://host:port", for the session summary
    bool m_testOnly = false;
    bool m_cancelRequested = false;
    qint64 m_messageBytes = 0;
    QPointer<StepGate> m_nextGate;
};

} // namespace carteiro

Q_DECLARE_METATYPE(carteiro::MessageDraft)
Q_DECLARE_METATYPE(carteiro::AccountSettings)
