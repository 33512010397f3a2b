// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/ConsoleWindow.h"

#include "account/AccountSettings.h"
#include "console/ConsoleCommandHelp.h"
#include "engine/ConsoleConnection.h"
#include "console/ConsoleLineEdit.h"
#include "console/ConsoleServerForm.h"
#include "engine/MxLookup.h"
#include "journey/MxDialog.h"
#include "trace/TraceHub.h"
#include "trace/TraceText.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace carteiro {

ConsoleWindow::ConsoleWindow(TraceHub *hub, const QList<AccountSettings> &accounts, QWidget *parent)
    : QWidget(parent, Qt::Window), m_hub(hub), m_explainer(std::make_unique<TraceExplainer>())
{
    setObjectName(QStringLiteral("ConsoleWindow"));
    setWindowTitle(tr("Protocol console"));
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_form = new ConsoleServerForm(accounts, this);
    m_connect = new QPushButton(tr("&Connect"), this);
    m_connect->setObjectName(QStringLiteral("consoleConnect"));

    m_transcript = new QPlainTextEdit(this);
    m_transcript->setObjectName(QStringLiteral("consoleTranscript"));
    m_transcript->setReadOnly(true);
    m_transcript->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_passwordBar = new QWidget(this);
    m_passwordPrompt = new QLabel(m_passwordBar);
    m_password = new QLineEdit(m_passwordBar);
    m_password->setObjectName(QStringLiteral("consolePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *passwordOk = new QPushButton(tr("Send password"), m_passwordBar);
    auto *passwordCancel = new QPushButton(tr("Cancel"), m_passwordBar);
    auto *passwordRow = new QHBoxLayout(m_passwordBar);
    passwordRow->setContentsMargins(0, 0, 0, 0);
    passwordRow->addWidget(m_passwordPrompt);
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(passwordOk);
    passwordRow->addWidget(passwordCancel);
    m_passwordBar->hide();

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("consoleState"));
    m_input = new ConsoleLineEdit(this);
    m_input->setObjectName(QStringLiteral("consoleInput"));
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setPlaceholderText(tr("type a command and press Enter (Up/Down: history)"));
    m_send = new QPushButton(tr("&Send"), this);
    m_help = new QLabel(this);
    m_help->setObjectName(QStringLiteral("consoleCommandHelp"));
    m_help->setWordWrap(true);
    m_help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_help->hide();
    m_commandHelp = new ConsoleCommandHelp(m_input, m_help, this);
    auto *copy = new QPushButton(tr("Cop&y transcript"), this);
    auto *exportButton = new QPushButton(tr("&Export..."), this);
    exportButton->setObjectName(QStringLiteral("consoleExport"));
    m_explain = new QCheckBox(tr("E&xplain every server line"), this);
    m_explain->setObjectName(QStringLiteral("consoleExplain"));
    m_explain->setChecked(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_form, 1);
    top->addWidget(m_connect, 0, Qt::AlignTop);
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_state);
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_send);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_explain);
    bottom->addStretch(1);
    bottom->addWidget(copy);
    bottom->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_transcript, 1);
    layout->addWidget(m_passwordBar);
    layout->addLayout(inputRow);
    layout->addWidget(m_help);
    layout->addLayout(bottom);
    resize(900, 640);

    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (isConnected())
            disconnectFromServer();
        else
            connectToServer();
    });
    connect(m_input, &QLineEdit::returnPressed, this, [this] { submitLine(m_input->text()); });
    connect(m_send, &QPushButton::clicked, this, [this] { submitLine(m_input->text()); });
    connect(m_password, &QLineEdit::returnPressed, this, &ConsoleWindow::acceptPassword);
    connect(passwordOk, &QPushButton::clicked, this, &ConsoleWindow::acceptPassword);
    connect(passwordCancel, &QPushButton::clicked, this, &ConsoleWindow::cancelPassword);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(transcriptText()); });
    connect(exportButton, &QPushButton::clicked, this, &ConsoleWindow::exportDialog);
    connect(m_hub, &TraceHub::eventsAppended, this, &ConsoleWindow::onEvents);
    connect(m_form, &ConsoleServerForm::protocolChanged, this, &ConsoleWindow::updateControls);
    updateControls();
}

ConsoleWindow::~ConsoleWindow() = default;

bool ConsoleWindow::isConnected() const
{
    return m_connection && m_connection->isOpen();
}

void ConsoleWindow::connectToServer()
{
    const QString problem = m_form->validate();
    if (!problem.isEmpty()) {
        appendLocal(tr("cannot connect: %1").arg(problem));
        return;
    }
    if (m_connection) {
        m_connection->close();
        m_connection->deleteLater();
    }
    ConsoleSession::Config config;
    config.user = m_form->user();
    config.classroom = m_form->classroom();
    m_connection = new ConsoleConnection(m_hub, m_form->protocol(), config, this);
    m_connection->setAllowPlaintextAuth(m_form->allowPlaintextAuth());
    connect(m_connection, &ConsoleConnection::connected, this, &ConsoleWindow::updateControls);
    connect(m_connection, &ConsoleConnection::closed, this, &ConsoleWindow::updateControls);
    connect(m_connection, &ConsoleConnection::stateChanged, this, &ConsoleWindow::updateControls);
    connect(m_connection, &ConsoleConnection::historyEntry, m_input, &ConsoleLineEdit::addHistory);
    connect(m_connection, &ConsoleConnection::passwordRequested, this, &ConsoleWindow::onPasswordRequested);
    connect(m_connection, &ConsoleConnection::failed, this, &ConsoleWindow::updateControls);
    m_connection->open(m_form->options());
    m_connections << m_connection->connectionId();
    updateControls();
    m_input->setFocus();
}

