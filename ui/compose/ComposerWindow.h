// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writing a message: From (an identity of an account), To/Cc/Bcc with inline
// address checks and completion (ContactsEngine), the identity's signature,
// Subject, a plain-text body with optional formatting (sent as
// multipart/alternative), attachments by button, drag and drop or paste, and a
// live estimate of the encoded size. Send queues the message in the durable
// outbox (OutboxEngine::enqueue, with the undo delay); Send later queues it for
// a chosen time. The window closes only once the outbox has the message on
// disk (queued); if it could not be stored, it stays with the reason named.
#include "account/AccountSettings.h"
#include "compose/SendLaterDialog.h"
#include "mime/Signature.h"
#include "mime/MessageDraft.h"

#include <QDateTime>
#include <QPointer>
#include <QStringList>
#include <QWidget>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QMediaDevices;
class QTemporaryDir;
class QTimer;

namespace carteiro {

class AddressCompleter;
class AddressField;
class AttachmentList;
class ComposerSignature;
class ComposerTextEdit;
class ContactsEngine;
class OutboxEngine;
class PasswordResolver;
class SendController;
class VoiceNoteDialog;

class ComposerWindow : public QWidget
{
    Q_OBJECT
public:
    // `controller` only tells the server's known SIZE limit; sending goes through `outbox`.
    ComposerWindow(OutboxEngine *outbox, SendController *controller, PasswordResolver *passwords,
                   const QList<AccountSettings> &accounts, const QString &accountId, QWidget *parent = nullptr);
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
    // The From identity chosen (AccountSettings::identities()) and its index.
    Identity identity() const;
    int identityIndex() const;
    // Chooses the identity `index` of account `accountId`; false if there is none.
    bool setIdentity(const QString &accountId, int index);
    // Places the identity's signature in the text as it is now (a new message
    // does it by itself; a reply or forward once setDraft() filled the text).
    void placeSignature();
    ComposerSignature *signature() const { return m_signature.get(); }
    // Completion in To, Cc and Bcc from the contacts' engine (not owned).
    void setContacts(ContactsEngine *contacts);
    AddressCompleter *completer(AddressField *field) const;
    // The accounts were edited: the From list and the settings used to send are
    // refreshed; the chosen account stays chosen (or the first, if it is gone).
    void setAccounts(const QList<AccountSettings> &accounts);
    // Autosave (tests/README.md, case 22): a few seconds after the last edit, draftEdited()
    // asks the owner to store draft(); the store's id then comes back here.
    qint64 draftId() const { return m_draftId; }
    void setDraftId(qint64 id) { m_draftId = id; }
    void setAutosaveDelay(int ms);
    // Something worth keeping: a recipient, a subject, body text or an attachment.
    bool hasContent() const;

    bool attachFile(const QString &path, QString *error = nullptr);
    bool attachImage(const QImage &image, QString *error = nullptr);
    // *Record a voice note* (ComposerVoiceNote.cpp): the recorder's window, not
    // modal; its Attach adds the note as an in-memory audio part. Null (and the
    // button disabled, with the reason as its tooltip) without a microphone.
    VoiceNoteDialog *openVoiceNoteDialog();
    VoiceNoteDialog *voiceNoteDialog() const;
    QPushButton *voiceNoteButton() const { return m_voiceButton; }
    // Checks the fields, asks for the password if needed (the outbox is given it
    // with the account), then queues the message: at once plus the undo delay
    // (send), or at `when` (sendLater; a time in the past is refused). Returns
    // false (and shows why) when the message cannot be queued as it is.
    bool send();
    bool sendLater(const QDateTime &when);
    // The Send later dialog (not modal); it queues at the chosen time on OK.
    SendLaterDialog *openSendLaterDialog();
    bool isSending() const { return m_sending; } // queueing: waiting for the outbox's answer

    // For tests and accessibility.
    AddressField *toField() const { return m_to; }
    AddressField *ccField() const { return m_cc; }
    AddressField *bccField() const { return m_bcc; }
    QLineEdit *subjectEdit() const { return m_subject; }
    ComposerTextEdit *bodyEdit() const { return m_body; }
    QCheckBox *formattingCheck() const { return m_formatting; }
    QAction *sendAction() const { return m_sendAction; }
    AttachmentList *attachments() const { return m_attachments; }
    QLabel *sizeLabel() const { return m_sizeLabel; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *sendButton() const { return m_sendButton; }
    QPushButton *sendLaterButton() const { return m_laterButton; }
    SendLaterDialog *sendLaterDialog() const { return m_laterDialog; }
    qint64 estimatedSize() const { return m_estimate; }

Q_SIGNALS:
    // The outbox holds the message durably (id); the window closes right after.
    void queued(qint64 outboxId, const QDateTime &sendAt, const QString &subject);
    void queueFailed(const QString &error);
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
    bool queue(const QDateTime &sendAt);
    void attachPaths(const QStringList &paths);
    void updateVoiceNoteButton();
    void setVoiceNoteBusy(bool busy);
    // Closing with a voice note recorded and not attached: it is attached, and
    // the draft saved, rather than lost.
    void keepPendingVoiceNote();
    QString voiceNoteProblem() const; // empty unless a note waits in its window
    void fillFrom(const QString &accountId, int identityIndex);
    Signature::Placement placement() const;

    OutboxEngine *m_outbox;
    SendController *m_controller;
    PasswordResolver *m_passwords;
    QList<AccountSettings> m_accounts;
    QComboBox *m_from;
    AddressField *m_to, *m_cc, *m_bcc;
    QLineEdit *m_subject;
    QCheckBox *m_formatting;
    QAction *m_sendAction = nullptr; // Ctrl+Enter
    QWidget *m_formatBar;
    ComposerTextEdit *m_body;
    AttachmentList *m_attachments;
    QLabel *m_sizeLabel, *m_problem, *m_status;
    QPushButton *m_sendButton, *m_laterButton, *m_attachButton, *m_removeButton;
    QPointer<SendLaterDialog> m_laterDialog;
    QPushButton *m_voiceButton = nullptr;
    QPointer<VoiceNoteDialog> m_voiceDialog;
    QMediaDevices *m_devices = nullptr; // tells when a microphone comes or goes
    quint64 m_token = 0; // the enqueue() this window waits for (0: none)
    std::unique_ptr<QTemporaryDir> m_pasteDir;
    int m_pasted = 0;
    qint64 m_estimate = 0;
    bool m_sending = false;
    qint64 m_draftId = 0;
    QTimer *m_autosave = nullptr;
    QString m_inReplyTo;     // RFC 5322 §3.6.4, from setDraft()
    QStringList m_references;
    bool m_flowed = false;   // a reply to a flowed original goes flowed (RFC 3676)
    std::unique_ptr<ComposerSignature> m_signature;
    QList<AddressCompleter *> m_completers; // To, Cc, Bcc
};

} // namespace carteiro
