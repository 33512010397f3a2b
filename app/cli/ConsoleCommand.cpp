// SPDX-License-Identifier: GPL-3.0-or-later
// carteiro-cli console: the protocol console on a terminal, or fed a class
// script on standard input. Prints the same "C:" / "S:" / "*:" lines as
// --trace; from a pipe each command waits for the previous reply.
#include "CliCommon.h"
#include "CliTrace.h"
#include "ConsoleInput.h"
#include "engine/ConsoleConnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>
#include <memory>

namespace carteiro::cli {

namespace {
struct TrCli { Q_DECLARE_TR_FUNCTIONS(Cli) };

class ConsoleRunner : public QObject
{
public:
    ConsoleRunner(ConsoleConnection *console, QString passwordFile)
        : m_console(console), m_passwordFile(std::move(passwordFile))
    {
        connect(console, &ConsoleConnection::connected, this, &ConsoleRunner::pump);
        connect(console, &ConsoleConnection::replyComplete, this, &ConsoleRunner::pump);
        connect(console, &ConsoleConnection::tlsUpgraded, this, &ConsoleRunner::pump);
        connect(console, &ConsoleConnection::stateChanged, this, &ConsoleRunner::pump);
        connect(console, &ConsoleConnection::passwordRequested, this, &ConsoleRunner::onPassword);
        // A refused line is already in the transcript ("*: not sent: ..."); the script goes on.
        connect(console, &ConsoleConnection::failed, this, [this](const QString &message) {
            if (!m_console->session()->isClosed())
                m_networkError = message;
            QTimer::singleShot(0, this, &ConsoleRunner::finish);
        });
        connect(console, &ConsoleConnection::closed, this, &ConsoleRunner::finish);
    }

    void onLine(const QByteArray &line)
    {
        m_queue << line;
        pump();
    }
    void onEof()
    {
        m_eof = true;
        pump();
    }
    int exitCode() const
    {
        if (!m_networkError.isEmpty())
            return Network;
        return m_console->session()->lastReplySuccess() ? Ok : Refused;
    }
    QString networkError() const { return m_networkError; }

private:
    void pump()
    {
        while (m_console->readyForInput() && !m_queue.isEmpty())
            m_console->submit(m_queue.takeFirst());
        if (m_eof && m_queue.isEmpty() && m_console->readyForInput() && !m_closing) {
            // The script ended without QUIT / LOGOUT: hang up like telnet does.
            m_closing = true;
            QTimer::singleShot(0, m_console, &ConsoleConnection::close);
        }
    }
    void onPassword(const QString &prompt)
    {
        QString secret, error;
        if (!readSecret(m_passwordFile, "CARTEIRO_PASSWORD", &secret, &error) || secret.isEmpty()) {
            err(error.isEmpty() ? TrCli::tr("%1: no password: set CARTEIRO_PASSWORD or use --password-file")
                                      .arg(prompt)
                                : error);
            m_console->cancelPassword();
        } else {
            m_console->providePassword(secret.toUtf8());
        }
        QTimer::singleShot(0, this, &ConsoleRunner::pump);
    }
    void finish() { QCoreApplication::exit(0); }

    ConsoleConnection *m_console;
    QString m_passwordFile;
    QList<QByteArray> m_queue;
    bool m_eof = false;
    bool m_closing = false;
    QString m_networkError;
};
} // namespace

int runConsole(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(TrCli::tr(
        "Type SMTP, IMAP or POP3 commands one line at a time, or pipe a class script: each command "
        "waits for the reply to the previous one."));
    p.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    TrCli::tr("server URL, e.g. smtp+plain://127.0.0.1:10025 or imaps://HOST"),
                                    QStringLiteral("url"));
    const QCommandLineOption user(QStringLiteral("user"), TrCli::tr("user name for AUTH / LOGIN helpers"),
                                  QStringLiteral("name"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), TrCli::tr("extra trusted CA (PEM)"), QStringLiteral("pem"));
    const QCommandLineOption pin(QStringLiteral("pin-sha256"),
                                 TrCli::tr("accept exactly this server certificate (hex SHA-256)"), QStringLiteral("hex"));
    const QCommandLineOption explain(QStringLiteral("explain"),
                                     TrCli::tr("follow every server line with a line that explains it"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          TrCli::tr("read the password from this file (else CARTEIRO_PASSWORD)"),
                                          QStringLiteral("file"));
    const QCommandLineOption classroom(QStringLiteral("classroom"),
                                       TrCli::tr("show every step: AUTH without an initial response"));
    const QCommandLineOption allowPlain(QStringLiteral("allow-plaintext-auth"),
                                        TrCli::tr("lab only: allow the password helpers on a +plain:// connection"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), TrCli::tr("seconds to wait for each reply"),
                                     QStringLiteral("s"), QStringLiteral("60"));
    p.addOptions({server, user, caFile, pin, explain, passwordFile, classroom, allowPlain, timeout});
    if (!p.parse(args))
        return fail(Usage, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out(p.helpText());
        return Ok;
    }
    if (!p.isSet(server))
        return fail(Usage, TrCli::tr("--server is required"));
    QString error;
    const auto url = ServerUrl::parse(p.value(server), &error);
    if (!url)
        return fail(Usage, TrCli::tr("--server: %1").arg(error));
    const auto channel = channelOptions(*url, p.value(caFile), p.value(pin), p.value(timeout), &error);
    if (!channel)
        return fail(Usage, error);

    TraceHub hub;
    QString envSecret;
    if (readSecret(p.value(passwordFile), "CARTEIRO_PASSWORD", &envSecret, &error))
        hub.addSecret(envSecret.toUtf8()); // masked even if typed on a line by hand
    // The transcript on stdout (it is the console's output, not a side trace),
    // each server line followed by its explanation with --explain.
    auto printer = std::make_shared<TracePrinter>(p.isSet(explain));
    hub.setListener([printer](const TraceEvent &e) {
        for (const QString &line : printer->linesFor(e))
            out(line);
    });

    ConsoleSession::Config config;
    config.user = p.value(user);
    config.classroom = p.isSet(classroom);
    ConsoleConnection console(&hub, url->protocol, config);
    console.setAllowPlaintextAuth(p.isSet(allowPlain));
    ConsoleRunner runner(&console, p.value(passwordFile));
    ConsoleInput input;
    QObject::connect(&input, &ConsoleInput::lineRead, &runner, &ConsoleRunner::onLine);
    QObject::connect(&input, &ConsoleInput::finished, &runner, &ConsoleRunner::onEof);
    console.open(*channel);
    input.start();
    QCoreApplication::exec();
    input.stop();
    if (!runner.networkError().isEmpty())
        err(QStringLiteral("error: ") + runner.networkError());
    return runner.exitCode();
}

} // namespace carteiro::cli
