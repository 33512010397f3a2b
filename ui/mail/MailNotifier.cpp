// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MailNotifier.h"

#include "mime/AddressHeader.h"

#include <QAction>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QWidget>

namespace carteiro {

namespace {
const char kTrayKey[] = "notify/tray";
const char kNoticeKey[] = "notify/messages";

// Text from the network made safe to show in one line.
QString plain(const QString &text, int max = 80)
{
    QString out;
    for (const QChar c : text) {
        const auto cat = c.category();
        if (c.isSpace())
            out += QLatin1Char(' '); // line breaks and tabs too: one line
        else if (cat != QChar::Other_Control && cat != QChar::Other_Format)
            out += c; // (controls and the Bidi overrides that could reorder a name are dropped)
    }
    out = out.simplified();
    return out.size() > max ? out.left(max - 1) + QChar(0x2026) : out;
}

QString senderOf(const StoredMessage &m)
{
    const QString name = plain(m.fromName, 40);
    if (name.isEmpty())
        return plain(m.fromAddress, 60);
    // A name such as "ceo@bank.example" is shown quoted beside the real address.
    return AddressHeader::nameLooksLikeAddress(name) ? plain(AddressHeader::format(name, m.fromAddress), 100) : name;
}
} // namespace

MailNotifier::MailNotifier(QWidget *window) : QObject(window), m_window(window)
{
    QSettings settings;
    m_trayAction = new QAction(tr("Show &Tray Icon"), this);
    m_trayAction->setCheckable(true);
    m_trayAction->setChecked(settings.value(QLatin1String(kTrayKey), true).toBool());
    m_trayAction->setToolTip(tr("An icon beside the clock with the number of unread messages"));
    m_noticeAction = new QAction(tr("&Notify About New Mail"), this);
    m_noticeAction->setCheckable(true);
    m_noticeAction->setChecked(settings.value(QLatin1String(kNoticeKey), true).toBool());
    m_noticeAction->setToolTip(tr("A desktop notice with the sender and subject of new mail"));
    connect(m_trayAction, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QLatin1String(kTrayKey), on);
        applyTray();
    });
    connect(m_noticeAction, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(QLatin1String(kNoticeKey), on); });
    m_sink = [this](const QString &title, const QString &text) {
        if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
            m_tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
        else
            QApplication::alert(m_window);
    };
    applyTray();
}

MailNotifier::~MailNotifier() = default;

void MailNotifier::applyTray()
{
    const bool want = m_trayAction->isChecked() && QSystemTrayIcon::isSystemTrayAvailable();
    if (want && !m_tray) {
        m_tray = new QSystemTrayIcon(this);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason why) {
            if (why == QSystemTrayIcon::Trigger || why == QSystemTrayIcon::DoubleClick) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &MailNotifier::openLast);
    }
    if (m_tray)
        m_tray->setVisible(want);
    refreshTray();
}

void MailNotifier::refreshTray()
{
    if (!m_tray)
        return;
    m_tray->setIcon(iconFor(unread()));
    m_tray->setToolTip(toolTip());
}

void MailNotifier::openLast()
{
    if (m_lastMessage)
        Q_EMIT openMessage(m_lastAccount, m_lastFolder, m_lastMessage);
}

qint64 MailNotifier::unread() const
{
    qint64 sum = 0;
    for (const qint64 n : m_unread)
        sum += n;
    return sum;
}

QString MailNotifier::toolTip() const
{
    const qint64 n = unread();
    return n == 0 ? tr("Carteiro: no unread mail") : tr("Carteiro: %n unread message(s)", nullptr, int(n));
}

void MailNotifier::setFolders(const QString &accountId, const QList<StoredFolder> &folders)
{
    qint64 n = 0;
    for (const StoredFolder &f : folders)
        if (f.specialUse == "\\Inbox" || f.name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
            n += f.unread;
    m_unread.insert(accountId, n);
    refreshTray();
}

void MailNotifier::removeAccount(const QString &accountId)
{
    m_unread.remove(accountId);
    refreshTray();
}

QPair<QString, QString> MailNotifier::noticeFor(const QString &accountName, const QList<StoredMessage> &newest)
{
    if (newest.size() == 1) {
        const QString subject = plain(newest.first().subject);
        return {tr("New mail from %1").arg(senderOf(newest.first())),
                subject.isEmpty() ? tr("(no subject)") : subject};
    }
    QStringList lines;
    for (qsizetype i = 0; i < newest.size() && i < 3; ++i)
        lines << tr("%1: %2").arg(senderOf(newest[i]), plain(newest[i].subject, 60));
    if (newest.size() > 3)
        lines << tr("and %n more", nullptr, int(newest.size() - 3));
    return {tr("%n new message(s) in %1", nullptr, int(newest.size())).arg(plain(accountName, 40)),
            lines.join(QLatin1Char('\n'))};
}

void MailNotifier::newMessages(const QString &accountId, const QString &accountName, qint64 folderId,
                               const QList<StoredMessage> &newest)
{
    if (newest.isEmpty() || !m_noticeAction->isChecked())
        return;
    m_lastAccount = accountId;
    m_lastFolder = folderId;
    m_lastMessage = newest.first().id;
    const auto [title, text] = noticeFor(accountName, newest);
    m_sink(title, text);
}

QIcon MailNotifier::iconFor(qint64 unread)
{
    QIcon icon;
    for (const int size : {16, 22, 32, 48, 64}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal m = size / 16.0;
        const QRectF body(1 * m, 3.5 * m, 14 * m, 10 * m);
        p.setPen(QPen(QColor(0x1f, 0x4e, 0x79), qMax(1.0, m)));
        p.setBrush(QColor(0xf4, 0xf7, 0xfb));
        p.drawRoundedRect(body, 1.5 * m, 1.5 * m);
        QPainterPath flap;
        flap.moveTo(body.topLeft());
        flap.lineTo(body.center().x(), body.top() + 5.5 * m);
        flap.lineTo(body.topRight());
        p.setBrush(Qt::NoBrush);
        p.drawPath(flap);
        if (unread > 0) {
            const QRectF badge(size * 0.45, 0, size * 0.55, size * 0.55);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xc0, 0x39, 0x2b));
            p.drawEllipse(badge);
            QFont f = p.font();
            f.setBold(true);
            f.setPixelSize(qMax(6, int(badge.height() * (unread > 99 ? 0.42 : 0.62))));
            p.setFont(f);
            p.setPen(Qt::white);
            p.drawText(badge, Qt::AlignCenter, unread > 99 ? QStringLiteral("99+") : QString::number(unread));
        }
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace carteiro
