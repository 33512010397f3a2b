// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/InspectorSession.h"

#include "inspector/InspectorDock.h"
#include "inspector/MimePane.h"
#include "inspector/SessionReplayWindow.h"
#include "trace/TraceExplainer.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace carteiro {

QString InspectorSession::fileFilter()
{
    return tr("Carteiro sessions (*.carteiro-session);;All files (*)");
}

SessionData InspectorSession::collect(const TraceHub *hub, const InspectorDock *dock)
{
    SessionData d;
    d.created = QDateTime::currentDateTimeUtc();
    d.connections = hub->connections();
    d.events = hub->history();
    // Each line's explanation key, read in the context of its connection, so
    // that the file explains itself in the language of whoever opens it.
    TraceExplainer explainer;
    for (TraceEvent &e : d.events)
        explainer.annotate(e);
    if (dock) {
        const QByteArray raw = dock->mime()->rawMessage();
        if (!raw.isEmpty())
            d.messages.append({tr("MIME tab"), raw});
    }
    return d;
}

bool InspectorSession::save(const QString &path, TraceHub *hub, const InspectorDock *dock, QString *error)
{
    return SessionFile::save(path, collect(hub, dock), error,
                             [hub](const QByteArray &bytes) { return hub->redact(bytes); });
}

SessionReplayWindow *InspectorSession::open(const QString &path, QWidget *parent, QString *error)
{
    auto data = SessionFile::load(path, error);
    if (!data)
        return nullptr;
    auto *window = new SessionReplayWindow(std::move(*data), QFileInfo(path).fileName(), parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
}

void InspectorSession::addMenuActions(QMenu *menu, QWidget *window, TraceHub *hub, InspectorDock *dock)
{
    QAction *save = menu->addAction(tr("Save inspector session..."));
    save->setObjectName(QStringLiteral("saveInspectorSession"));
    save->setToolTip(tr("Save every connection, line, timing and the MIME tree, to replay without a network"));
    QObject::connect(save, &QAction::triggered, window, [window, hub, dock] {
        const QString path = QFileDialog::getSaveFileName(window, tr("Save inspector session"),
                                                          QStringLiteral("class.carteiro-session"), fileFilter());
        QString error;
        if (!path.isEmpty() && !InspectorSession::save(path, hub, dock, &error))
            QMessageBox::warning(window, tr("Save failed"), error);
    });
    QAction *open = menu->addAction(tr("Open inspector session..."));
    open->setObjectName(QStringLiteral("openInspectorSession"));
    open->setToolTip(tr("Open a saved session and replay it, with no network"));
    QObject::connect(open, &QAction::triggered, window, [window] {
        const QString path = QFileDialog::getOpenFileName(window, tr("Open inspector session"), QString(),
                                                          fileFilter());
        QString error;
        if (!path.isEmpty() && !InspectorSession::open(path, window, &error))
            QMessageBox::warning(window, tr("Cannot open the session"), error);
    });
}

} // namespace carteiro
