// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/ConsoleServerForm.h"

#include "account/AccountSettings.h"
#include "account/LabAccountPreset.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QSpinBox>

namespace carteiro {

ConsoleServerForm::ConsoleServerForm(const QList<AccountSettings> &accounts, QWidget *parent)
    : QWidget(parent), m_presets(presets(accounts))
{
    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(QStringLiteral("consoleProtocol"));
    m_protocol->addItem(QStringLiteral("SMTP"), int(Protocol::Smtp));
    m_protocol->addItem(QStringLiteral("IMAP"), int(Protocol::Imap));
    m_protocol->addItem(QStringLiteral("POP3"), int(Protocol::Pop3));
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("consolePreset"));
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("consoleHost"));
    m_host->setPlaceholderText(tr("host name or address"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("consolePort"));
    m_port->setRange(1, 65535);
    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("consoleSecurity"));
    m_security->addItem(tr("Plain (no TLS)"), int(TransportSecurity::Plain));
    m_security->addItem(tr("STARTTLS"), int(TransportSecurity::StartTls));
    m_security->addItem(tr("Implicit TLS"), int(TransportSecurity::ImplicitTls));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("consoleUser"));
    m_user->setPlaceholderText(tr("for AUTH, LOGIN and USER/PASS"));
    m_classroom = new QCheckBox(tr("Classroom mode (every step shown: no initial response in AUTH)"), this);
    m_classroom->setObjectName(QStringLiteral("consoleClassroom"));
    m_allowPlain = new QCheckBox(tr("Allow a password without TLS (lab only)"), this);
    m_allowPlain->setObjectName(QStringLiteral("consoleAllowPlain"));

    // Three compact rows, so that the transcript keeps the room on a projector.
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Protocol:"), this), 0, 0);
    grid->addWidget(m_protocol, 0, 1);
    grid->addWidget(new QLabel(tr("Server:"), this), 0, 2);
    grid->addWidget(m_preset, 0, 3, 1, 3);
    grid->addWidget(m_host, 1, 0, 1, 2);
    grid->addWidget(m_port, 1, 2);
    grid->addWidget(m_security, 1, 3);
    grid->addWidget(new QLabel(tr("User:"), this), 1, 4);
    grid->addWidget(m_user, 1, 5);
    auto *options = new QHBoxLayout;
    options->addWidget(m_classroom);
    options->addWidget(m_allowPlain);
    options->addStretch(1);
    grid->addLayout(options, 2, 0, 1, 6);
    grid->setColumnStretch(0, 0);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 2);

    connect(m_protocol, &QComboBox::currentIndexChanged, this, [this] {
        fillPresets();
        Q_EMIT protocolChanged();
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ConsoleServerForm::applyPreset);
    fillPresets();
}

QList<ConsoleServerForm::Preset> ConsoleServerForm::presets(const QList<AccountSettings> &accounts)
{
    QList<Preset> out;
    for (const AccountSettings &a : accounts) {
        if (!a.smtpHost.isEmpty())
            out << Preset{tr("%1: %2:%3").arg(a.name, a.smtpHost).arg(a.smtpPort), Protocol::Smtp, a.smtpHost,
                          a.smtpPort, a.smtpSecurity, a.caFile, a.username, a.lab};
        if (!a.imapHost.isEmpty())
            out << Preset{tr("%1: %2:%3").arg(a.name, a.imapHost).arg(a.imapPort), Protocol::Imap, a.imapHost,
                          a.imapPort, a.imapSecurity, a.caFile, a.username, a.lab};
        if (!a.pop3Host.isEmpty())
            out << Preset{tr("%1: %2:%3").arg(a.name, a.pop3Host).arg(a.pop3Port), Protocol::Pop3, a.pop3Host,
                          a.pop3Port, a.pop3Security, a.caFile, a.username, a.lab};
    }
    // The mail lab (tests/lab/mail-lab.sh): its MX-like port for the course's
    // session, and bob's mailbox over IMAP and POP3 with STARTTLS to upgrade by hand.
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const LabAccountPreset alice = LabAccountPreset::make(QStringLiteral("alice"), env);
    const LabAccountPreset bob = LabAccountPreset::make(QStringLiteral("bob"), env);
    const QString host = alice.account.smtpHost;
    auto port = [&env](const char *name, quint16 fallback) {
        const uint v = env.value(QString::fromLatin1(name)).toUInt();
        return v > 0 && v < 65536 ? quint16(v) : fallback;
    };
    const QString ca = alice.account.caFile;
    out << Preset{tr("Lab: MX, port 25 style (no AUTH, no relay)"), Protocol::Smtp, host,
                  port("CARTEIRO_LAB_SMTP_PORT", 10025), TransportSecurity::Plain, ca, QString(), true};
    out << Preset{tr("Lab: submission (alice, STARTTLS)"), Protocol::Smtp, host,
                  alice.account.smtpPort, TransportSecurity::StartTls, ca, alice.account.username, true};
    out << Preset{tr("Lab: IMAP (bob, STARTTLS)"), Protocol::Imap, host, port("CARTEIRO_LAB_IMAP_PORT", 10143),
                  TransportSecurity::StartTls, ca, bob.account.username, true};
    out << Preset{tr("Lab: POP3 (bob, STLS)"), Protocol::Pop3, host, port("CARTEIRO_LAB_POP3_PORT", 10110),
                  TransportSecurity::StartTls, ca, bob.account.username, true};
    // The second domain's own server (mail-lab.sh: acme.test on CARTEIRO_LAB_HOST3):
    // its MX, where mail from example.test arrives, and dave's mailbox.
    const LabAccountPreset dave = LabAccountPreset::make(QStringLiteral("dave"), env);
    const QString domain2 = dave.account.address.section(QLatin1Char('@'), 1);
    out << Preset{tr("Lab: %1 MX, port 25 style (no AUTH, no relay)").arg(domain2), Protocol::Smtp,
                  dave.account.smtpHost, port("CARTEIRO_LAB_DOMAIN2_SMTP_PORT", 10025), TransportSecurity::Plain, ca,
                  QString(), true};
    out << Preset{tr("Lab: IMAP (dave, STARTTLS)"), Protocol::Imap, dave.account.imapHost,
                  port("CARTEIRO_LAB_DOMAIN2_IMAP_PORT", 10143), TransportSecurity::StartTls, ca,
                  dave.account.username, true};
    return out;
}

