// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComposerWindow.h"
#include "util/DataSize.h"

#include "account/PasswordResolver.h"
#include "compose/AddressCompleter.h"
#include "compose/AddressField.h"
#include "compose/AttachmentList.h"
#include "compose/ComposerSignature.h"
#include "compose/ComposerTextEdit.h"
#include "compose/SendLaterDialog.h"
#include "compose/SizeEstimate.h"
#include "engine/OutboxEngine.h"
#include "engine/SendController.h"
#include "mime/AddressList.h"
#include "mime/DraftCodec.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QToolButton>
#include <QTimer>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace carteiro {

namespace {
bool hasControl(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    return false;
}
} // namespace

ComposerWindow::ComposerWindow(OutboxEngine *outbox, SendController *controller, PasswordResolver *passwords,
                               const QList<AccountSettings> &accounts, const QString &accountId, QWidget *parent)
    : QWidget(parent, Qt::Window), m_outbox(outbox), m_controller(controller), m_passwords(passwords),
      m_accounts(accounts)
{
    setWindowTitle(tr("New message"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);
    resize(760, 640);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_from = new QComboBox(this);
    m_from->setAccessibleName(tr("From"));
    fillFrom(accountId, 0);
    m_to = new AddressField(this);
    m_cc = new AddressField(this);
    m_bcc = new AddressField(this);
    m_subject = new QLineEdit(this);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Cc:"), m_cc);
    form->addRow(tr("&Bcc:"), m_bcc);
    form->addRow(tr("&Subject:"), m_subject);
    // The label is the address field's, not its line edit's: a screen reader is told which line it is.
    m_to->lineEdit()->setAccessibleName(tr("To"));
    m_cc->lineEdit()->setAccessibleName(tr("Cc"));
    m_bcc->lineEdit()->setAccessibleName(tr("Bcc"));
    m_subject->setAccessibleName(tr("Subject"));
    layout->addLayout(form);

    m_formatting = new QCheckBox(tr("&Formatting (sends HTML with a plain-text copy)"), this);
    layout->addWidget(m_formatting);
    m_formatBar = buildFormatBar();
    m_formatBar->hide();
    layout->addWidget(m_formatBar);
    m_body = new ComposerTextEdit(this);
    m_body->setAcceptRichText(false);
    m_body->setAccessibleName(tr("Message text"));
    layout->addWidget(m_body, 3);
    m_signature = std::make_unique<ComposerSignature>(m_body);

    auto *attachRow = new QHBoxLayout;
    m_attachButton = new QPushButton(tr("&Attach..."), this);
    m_removeButton = new QPushButton(tr("&Remove"), this);
    auto *hint = new QLabel(tr("or drop files here, or paste an image"), this);
    hint->setEnabled(false);
    m_voiceButton = new QPushButton(tr("Record a &voice note..."), this);
    attachRow->addWidget(m_attachButton);
    attachRow->addWidget(m_voiceButton);
    attachRow->addWidget(m_removeButton);
    attachRow->addWidget(hint, 1);
    layout->addLayout(attachRow);
    m_attachments = new AttachmentList(this);
    layout->addWidget(m_attachments, 1);

    m_sizeLabel = new QLabel(this);
    m_sizeLabel->setWordWrap(true);
    layout->addWidget(m_sizeLabel);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_sendButton = new QPushButton(tr("&Send"), this);
    m_sendButton->setDefault(true);
    m_sendButton->setToolTip(tr("Queue the message in the Outbox; it goes after the undo delay "
                                "(Settings > Sending). Shortcut: %1")
                                 .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_laterButton = new QPushButton(tr("Send &later..."), this);
    m_laterButton->setToolTip(tr("Choose a date and time: the message waits in the Outbox until then"));
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_laterButton);
    bottom->addWidget(m_sendButton);
    layout->addLayout(bottom);

    connect(m_formatting, &QCheckBox::toggled, this, [this](bool on) {
        m_body->setAcceptRichText(on);
        m_formatBar->setVisible(on);
        if (!on) // back to plain: drop the formatting the HTML part would have carried
            m_body->setPlainText(m_body->toPlainText());
        else if (!identity().signatureHtml.trimmed().isEmpty()) // the identity's HTML signature now
            m_signature->switchTo(identity(), placement(), true);
        updateEstimate();
    });
    connect(m_body, &QTextEdit::textChanged, this, &ComposerWindow::updateEstimate);
    connect(m_body, &ComposerTextEdit::imagePasted, this, [this](const QImage &image) {
        QString error;
        if (!attachImage(image, &error))
            showProblem(error);
    });
    connect(m_body, &ComposerTextEdit::filesDropped, this, &ComposerWindow::attachPaths);
    connect(m_subject, &QLineEdit::textChanged, this, &ComposerWindow::updateEstimate);
    for (AddressField *f : {m_to, m_cc, m_bcc})
        connect(f->lineEdit(), &QLineEdit::textChanged, this, &ComposerWindow::updateEstimate);
    connect(m_from, &QComboBox::currentIndexChanged, this, [this] {
        m_signature->switchTo(identity(), placement(), m_formatting->isChecked());
        updateEstimate();
    });
    connect(m_attachments, &AttachmentList::changed, this, &ComposerWindow::updateEstimate);
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(3000);
    connect(m_autosave, &QTimer::timeout, this, [this] {
        if (!m_sending && hasContent())
            Q_EMIT draftEdited();
    });
    connect(m_attachButton, &QPushButton::clicked, this, [this] {
        attachPaths(QFileDialog::getOpenFileNames(this, tr("Attach files")));
    });
    connect(m_voiceButton, &QPushButton::clicked, this, &ComposerWindow::openVoiceNoteDialog);
    updateVoiceNoteButton();
    connect(m_removeButton, &QPushButton::clicked, m_attachments, &AttachmentList::removeSelected);
    connect(m_sendButton, &QPushButton::clicked, this, &ComposerWindow::send);
    // Ctrl+Enter sends from anywhere in the window, the body included.
    m_sendAction = new QAction(tr("Send"), this);
    m_sendAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_sendAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_sendAction, &QAction::triggered, this, &ComposerWindow::send);
    addAction(m_sendAction);
    connect(m_laterButton, &QPushButton::clicked, this, &ComposerWindow::openSendLaterDialog);
    // Nothing lost: the window closes only once the outbox has the message on disk.
    connect(m_outbox, &OutboxEngine::queued, this, [this](quint64 token, qint64 id, const QDateTime &sendAt) {
        if (!m_sending || token != m_token)
            return;
        m_token = 0;
        m_autosave->stop(); // the outbox keeps the message now: no draft may be saved again
        setBusy(false);
        m_status->setText(tr("Queued."));
        Q_EMIT queued(id, sendAt, m_subject->text());
        close();
    });
    connect(m_outbox, &OutboxEngine::queueFailed, this, [this](quint64 token, const QString &error) {
        if (!m_sending || token != m_token)
            return;
        m_token = 0;
        setBusy(false);
        m_status->setText(tr("Not queued; the message is still here."));
        showProblem(tr("The message could not be put in the Outbox: %1").arg(error));
        Q_EMIT queueFailed(error);
    });
    placeSignature(); // a new message opens with the identity's signature below the empty lines
    updateEstimate();
}

