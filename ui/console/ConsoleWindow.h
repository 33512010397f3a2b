// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tools > Protocol console: type SMTP, IMAP or POP3 one line at a time against
// a real server, as with telnet, and watch every line go through the channel
// and the inspector. The transcript shows what was sent (IMAP: with the tag the
// console added and the line as typed), what came back, and the console's notes;
// a masked field takes the password when a helper needs one.
#include "account/AccountSettings.h"
#include "engine/ConsoleConnection.h"
#include "trace/TraceEvent.h"
#include "trace/TraceExplainer.h"

#include <QList>
#include <QPointer>
#include <QWidget>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace carteiro {

class ConsoleCommandHelp;
class ConsoleLineEdit;
class MxLookup;
class ConsoleServerForm;
class TraceHub;

class ConsoleWindow : public QWidget
{
    Q_OBJECT
public:
    ConsoleWindow(TraceHub *hub, const QList<AccountSettings> &accounts, QWidget *parent = nullptr);
    ~ConsoleWindow() override;

    ConsoleServerForm *serverForm() const { return m_form; }
    ConsoleConnection *connection() const { return m_connection; }
    ConsoleLineEdit *input() const { return m_input; }
    ConsoleCommandHelp *commandHelp() const { return m_commandHelp; }
    QLineEdit *passwordField() const { return m_password; }
    bool isConnected() const;

    void connectToServer();
    void disconnectFromServer();
    // Submits a line as if typed and Enter pressed. ":mx DOMAIN" is the
    // console's own: the domain's MX lookup, explained (engine/MxLookup.h),
    // with or without a connection.
    void submitLine(const QString &line);
    MxLookup *mxLookup() const { return m_mx; }
    // The transcript as shown, and in the transcript format (TraceText) for export.
    QString transcriptText() const;
    QByteArray exportText() const;
    bool exportTo(const QString &path, QString *error);
    QStringList history() const;

public Q_SLOTS:
    void setFontPointSize(int points);

Q_SIGNALS:
    void transcriptChanged();

private:
    void onEvents(const QList<TraceEvent> &batch);
    void onPasswordRequested(const QString &prompt);
    void acceptPassword();
    void cancelPassword();
    void updateControls();
    void appendLocal(const QString &text);
    void lookupMx(const QString &domain);
    void exportDialog();
    QString render(const TraceEvent &event) const;

    TraceHub *m_hub;
    ConsoleServerForm *m_form;
    QPointer<ConsoleConnection> m_connection;
    QPlainTextEdit *m_transcript;
    QWidget *m_passwordBar;
    QLabel *m_passwordPrompt;
    QLineEdit *m_password;
    ConsoleLineEdit *m_input;
    ConsoleCommandHelp *m_commandHelp;
    QLabel *m_help;
    QLabel *m_state;
    QPushButton *m_connect;
    QPushButton *m_send;
    QList<quint32> m_connections; // every connection this window opened, for export
    QCheckBox *m_explain;
    MxLookup *m_mx = nullptr;
    std::unique_ptr<TraceExplainer> m_explainer; // fed every event of this window's connections
};

} // namespace carteiro
