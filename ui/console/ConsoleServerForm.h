// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The console's connection chooser: protocol, a server picked from the
// configured accounts or the mail lab (which fills host, port, security, user
// and CA file), or typed by hand.
#include "account/AccountSettings.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace carteiro {


class ConsoleServerForm : public QWidget
{
    Q_OBJECT
public:
    struct Preset
    {
        QString label;
        Protocol protocol = Protocol::Smtp;
        QString host;
        quint16 port = 0;
        TransportSecurity security = TransportSecurity::StartTls;
        QString caFile;
        QString user;
        bool lab = false;
    };

    explicit ConsoleServerForm(const QList<AccountSettings> &accounts, QWidget *parent = nullptr);

    Protocol protocol() const;
    void setProtocol(Protocol protocol);
    ChannelOptions options() const;
    QString user() const;
    bool classroom() const;
    bool allowPlaintextAuth() const;
    // Picks the first preset whose label contains `text` (for tests and scripts).
    bool choosePreset(const QString &text);
    void setServer(const QString &host, quint16 port, TransportSecurity security, const QString &caFile = {});
    void setUser(const QString &user);
    void setClassroom(bool on);
    void setAllowPlaintextAuth(bool on);
    QString validate() const; // empty when the form can connect

    static QList<Preset> presets(const QList<AccountSettings> &accounts);

Q_SIGNALS:
    void protocolChanged();

private:
    void fillPresets();
    void applyPreset(int index);

    QList<Preset> m_presets;
    QComboBox *m_protocol;
    QComboBox *m_preset;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_user;
    QCheckBox *m_classroom;
    QCheckBox *m_allowPlain;
    QString m_caFile;
};

} // namespace carteiro