void ConsoleServerForm::fillPresets()
{
    const QSignalBlocker block(m_preset);
    m_preset->clear();
    for (int i = 0; i < m_presets.size(); ++i)
        if (m_presets[i].protocol == protocol())
            m_preset->addItem(m_presets[i].label, i);
    m_preset->addItem(tr("Other server (type host and port)"), -1);
    applyPreset(0);
}

void ConsoleServerForm::applyPreset(int index)
{
    const int i = m_preset->itemData(index).toInt();
    if (i < 0 || i >= m_presets.size()) {
        m_caFile.clear();
        return;
    }
    const Preset &p = m_presets[i];
    setServer(p.host, p.port, p.security, p.caFile);
    m_user->setText(p.user);
    m_allowPlain->setChecked(p.lab && p.security == TransportSecurity::Plain);
}

Protocol ConsoleServerForm::protocol() const
{
    return Protocol(m_protocol->currentData().toInt());
}

void ConsoleServerForm::setProtocol(Protocol protocol)
{
    m_protocol->setCurrentIndex(m_protocol->findData(int(protocol)));
}

bool ConsoleServerForm::choosePreset(const QString &text)
{
    for (int i = 0; i < m_preset->count(); ++i) {
        if (m_preset->itemText(i).contains(text)) {
            m_preset->setCurrentIndex(i);
            applyPreset(i);
            return true;
        }
    }
    return false;
}

void ConsoleServerForm::setServer(const QString &host, quint16 port, TransportSecurity security,
                                  const QString &caFile)
{
    m_host->setText(host);
    m_port->setValue(port);
    m_security->setCurrentIndex(m_security->findData(int(security)));
    m_caFile = caFile;
}

void ConsoleServerForm::setUser(const QString &user) { m_user->setText(user); }
void ConsoleServerForm::setClassroom(bool on) { m_classroom->setChecked(on); }
void ConsoleServerForm::setAllowPlaintextAuth(bool on) { m_allowPlain->setChecked(on); }
QString ConsoleServerForm::user() const { return m_user->text().trimmed(); }
bool ConsoleServerForm::classroom() const { return m_classroom->isChecked(); }
bool ConsoleServerForm::allowPlaintextAuth() const { return m_allowPlain->isChecked(); }

ChannelOptions ConsoleServerForm::options() const
{
    ChannelOptions o;
    o.host = m_host->text().trimmed();
    o.port = quint16(m_port->value());
    o.security = TransportSecurity(m_security->currentData().toInt());
    o.caFile = m_caFile;
    o.label = tr("console %1 %2:%3").arg(m_protocol->currentText(), o.host).arg(o.port);
    return o;
}

QString ConsoleServerForm::validate() const
{
    if (m_host->text().trimmed().isEmpty())
        return tr("type the server's host name or address");
    return {};
}

} // namespace carteiro