ComposerWindow::~ComposerWindow() = default;

void ComposerWindow::fillFrom(const QString &accountId, int identityIndex)
{
    const QSignalBlocker block(m_from);
    m_from->clear();
    int chosen = 0;
    for (const AccountSettings &a : std::as_const(m_accounts)) {
        const QList<Identity> ids = a.identities();
        for (int i = 0; i < ids.size(); ++i) {
            if (a.id == accountId && i == identityIndex)
                chosen = m_from->count();
            m_from->addItem(QStringLiteral("%1 (%2)").arg(ids.at(i).fromText(), a.name), a.id);
            m_from->setItemData(m_from->count() - 1, i, Qt::UserRole + 1);
        }
    }
    if (chosen == 0 && m_from->findData(accountId) > 0)
        chosen = m_from->findData(accountId); // that identity is gone: the account's own
    m_from->setCurrentIndex(chosen);
}

Identity ComposerWindow::identity() const
{
    return account().identities().value(identityIndex(), account().identities().value(0));
}

int ComposerWindow::identityIndex() const
{
    return m_from->currentData(Qt::UserRole + 1).toInt();
}

bool ComposerWindow::setIdentity(const QString &accountId, int index)
{
    for (int i = 0; i < m_from->count(); ++i)
        if (m_from->itemData(i).toString() == accountId && m_from->itemData(i, Qt::UserRole + 1).toInt() == index) {
            m_from->setCurrentIndex(i);
            return true;
        }
    return false;
}

