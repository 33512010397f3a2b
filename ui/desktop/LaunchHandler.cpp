// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/LaunchHandler.h"

#include "MainWindow.h"
#include "compose/AddressField.h"
#include "compose/ComposerTextEdit.h"
#include "compose/ComposerWindow.h"
#include "desktop/MessageFileWindow.h"
#include "mime/MailtoLink.h"

#include <QFile>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>
#include <QUrl>

namespace carteiro {

LaunchHandler::LaunchHandler(MainWindow *window, QObject *parent) : QObject(parent), m_window(window)
{
    qRegisterMetaType<ComposerWindow *>();
    qRegisterMetaType<MessageFileWindow *>();
    // Links that came before the first account open once there is one.
    connect(window, &MainWindow::accountsChanged, this, [this] {
        if (m_waitingForAccount.isEmpty() || m_window->accounts().isEmpty())
            return;
        const QStringList links = std::exchange(m_waitingForAccount, {});
        open(links);
    });
}

QStringList LaunchHandler::open(const QStringList &items)
{
    QStringList problems;
    for (const QString &item : items) {
        QString error;
        if (MailtoLink::isMailto(item))
            openMailto(item, &error);
        else
            openMessageFile(item, &error);
        if (!error.isEmpty())
            problems << error;
    }
    showProblems(problems, m_window);
    return problems;
}

ComposerWindow *LaunchHandler::openMailto(const QString &url, QString *error)
{
    const std::optional<MailtoLink> link = MailtoLink::parse(url, error);
    if (!link) {
        *error = tr("Cannot open the link: %1.").arg(*error);
        return nullptr;
    }
    if (m_window->accounts().isEmpty()) {
        m_waitingForAccount << url; // compose() asks for an account first
        m_window->compose();
        return nullptr;
    }
    ComposerWindow *composer = m_window->compose();
    if (!composer)
        return nullptr;
    fillComposer(composer, *link);
    composer->raise();
    composer->activateWindow();
    if (!link->refused.isEmpty()) {
        // Said in the composer's own window, so the warning is next to the message.
        showProblems({tr("The link asked to attach files from this computer. Carteiro never attaches "
                         "anything from a link (a known trick to steal files); these parameters were "
                         "refused:\n%1")
                          .arg(link->refused.join(QLatin1Char('\n')))},
                     composer);
    }
    Q_EMIT composerOpened(composer);
    return composer;
}

void LaunchHandler::fillComposer(ComposerWindow *composer, const MailtoLink &link)
{
    MessageDraft draft;
    draft.subject = link.subject;
    draft.textBody = link.body;
    draft.inReplyTo = link.inReplyTo;
    composer->setDraft(draft);
    // The addresses as the link wrote them: the fields check them as typed text
    // (and say what is wrong), so none is dropped here.
    composer->toField()->setText(link.to.join(QStringLiteral(", ")));
    composer->ccField()->setText(link.cc.join(QStringLiteral(", ")));
    composer->bccField()->setText(link.bcc.join(QStringLiteral(", ")));
    if (link.to.isEmpty())
        composer->toField()->lineEdit()->setFocus();
    else if (link.subject.isEmpty())
        composer->subjectEdit()->setFocus();
    else
        composer->bodyEdit()->setFocus();
}

bool LaunchHandler::looksLikeMessage(const QByteArray &head)
{
    if (head.startsWith("From "))
        return true; // an mbox separator line
    static const QRegularExpression field(QStringLiteral("^[!-9;-~]+:"));
    const QList<QByteArray> lines = head.left(head.indexOf("\n\n") >= 0 ? head.indexOf("\n\n") : head.size())
                                        .split('\n');
    int fields = 0;
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        if (line.isEmpty())
            break;
        if (line.startsWith(' ') || line.startsWith('\t'))
            continue; // a folded continuation
        if (!field.match(QString::fromLatin1(line)).hasMatch())
            return false;
        ++fields;
    }
    return fields > 0;
}

MessageFileWindow *LaunchHandler::openMessageFile(const QString &item, QString *error)
{
    const QUrl url(item);
    const QString path = url.isLocalFile() ? url.toLocalFile() : item;
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("Cannot open %1: there is no such file.").arg(path);
        return nullptr;
    }
    if (info.isDir()) {
        *error = tr("Cannot open %1: it is a folder, not a message file.").arg(path);
        return nullptr;
    }
    if (info.size() > kMaxMessageFile) {
        *error = tr("Cannot open %1: %2 MB is too big for a mail message (at most %3 MB).")
                     .arg(path)
                     .arg(info.size() >> 20)
                     .arg(kMaxMessageFile >> 20);
        return nullptr;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2.").arg(path, file.errorString());
        return nullptr;
    }
    const QByteArray raw = file.readAll();
    if (raw.isEmpty()) {
        *error = tr("Cannot open %1: the file is empty.").arg(path);
        return nullptr;
    }
    if (!looksLikeMessage(raw.left(64 * 1024))) {
        *error = tr("Cannot open %1: it does not look like a mail message (.eml): it does not begin "
                    "with header fields such as \"From:\" or \"Subject:\".")
                     .arg(path);
        return nullptr;
    }
    auto *w = new MessageFileWindow(info.absoluteFilePath(), raw, m_window);
    w->show();
    w->raise();
    w->activateWindow();
    Q_EMIT messageFileOpened(w);
    return w;
}

void LaunchHandler::handOver(const QStringList &args)
{
    QStringList items;
    bool compose = false;
    for (const QString &a : args) {
        if (a == QLatin1String("--compose"))
            compose = true;
        else if (!a.startsWith(QLatin1String("--")))
            items << a;
    }
    // Back from the task bar if minimised (a maximised window stays maximised).
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    if (compose)
        m_window->compose();
    open(items);
}

bool LaunchHandler::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen) {
        auto *e = static_cast<QFileOpenEvent *>(event);
        const QString item = e->url().scheme() == QLatin1String("mailto") ? e->url().toString() : e->file();
        open({item});
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void LaunchHandler::showProblems(const QStringList &problems, QWidget *parent)
{
    if (problems.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Carteiro"), problems.join(QStringLiteral("\n\n")),
                                QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    m_problemBox = box;
}

} // namespace carteiro
