#pragma once
// Writing a message: From (an account), To/Cc/Bcc with inline address checks,
// Subject, a plain-text body with optional formatting (sent as
// multipart/alternative), attachments by button, drag and drop or paste, and a
// live estimate of the encoded size. Sending runs on SendController's thread;
// the window stays open, with the draft intact, until the server said 250.
#include "account/AccountSettings.h"
#include "mime/MessageDraft.h"
#include "engine/SendResult.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QTemporaryDir;
class QTimer;

namespace carteiro {

class AddressField;
class AttachmentList;
class ComposerTextEdit;
class PasswordResolver;
class SendController;

class ComposerWindow : public QWidget
{
    Q_OBJECT
public:
    ComposerWindow(SendController *controller, PasswordResolver *passwords, const QList<AccountSettings> &accounts,
                   const QString &accountId, QWidget *parent = nullptr);
    ~ComposerWindow() override;

    // The draft as the fields hold it now (the From account's address included,
    // and the threading fields a reply was opened with).
    MessageDraft draft() const;
    // Opens pre-filled (a reply or forward from ReplyBuilder): From (the account
    // whose address matches, else the current one), To, Cc, Bcc, Subject, body,
    // attachments (files and in-memory parts); In-Reply-To and References are kept
    // for sending. For a reply the cursor sits at the top of the body, above the quote.
    // Returns false (and shows why) if an attachment could not be added.
    bool setDraft(const MessageDraft &draft);
    AccountSettings account() const;
    // Autosave (tests/README.md, case 22): a few seconds after the last edit, draftEdited()
    // asks the owner to store draft(); the store's id then comes back here.
    qint64 draftId() const { return m_draftId; }
    void setDraftId(qint64 id) { m_draftId = id; }
    void setAutosaveDelay(int ms);
    // Something worth keeping: a recipient, a subject, body text or an attachment.
    bool hasContent() const;

    bool attachFile(const QString &path, QString *error = nullptr);
    bool attachImage(const QImage &image, QString *error = nullptr);
    // Checks the fields, then asks for the password if needed and sends.
    // Returns false (and shows why) when the message cannot be sent as it is.
    bool send();
    void cancelSend();
    bool isSending() const { return m_sending; }

    // For tests and accessibility.
    AddressField *toField() const { return m_to; }
    AddressField *ccField() const { return m_cc; }
    AddressField *bccField() const { return m_bcc; }
    QLineEdit *subjectEdit() const { return m_subject; }
    ComposerTextEdit *bodyEdit() const { return m_body; }
    QCheckBox *formattingCheck() const { return m_formatting; }
    AttachmentList *attachments() const { return m_attachments; }
    QLabel *sizeLabel() const { return m_sizeLabel; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *sendButton() const { return m_sendButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QProgressBar *progressBar() const { return m_progress; }
    QMessageBox *errorDialog() const; // the last failure dialog, while it is open
    qint64 estimatedSize() const { return m_estimate; }

    // Sent but not filed in Sent: a warning with the server's words, where the copy
    // is kept, and a Retry button (SendController::retryFiling). It outlives the composer.
    static QMessageBox *showFilingWarning(SendController *controller, PasswordResolver *passwords,
                                          const AccountSettings &account, const SendResult &result);

Q_SIGNALS:
    void sent(const carteiro::SendResult &result);
    void sendFailed(const carteiro::SendResult &result);
    void draftEdited();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildFormatBar();
    void updateEstimate();
    QString problem() const; // empty when the message can be sent
    void showProblem(const QString &text);
    void setBusy(bool busy);
    void onFinished(const SendResult &result);
    void attachPaths(const QStringList &paths);

    SendController *m_controller;
    PasswordResolver *m_passwords;
    QList<AccountSettings> m_accounts;
    QComboBox *m_from;
    AddressField *m_to, *m_cc, *m_bcc;
    QLineEdit *m_subject;
    QCheckBox *m_formatting;
    QWidget *m_formatBar;
    ComposerTextEdit *m_body;
    AttachmentList *m_attachments;
    QLabel *m_sizeLabel, *m_problem, *m_status;
    QPushButton *m_sendButton, *m_cancelButton, *m_attachButton, *m_removeButton;
    QProgressBar *m_progress;
    QPointer<QMessageBox> m_errorDialog;
    std::unique_ptr<QTemporaryDir> m_pasteDir;
    int m_pasted = 0;
    qint64 m_estimate = 0;
    bool m_sending = false;
    qint64 m_draftId = 0;
    QTimer *m_autosave = nullptr;
    QString m_inReplyTo;     // RFC 5322 §3.6.4, from setDraft()
    QStringList m_references;
};

} // namespace carteiro