Signature::Placement ComposerWindow::placement() const
{
    return account().signatureAboveQuote ? Signature::Placement::AboveQuote : Signature::Placement::BelowQuote;
}

void ComposerWindow::placeSignature()
{
    const QSignalBlocker block(m_body); // not an edit of the user's: no autosave for it
    m_signature->place(identity(), placement(), m_formatting->isChecked());
}

void ComposerWindow::setContacts(ContactsEngine *contacts)
{
    if (!m_completers.isEmpty())
        return;
    for (AddressField *f : {m_to, m_cc, m_bcc})
        m_completers << new AddressCompleter(f->lineEdit(), contacts);
}

AddressCompleter *ComposerWindow::completer(AddressField *field) const
{
    const QList<AddressField *> fields{m_to, m_cc, m_bcc};
    const qsizetype at = fields.indexOf(field);
    return at >= 0 && at < m_completers.size() ? m_completers.at(at) : nullptr;
}

QWidget *ComposerWindow::buildFormatBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto add = [&](const QString &text, const QString &tip, auto apply) {
        auto *b = new QToolButton(bar);
        b->setText(text);
        b->setToolTip(tip);
        row->addWidget(b);
        connect(b, &QToolButton::clicked, this, apply);
        return b;
    };
    add(tr("B"), tr("Bold"), [this] {
        m_body->setFontWeight(m_body->fontWeight() > QFont::Normal ? QFont::Normal : QFont::Bold);
    });
    add(tr("I"), tr("Italic"), [this] { m_body->setFontItalic(!m_body->fontItalic()); });
    add(tr("U"), tr("Underline"), [this] { m_body->setFontUnderline(!m_body->fontUnderline()); });
    row->addStretch(1);
    return bar;
}

AccountSettings ComposerWindow::account() const
{
    const QString id = m_from->currentData().toString();
    for (const AccountSettings &a : m_accounts)
        if (a.id == id)
            return a;
    return {};
}

void ComposerWindow::setAccounts(const QList<AccountSettings> &accounts)
{
    const QString chosen = m_from->currentData().toString();
    const int index = identityIndex();
    m_accounts = accounts;
    fillFrom(chosen, index);
}

MessageDraft ComposerWindow::draft() const
{
    MessageDraft d;
    QString ignored;
    const Identity me = identity();
    if (const auto from = MailAddress::parse(me.fromText(), &ignored))
        d.from = *from;
    QStringList problems; // checked with the account (AccountSettings::validate)
    d.replyTo = AddressList::parse(me.replyTo, &problems);
    d.flowed = m_flowed;
    d.to = m_to->addresses();
    d.cc = m_cc->addresses();
    d.bcc = m_bcc->addresses();
    d.subject = m_subject->text();
    d.textBody = m_body->toPlainText();
    if (m_formatting->isChecked())
        d.htmlBody = m_body->toHtml();
    d.attachments = m_attachments->specs();
    d.inReplyTo = m_inReplyTo;
    d.references = m_references;
    return d;
}

