// SPDX-License-Identifier: GPL-3.0-or-later
#include "journey/JourneyActions.h"

#include "MainWindow.h"
#include "engine/JourneyLoader.h"
#include "journey/JourneyWindow.h"
#include "mail/MessageListView.h"
#include "reader/MessageView.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QToolBar>

namespace carteiro {

JourneyActions::JourneyActions(MainWindow *window, const QString &storePath)
    : QObject(window),
      m_main(window),
      m_action(new QAction(tr("&Journey of the message"), this)),
      m_loader(new JourneyLoader(storePath, this))
{
    setObjectName(QStringLiteral("journeyActions")); // MainWindow::findChild<JourneyActions *>()
    m_action->setObjectName(QStringLiteral("journeyAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_action->setToolTip(tr("Show the path this message took, from the sender's program through each mail "
                            "server to your mailbox"));
    connect(m_action, &QAction::triggered, this, [this] { openShown(); });
    connect(m_loader, &JourneyLoader::loaded, this, [this](const MessageJourney &journey, const QString &error) {
        if (!m_window)
            return;
        m_window->setJourney(journey);
        if (!error.isEmpty())
            m_window->setStatus(tr("Carteiro's own records could not be read (%1): only the message's header is "
                                   "shown.").arg(error));
    });
    connect(window->reader(), &MessageView::messageShown, this, &JourneyActions::updateEnabled);
    connect(window->messageView()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JourneyActions::updateEnabled);
    window->messageView()->addAction(m_action); // the list's context menu
    updateEnabled();
}

void JourneyActions::addTo(QMenu *messageMenu, QToolBar *toolbar)
{
    messageMenu->addSeparator();
    messageMenu->addAction(m_action);
    toolbar->addAction(m_action);
}

void JourneyActions::updateEnabled()
{
    m_action->setEnabled(m_main->reader()->parsedMessage() != nullptr);
}

JourneyWindow *JourneyActions::openShown()
{
    const ParsedMessagePtr shown = m_main->reader()->parsedMessage();
    if (!shown)
        return nullptr;
    return open(shown->raw(), m_main->reader()->messageId());
}

JourneyWindow *JourneyActions::open(const QByteArray &raw, qint64 messageId)
{
    if (!m_window)
        m_window = new JourneyWindow(m_main); // one window, reused: the class looks at one journey at a time
    m_window->setJourney(MessageJourney::build(raw)); // the header at once; Carteiro's legs follow
    m_window->setStatus(tr("Reading Carteiro's records of this message..."));
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    m_loader->load(messageId, raw);
    return m_window;
}

} // namespace carteiro
