// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/ContactsMenu.h"

#include "MainWindow.h"
#include "compose/ComposerWindow.h"
#include "contacts/AddressBookDialog.h"
#include "engine/ContactsEngine.h"
#include "mail/MessageListModel.h"
#include "mail/MessageListView.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QStatusBar>
#include <QTimer>

namespace carteiro {

namespace {

struct TrContactsMenu { Q_DECLARE_TR_FUNCTIONS(ContactsMenu) };

constexpr int kRefreshMs = 60 * 1000; // new mail reaches completion within a minute

QStringList ownAddresses(const MainWindow *window)
{
    QStringList out;
    for (const AccountSettings &a : window->accounts())
        for (const Identity &i : a.identities())
            out << i.address;
    return out;
}

QMenu *menuHolding(QMainWindow *window, QAction *action)
{
    for (QAction *top : window->menuBar()->actions())
        if (top->menu() && top->menu()->actions().contains(action))
            return top->menu();
    return nullptr;
}

AddressBookDialog *openBook(MainWindow *window, ContactsEngine *engine)
{
    auto *dialog = window->findChild<AddressBookDialog *>();
    if (!dialog) {
        dialog = new AddressBookDialog(engine, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    return dialog;
}

void addSender(MainWindow *window, ContactsEngine *engine)
{
    const StoredMessage *m = window->messageModel()->message(window->messageView()->currentIndex());
    if (!m || m->fromAddress.isEmpty()) {
        window->statusBar()->showMessage(TrContactsMenu::tr("Select a message whose sender has an address."), 6000);
        return;
    }
    for (const ContactCard &c : engine->contacts())
        if (c.emails.contains(m->fromAddress, Qt::CaseInsensitive)) {
            openBook(window, engine)->showContact(c.id);
            window->statusBar()->showMessage(
                TrContactsMenu::tr("%1 is already in the address book.").arg(m->fromAddress), 6000);
            return;
        }
    ContactCard card;
    card.name = m->fromName;
    card.emails = {m->fromAddress};
    if (const QString why = card.validate(); !why.isEmpty()) {
        window->statusBar()->showMessage(TrContactsMenu::tr("Cannot add the sender: %1").arg(why), 8000);
        return;
    }
    engine->saveContact(card);
    window->statusBar()->showMessage(
        TrContactsMenu::tr("Added %1 to the address book.").arg(card.primaryAddress().toDisplayString()), 6000);
}

} // namespace

ContactsEngine *ContactsMenu::install(MainWindow *window, const QString &storePath)
{
    auto *engine = new ContactsEngine(storePath, window);
    engine->setObjectName(QStringLiteral("contactsEngine"));
    engine->setOwnAddresses(ownAddresses(window));
    QObject::connect(window, &MainWindow::accountsChanged, engine,
                     [window, engine] { engine->setOwnAddresses(ownAddresses(window)); });
    QObject::connect(engine, &ContactsEngine::failed, window,
                     [window](const QString &why) { window->statusBar()->showMessage(why, 10000); });
    auto *timer = new QTimer(engine);
    timer->setInterval(kRefreshMs);
    QObject::connect(timer, &QTimer::timeout, engine, &ContactsEngine::refresh);
    timer->start();
    engine->refresh();

    QMenu *tools = window->menuBar()->findChild<QMenu *>(QStringLiteral("toolsMenu"));
    if (!tools) {
        tools = window->menuBar()->addMenu(TrContactsMenu::tr("&Tools"));
        tools->setObjectName(QStringLiteral("toolsMenu"));
    }
    auto *book = tools->addAction(TrContactsMenu::tr("&Address book..."));
    book->setObjectName(QStringLiteral("addressBookAction"));
    book->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+B")));
    book->setToolTip(TrContactsMenu::tr("Contacts and groups; import and export vCard"));
    QObject::connect(book, &QAction::triggered, window, [window, engine] { openBook(window, engine); });

    auto *sender = new QAction(TrContactsMenu::tr("Add sender to address &book"), window);
    sender->setObjectName(QStringLiteral("addSenderAction"));
    QObject::connect(sender, &QAction::triggered, window, [window, engine] { addSender(window, engine); });
    window->messageView()->addAction(sender); // the list's context menu
    if (QMenu *message = menuHolding(window, window->replyAction()))
        message->addAction(sender);
    return engine;
}

void ContactsMenu::attach(MainWindow *window, ComposerWindow *composer)
{
    if (ContactsEngine *engine = window->contacts()) {
        engine->setOwnAddresses(ownAddresses(window)); // also a lab account installed since
        composer->setContacts(engine);
        engine->refresh();
    }
}

} // namespace carteiro
