// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a launch asks of the window: `carteiro mailto:...` opens the composer
// filled from the link (core/mime/MailtoLink: attach= and every parameter that
// could name a local file refused, and said so), `carteiro FILE.eml` opens the
// message in a reader window (MessageFileWindow), --compose a new message.
// The same for a second launch's hand-over (core/util/SingleInstance) and
// for macOS, which sends links and files as QEvent::FileOpen.
#include <QObject>
#include <QPointer>
#include <QStringList>

class QMessageBox;

namespace carteiro {

class ComposerWindow;
class MainWindow;
class MessageFileWindow;
struct MailtoLink;

class LaunchHandler : public QObject
{
    Q_OBJECT
public:
    // Larger files are refused (a message this big is not a message).
    static constexpr qint64 kMaxMessageFile = 512LL << 20;

    explicit LaunchHandler(MainWindow *window, QObject *parent = nullptr);

    // Each item: a mailto: link, or a message file (a path or a file: URL).
    // Problems are shown in a message box and returned, one line each.
    QStringList open(const QStringList &items);
    // A composer filled from the link; nullptr when the link is refused (or,
    // with no account yet, until one is made: it opens then).
    ComposerWindow *openMailto(const QString &url, QString *error);
    MessageFileWindow *openMessageFile(const QString &path, QString *error);

    // The arguments a second launch handed over: "--compose" and items.
    void handOver(const QStringList &args);

    // The last problem shown (tests), and its box while open.
    QMessageBox *problemBox() const { return m_problemBox; }

    // For macOS: QEvent::FileOpen (a mailto: link or a file given to the bundle).
    bool eventFilter(QObject *watched, QEvent *event) override;

    // A file's first bytes look like a mail message: header fields (or an mbox
    // "From " line) before the first empty line.
    static bool looksLikeMessage(const QByteArray &head);

Q_SIGNALS:
    void composerOpened(carteiro::ComposerWindow *composer);
    void messageFileOpened(carteiro::MessageFileWindow *window);

private:
    void fillComposer(ComposerWindow *composer, const MailtoLink &link);
    void showProblems(const QStringList &problems, QWidget *parent);

    MainWindow *m_window;
    QPointer<QMessageBox> m_problemBox;
    QStringList m_waitingForAccount; // mailto: links opened before any account existed
};

} // namespace carteiro