void ConsoleWindow::disconnectFromServer()
{
    if (m_connection)
        m_connection->close();
    cancelPassword();
    updateControls();
}

void ConsoleWindow::submitLine(const QString &line)
{
    static const QRegularExpression mx(QStringLiteral("^\\s*:mx(?:\\s+(.*))?$"), QRegularExpression::CaseInsensitiveOption);
    if (const auto m = mx.match(line); m.hasMatch()) {
        m_input->clear();
        lookupMx(m.captured(1).trimmed());
        return;
    }
    if (!m_connection) {
        appendLocal(tr("not connected: choose a server and press Connect"));
        return;
    }
    if (m_connection->submit(line.toUtf8()))
        m_input->clear();
    updateControls();
}

void ConsoleWindow::lookupMx(const QString &domain)
{
    if (!m_mx) {
        m_mx = new MxLookup(this);
        connect(m_mx, &MxLookup::finished, this, [this](const MxResult &r) {
            for (const QString &line : MxDialog::describe(r))
                appendLocal(line);
        });
    }
    if (domain.isEmpty()) {
        appendLocal(tr(":mx DOMAIN looks up how mail reaches a domain (its MX records, RFC 5321 §5.1)"));
        return;
    }
    appendLocal(tr("MX lookup of %1...").arg(domain));
    m_mx->lookup(domain);
}

void ConsoleWindow::onPasswordRequested(const QString &prompt)
{
    m_passwordPrompt->setText(prompt);
    m_password->clear();
    m_passwordBar->show();
    m_password->setFocus();
}

void ConsoleWindow::acceptPassword()
{
    if (!m_connection || !m_connection->session()->passwordPending())
        return;
    const QByteArray secret = m_password->text().toUtf8();
    m_password->clear();
    m_passwordBar->hide();
    m_connection->providePassword(secret);
    m_input->setFocus();
}

void ConsoleWindow::cancelPassword()
{
    m_password->clear();
    m_passwordBar->hide();
    if (m_connection && m_connection->session()->passwordPending())
        m_connection->cancelPassword();
}

void ConsoleWindow::updateControls()
{
    const bool open = isConnected();
    m_connect->setText(open ? tr("&Disconnect") : tr("&Connect"));
    m_form->setEnabled(!open);
    // The input stays usable: the history can be walked before connecting again.
    m_send->setEnabled(open);
    m_state->setText(open ? m_connection->state() : tr("not connected"));
    // Completion offers what is valid now; before connecting, what the first state allows.
    m_commandHelp->setContext(m_connection ? m_connection->session()->protocol() : m_form->protocol(),
                              m_connection ? m_connection->state()
                                           : ConsoleSession::initialState(m_form->protocol()));
}

QString ConsoleWindow::render(const TraceEvent &event) const
{
    QString text = QString::fromUtf8(TraceText::line(event));
    if (event.direction == Direction::ClientToServer && event.protocol == Protocol::Imap && m_connection &&
        event.connection == m_connection->connectionId()) {
        // The tag the console added, and the line as the student typed it.
        const QByteArray typed = m_connection->typedFor(event.bytes.left(event.bytes.indexOf(' ')));
        if (!typed.isEmpty())
            text += tr("    (typed: %1)").arg(QString::fromUtf8(typed));
    }
    return text;
}

void ConsoleWindow::onEvents(const QList<TraceEvent> &batch)
{
    bool changed = false;
    for (const TraceEvent &e : batch) {
        if (!m_connections.contains(e.connection))
            continue;
        m_transcript->appendPlainText(render(e));
        changed = true;
        // The explainer reads every event in order (a reply in the context of its
        // command); its line is shown after each server line when asked for.
        const LineExplanation why = m_explainer->explain(e);
        const bool fromServer = e.direction == Direction::ServerToClient &&
                                (e.kind == TraceKind::Line || e.kind == TraceKind::Injection);
        if (m_explain->isChecked() && fromServer) {
            const QString note = TraceExplainer::noteLine(why);
            if (!note.isEmpty())
                m_transcript->appendPlainText(note);
        }
    }
    if (changed) {
        updateControls();
        Q_EMIT transcriptChanged();
    }
}

void ConsoleWindow::appendLocal(const QString &text)
{
    m_transcript->appendPlainText(QStringLiteral("*: ") + text);
    Q_EMIT transcriptChanged();
}

QString ConsoleWindow::transcriptText() const
{
    return m_transcript->toPlainText();
}

QByteArray ConsoleWindow::exportText() const
{
    QList<TraceEvent> events;
    for (const quint32 id : m_connections)
        events += m_hub->history(id);
    return TraceText::format(events, true);
}

bool ConsoleWindow::exportTo(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(exportText()) < 0) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

void ConsoleWindow::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export console transcript"), QString(),
                                                      tr("Transcript (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        appendLocal(error);
}

QStringList ConsoleWindow::history() const
{
    return m_input->history();
}

void ConsoleWindow::setFontPointSize(int points)
{
    for (QWidget *w : {static_cast<QWidget *>(m_transcript), static_cast<QWidget *>(m_input),
                       static_cast<QWidget *>(m_password)}) {
        QFont f = w->font();
        f.setPointSize(points);
        w->setFont(f);
    }
}

} // namespace carteiro
