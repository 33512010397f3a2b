#include "ComposerWindow.h"

#include "account/PasswordResolver.h"
#include "compose/AddressField.h"
#include "compose/AttachmentList.h"
#include "compose/ComposerTextEdit.h"
#include "compose/SizeEstimate.h"
#include "engine/SendController.h"

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
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QToolButton>
#include <QTimer>
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

ComposerWindow::ComposerWindow(SendController *controller, PasswordResolver *passwords,
                               const QList<AccountSettings> &accounts, const QString &accountId, QWidget *parent)
    : QWidget(parent, Qt::Window), m_controller(controller), m_passwords(passwords), m_accounts(accounts)
{
    setWindowTitle(tr("New message"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);
    resize(760, 640);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_from = new QComboBox(this);
    for (const AccountSettings &a : accounts)
        m_from->addItem(QStringLiteral("%1 (%2)").arg(a.fromText(), a.name), a.id);
    m_from->setCurrentIndex(qMax(0, m_from->findData(accountId)));
    m_to = new AddressField(this);
    m_cc = new AddressField(this);
    m_bcc = new AddressField(this);
    m_subject = new QLineEdit(this);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Cc:"), m_cc);
    form->addRow(tr("&Bcc:"), m_bcc);
    form->addRow(tr("&Subject:"), m_subject);
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

    auto *attachRow = new QHBoxLayout;
    m_attachButton = new QPushButton(tr("&Attach..."), this);
    m_removeButton = new QPushButton(tr("&Remove"), this);
    auto *hint = new QLabel(tr("or drop files here, or paste an image"), this);
    hint->setEnabled(false);
    attachRow->addWidget(m_attachButton);
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
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_sendButton = new QPushButton(tr("&Send"), this);
    m_sendButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel sending"), this);
    m_cancelButton->setEnabled(false);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_cancelButton);
    bottom->addWidget(m_sendButton);
    layout->addLayout(bottom);

    connect(m_formatting, &QCheckBox::toggled, this, [this](bool on) {
        m_body->setAcceptRichText(on);
        m_formatBar->setVisible(on);
        if (!on) // back to plain: drop the formatting the HTML part would have carried
            m_body->setPlainText(m_body->toPlainText());
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
    connect(m_from, &QComboBox::currentIndexChanged, this, &ComposerWindow::updateEstimate);
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
    connect(m_removeButton, &QPushButton::clicked, m_attachments, &AttachmentList::removeSelected);
    connect(m_sendButton, &QPushButton::clicked, this, &ComposerWindow::send);
    connect(m_cancelButton, &QPushButton::clicked, this, &ComposerWindow::cancelSend);
    connect(m_controller, &SendController::stateChanged, this, [this](const QString &state) {
        if (m_sending)
            m_status->setText(state);
    });
    connect(m_controller, &SendController::progress, this, [this](qint64 done, qint64 total) {
        if (!m_sending || total <= 0)
            return;
        // Percent, not bytes: QProgressBar holds an int and messages may pass 2 GB.
        m_progress->setRange(0, 100);
        m_progress->setValue(int(done * 100 / total));
        m_progress->setFormat(tr("%1 of %2").arg(SizeEstimate::formatBytes(done), SizeEstimate::formatBytes(total)));
    });
    connect(m_controller, &SendController::finished, this, &ComposerWindow::onFinished);
    updateEstimate();
}

ComposerWindow::~ComposerWindow() = default;

QMessageBox *ComposerWindow::errorDialog() const
{
    return m_errorDialog;
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

MessageDraft ComposerWindow::draft() const
{
    MessageDraft d;
    QString ignored;
    if (const auto from = MailAddress::parse(account().fromText(), &ignored))
        d.from = *from;
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
    for (int i = 0; i < m_from->count(); ++i) {
        const QString id = m_from->itemData(i).toString();
        for (const AccountSettings &a : std::as_const(m_accounts))
            if (a.id == id && a.address.compare(d.from.address, Qt::CaseInsensitive) == 0)
                m_from->setCurrentIndex(i);
    }
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
           !m_body->toPlainText().trimmed().isEmpty() || !draft().attachments.isEmpty();
}

void ComposerWindow::updateEstimate()
{
    if (m_autosave) // every edit passes here: save a moment after the last one
        m_autosave->start();
    const SizeEstimate e = SizeEstimate::of(draft());
    m_estimate = e.total;
    QString text = tr("Estimated size: %1").arg(SizeEstimate::formatBytes(e.total));
    if (e.attachmentBytes > 0)
        text += QLatin1Char(' ') + tr("(attachments: %1 as files, %2 in base64)")
                                       .arg(SizeEstimate::formatBytes(e.attachmentBytes),
                                            SizeEstimate::formatBytes(e.attachmentEncoded));
    const qint64 limit = m_controller->knownSizeLimit(account().id);
    if (limit > 0)
        text += QLatin1Char(' ') + tr("Server limit: %1.").arg(SizeEstimate::formatBytes(limit));
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
            .arg(SizeEstimate::formatBytes(m_estimate), SizeEstimate::formatBytes(limit));
    return {};
}

void ComposerWindow::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

bool ComposerWindow::send()
{
    if (m_sending)
        return false;
    updateEstimate();
    const QString why = problem();
    showProblem(why);
    if (!why.isEmpty())
        return false;
    if (m_controller->isBusy()) {
        showProblem(tr("Another connection is running; try again in a moment."));
        return false;
    }
    const AccountSettings a = account();
    const MessageDraft d = draft();
    setBusy(true);
    m_status->setText(tr("Looking up the password..."));
    QPointer<ComposerWindow> self(this);
    m_passwords->resolve(a, this, [self, a, d](bool ok, const QString &password) {
        if (!self)
            return;
        if (!ok) {
            self->setBusy(false);
            self->m_status->setText(ComposerWindow::tr("Not sent: no password given."));
            return;
        }
        if (!self->m_controller->send(d, a, password)) {
            self->setBusy(false);
            self->showProblem(ComposerWindow::tr("Another connection is running; try again in a moment."));
        }
    });
    return true;
}

void ComposerWindow::cancelSend()
{
    if (m_sending)
        m_controller->cancel();
}

void ComposerWindow::setBusy(bool busy)
{
    m_sending = busy;
    m_sendButton->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0); // busy indicator until the first byte count
    m_progress->setFormat(QString());
    // The fields stay readable but frozen: what is on screen is what is being sent.
    for (QWidget *w : std::initializer_list<QWidget *>{m_from, m_to, m_cc, m_bcc, m_subject, m_body,
                                                        m_attachButton, m_removeButton, m_formatting})
        w->setEnabled(!busy);
}

void ComposerWindow::onFinished(const SendResult &result)
{
    if (!m_sending || result.connectionTest)
        return;
    setBusy(false);
    switch (result.outcome) {
    case SendResult::Outcome::Sent:
        m_status->setText(tr("Sent."));
        if (result.filing == SendResult::Filing::NotFiled)
            showFilingWarning(m_controller, m_passwords, account(), result);
        Q_EMIT sent(result);
        close();
        return;
    case SendResult::Outcome::Cancelled:
        m_status->setText(result.stoppedByUser ? tr("Stopped in step mode; nothing was sent and the message is "
                                                    "still here.")
                                               : tr("Sending cancelled; the message is still here."));
        Q_EMIT sendFailed(result);
        return;
    case SendResult::Outcome::PossiblySent:
    case SendResult::Outcome::Failed:
        break;
    }
    // A refused password must be asked again next time, not replayed.
    if (result.failedStep == QLatin1String("AUTH"))
        m_passwords->forget(account().id);
    m_status->setText(tr("Not sent: %1").arg(result.failedStep));
    Q_EMIT sendFailed(result);
    QString text = result.outcome == SendResult::Outcome::PossiblySent
                       ? tr("The connection dropped after the whole message went out and before the server "
                            "answered. The message may have been delivered; it is kept here so that you can "
                            "check before sending it again.")
                       : tr("The message was not sent. It is kept in this window.");
    if (!result.refusedRecipients.isEmpty())
        text += QStringLiteral("\n\n") + tr("Refused recipients:") + QLatin1Char('\n') +
                result.refusedRecipients.join(QLatin1Char('\n'));
    if (m_errorDialog)
        m_errorDialog->deleteLater();
    m_errorDialog = new QMessageBox(QMessageBox::Warning, tr("Sending failed at %1").arg(result.failedStep), text,
                                    QMessageBox::Ok, this);
    QString details = tr("Step: %1\nError: %2").arg(result.failedStep, result.error);
    if (!result.serverReply.isEmpty())
        details += QLatin1Char('\n') + tr("Server's reply: %1").arg(result.serverReply);
    m_errorDialog->setInformativeText(details);
    m_errorDialog->setTextFormat(Qt::PlainText);
    m_errorDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_errorDialog->open(); // window-modal, not exec(): the event loop and the send thread keep going
}

QMessageBox *ComposerWindow::showFilingWarning(SendController *controller, PasswordResolver *passwords,
                                               const AccountSettings &account, const SendResult &result)
{
    // Not parented to the composer: the message went out, so the composer closes,
    // while this stays until the user decides (tests/README.md, case 21).
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Sent, but not filed in Sent"),
                                tr("The message was sent, but it could not be filed in your Sent folder. A copy "
                                   "is kept on this computer until filing succeeds."),
                                QMessageBox::Close);
    box->setObjectName(QStringLiteral("carteiro-filing-warning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    const auto details = [](const SendResult &r) {
        QString text = tr("Folder: %1\nError: %2").arg(r.sentFolder.isEmpty() ? tr("(not found)") : r.sentFolder,
                                                     r.filingError);
        if (!r.unfiledMessageFile.isEmpty())
            text += QLatin1Char('\n') + tr("Copy kept in: %1").arg(r.unfiledMessageFile);
        return text;
    };
    box->setInformativeText(details(result));
    QPushButton *retry = box->addButton(tr("&Retry filing"), QMessageBox::ActionRole);
    retry->setObjectName(QStringLiteral("retry"));
    QPointer<QMessageBox> guard(box);
    QPointer<SendController> ctl(controller);
    QPointer<PasswordResolver> pw(passwords);
    auto pending = std::make_shared<SendResult>(result);
    // ActionRole buttons close the box by default; keep it open to show the outcome.
    retry->disconnect();
    connect(retry, &QPushButton::clicked, box, [guard, ctl, pw, account, pending, retry, details] {
        if (!ctl || !pw || !guard)
            return;
        retry->setEnabled(false);
        guard->setInformativeText(tr("Filing in Sent again..."));
        pw->resolve(account, guard, [guard, ctl, account, pending, retry, details](bool ok, const QString &password) {
            if (!guard || !ctl)
                return;
            if (!ok || !ctl->retryFiling(*pending, account, password)) {
                retry->setEnabled(true);
                guard->setInformativeText(details(*pending) + QLatin1Char('\n')
                                          + (ok ? tr("Another connection is running; try again in a moment.")
                                                : tr("No password given.")));
            }
        });
    });
    connect(controller, &SendController::filingFinished, box, [guard, retry, pending, details](const SendResult &r) {
        if (!guard)
            return;
        if (r.filing == SendResult::Filing::Filed) {
            guard->setIcon(QMessageBox::Information);
            guard->setText(tr("The message is now filed in \"%1\".").arg(r.sentFolder));
            guard->setInformativeText(QString());
            retry->hide();
            return;
        }
        *pending = r;
        retry->setEnabled(true);
        guard->setInformativeText(details(r));
    });
    box->show();
    return box;
}

void ComposerWindow::closeEvent(QCloseEvent *event)
{
    if (m_sending) {
        // Closing mid-send would lose the draft if the send then failed.
        showProblem(tr("The message is being sent; cancel it first or wait for the result."));
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

} // namespace carteiro