bool ComposerWindow::setDraft(const MessageDraft &d)
{
    // The identity whose address is the draft's From: the current account's first.
    int match = -1;
    for (int i = 0; i < m_from->count(); ++i) {
        const QString id = m_from->itemData(i).toString();
        const int index = m_from->itemData(i, Qt::UserRole + 1).toInt();
        for (const AccountSettings &a : std::as_const(m_accounts))
            if (a.id == id && a.identities().value(index).address.trimmed().compare(d.from.address, Qt::CaseInsensitive) == 0
                && (match < 0 || (id == account().id && m_from->itemData(match).toString() != id)))
                match = i;
    }
    if (match >= 0) {
        const QSignalBlocker block(m_from); // the text below is replaced wholesale
        m_from->setCurrentIndex(match);
    }
    m_flowed = d.flowed;
    const auto join = [](const QList<MailAddress> &list) {
        QStringList parts;
        for (const MailAddress &a : list)
            parts << a.toDisplayString();
        return parts.join(QStringLiteral(", "));
    };
    m_to->setText(join(d.to));
    m_cc->setText(join(d.cc));
    m_bcc->setText(join(d.bcc));
    m_subject->setText(d.subject);
    m_body->setPlainText(d.textBody);
    m_signature->adopt(identity());
    m_inReplyTo = d.inReplyTo;
    m_references = d.references;
    if (!d.subject.isEmpty())
        setWindowTitle(d.subject);
    bool ok = true;
    QStringList problems;
    for (const AttachmentSpec &spec : d.attachments) {
        QString why;
        if (!(spec.inMemory ? m_attachments->addSpec(spec, &why) : m_attachments->addFile(spec.filePath, &why))) {
            problems << why;
            ok = false;
        }
    }
    // The answer is written above the quote: the cursor starts at the top.
    m_body->moveCursor(QTextCursor::Start);
    if (d.to.isEmpty() && d.cc.isEmpty())
        m_to->lineEdit()->setFocus(); // a forward: the recipient comes first
    else
        m_body->setFocus();
    updateEstimate();
    showProblem(problems.join(QLatin1Char('\n')));
    return ok;
}

bool ComposerWindow::attachFile(const QString &path, QString *error)
{
    QString why;
    const bool ok = m_attachments->addFile(path, &why);
    if (!ok) {
        if (error)
            *error = why;
        showProblem(why);
    }
    return ok;
}

bool ComposerWindow::attachImage(const QImage &image, QString *error)
{
    // A pasted image has no file: keep a PNG beside the draft while the window is open.
    if (!m_pasteDir)
        m_pasteDir = std::make_unique<QTemporaryDir>();
    const QString path = m_pasteDir->filePath(QStringLiteral("pasted-image-%1.png").arg(++m_pasted));
    if (!m_pasteDir->isValid() || !image.save(path, "PNG")) {
        const QString why = tr("Cannot keep the pasted image: %1").arg(m_pasteDir->errorString());
        if (error)
            *error = why;
        return false;
    }
    return attachFile(path, error);
}

void ComposerWindow::attachPaths(const QStringList &paths)
{
    for (const QString &p : paths)
        attachFile(p);
}

void ComposerWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage())
        event->acceptProposedAction();
}

void ComposerWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *data = event->mimeData();
    QStringList files;
    for (const QUrl &url : data->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    if (!files.isEmpty())
        attachPaths(files);
    else if (data->hasImage())
        attachImage(qvariant_cast<QImage>(data->imageData()));
    event->acceptProposedAction();
}

void ComposerWindow::setAutosaveDelay(int ms)
{
    m_autosave->setInterval(ms);
}

bool ComposerWindow::hasContent() const
{
    return !m_to->text().trimmed().isEmpty() || !m_cc->text().trimmed().isEmpty() ||
           !m_bcc->text().trimmed().isEmpty() || !m_subject->text().trimmed().isEmpty() ||
           (!m_body->toPlainText().trimmed().isEmpty() && !m_signature->isOnlySignature()) ||
           !draft().attachments.isEmpty();
}

void ComposerWindow::updateEstimate()
{
    if (m_autosave) // every edit passes here: save a moment after the last one
        m_autosave->start();
    const SizeEstimate e = SizeEstimate::of(draft());
    m_estimate = e.total;
    QString text = tr("Estimated size: %1").arg(formatDataSize(e.total));
    if (e.attachmentBytes > 0)
        text += QLatin1Char(' ') + tr("(attachments: %1 as files, %2 in base64)")
                                       .arg(formatDataSize(e.attachmentBytes),
                                            formatDataSize(e.attachmentEncoded));
    const qint64 limit = m_controller->knownSizeLimit(account().id);
    if (limit > 0)
        text += QLatin1Char(' ') + tr("Server limit: %1.").arg(formatDataSize(limit));
    m_sizeLabel->setText(text);
    if (!m_sending && m_problem->isVisibleTo(this))
        showProblem(problem()); // clear or refresh the earlier complaint as the user fixes it
}

QString ComposerWindow::problem() const
{
    const AccountSettings a = account();
    if (a.id.isEmpty())
        return tr("Choose an account to send from (Settings > Accounts).");
    if (const QString why = a.validate(); !why.isEmpty())
        return tr("The account \"%1\" is not complete: %2").arg(a.name, why);
    for (const auto &[field, name] : {std::pair{m_to, tr("To")}, {m_cc, tr("Cc")}, {m_bcc, tr("Bcc")}})
        if (!field->isValid())
            return tr("%1: %2").arg(name, field->errorText());
    if (m_to->addresses().isEmpty() && m_cc->addresses().isEmpty() && m_bcc->addresses().isEmpty())
        return tr("Add at least one recipient.");
    if (hasControl(m_subject->text()))
        return tr("Subject: line breaks and control characters are not allowed.");
    const qint64 limit = m_controller->knownSizeLimit(a.id);
    if (limit > 0 && m_estimate > limit)
        return tr("The message would be about %1, but the server accepts at most %2 (SIZE). Remove an "
                  "attachment or send it another way.")
            .arg(formatDataSize(m_estimate), formatDataSize(limit));
    return voiceNoteProblem();
}

void ComposerWindow::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

bool ComposerWindow::send()
{
    return queue(QDateTime());
}

bool ComposerWindow::sendLater(const QDateTime &when)
{
    if (!when.isValid() || when <= QDateTime::currentDateTimeUtc()) {
        showProblem(tr("The time to send has already passed: choose a time in the future."));
        return false;
    }
    return queue(when.toUTC());
}

SendLaterDialog *ComposerWindow::openSendLaterDialog()
{
    if (m_laterDialog) {
        m_laterDialog->raise();
        return m_laterDialog;
    }
    auto *dialog = new SendLaterDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { sendLater(dialog->sendAt()); });
    m_laterDialog = dialog;
    dialog->open();
    return dialog;
}

bool ComposerWindow::queue(const QDateTime &sendAt)
{
    if (m_sending)
        return false;
    updateEstimate();
    const QString why = problem();
    showProblem(why);
    if (!why.isEmpty()) {
        for (AddressField *f : {m_to, m_cc, m_bcc})
            f->revealProblem();
        return false;
    }
    const AccountSettings a = account();
    const MessageDraft d = draft();
    setBusy(true);
    m_status->setText(tr("Looking up the password..."));
    QPointer<ComposerWindow> self(this);
    m_passwords->resolve(a, this, [self, a, d, sendAt](bool ok, const QString &password) {
        if (!self)
            return;
        if (!ok) {
            self->setBusy(false);
            self->m_status->setText(ComposerWindow::tr("Not sent: no password given."));
            return;
        }
        static quint64 nextToken = 0;
        self->m_token = ++nextToken;
        self->m_status->setText(ComposerWindow::tr("Putting the message in the Outbox..."));
        // The outbox sends with the account as it is now and the password just found.
        self->m_outbox->setAccount(a, password);
        self->m_outbox->enqueue(self->m_token, d, a, sendAt, DraftCodec::encode({a.id, d}));
    });
    return true;
}

void ComposerWindow::setBusy(bool busy)
{
    m_sending = busy;
    m_sendButton->setEnabled(!busy);
    m_laterButton->setEnabled(!busy);
    // The fields stay readable but frozen: what is on screen is what is being queued.
    for (QWidget *w : std::initializer_list<QWidget *>{m_from, m_to, m_cc, m_bcc, m_subject, m_body,
                                                        m_attachButton, m_removeButton, m_formatting})
        w->setEnabled(!busy);
    setVoiceNoteBusy(busy);
}

void ComposerWindow::closeEvent(QCloseEvent *event)
{
    if (m_sending) {
        // Closing mid-send would lose the draft if the send then failed.
        showProblem(tr("The message is being put in the Outbox; wait a moment."));
        event->ignore();
        return;
    }
    keepPendingVoiceNote();
    QWidget::closeEvent(event);
}

} // namespace carteiro
