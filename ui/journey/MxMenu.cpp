// SPDX-License-Identifier: GPL-3.0-or-later
#include "journey/MxMenu.h"

#include "compose/AddressField.h"
#include "journey/MxDialog.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>

namespace carteiro {

QStringList MxMenu::domainsIn(const QString &addressList)
{
    QString error;
    QList<MailAddress> addresses = AddressField::parseList(addressList, &error);
    if (!error.isEmpty()) { // each piece on its own: one bad address does not hide the others' domains
        addresses.clear();
        for (const QString &piece : addressList.split(QRegularExpression(QStringLiteral("[,;]"))))
            if (const auto address = MailAddress::parse(piece.trimmed(), &error))
                addresses << *address;
    }
    QStringList out;
    for (const MailAddress &address : std::as_const(addresses)) {
        const QString domain = address.address.section(QLatin1Char('@'), -1).toLower();
        if (!domain.isEmpty() && !out.contains(domain))
            out << domain;
    }
    return out;
}

QMenu *MxMenu::create(QLineEdit *edit)
{
    QMenu *menu = edit->createStandardContextMenu();
    const QStringList domains = domainsIn(edit->text());
    if (!domains.isEmpty())
        menu->addSeparator();
    for (const QString &domain : domains) {
        QAction *a = menu->addAction(QCoreApplication::translate("carteiro::MxDialog", "How does mail reach %1?").arg(domain));
        a->setObjectName(QStringLiteral("mxAction"));
        QWidget *window = edit->window();
        QObject::connect(a, &QAction::triggered, window, [window, domain] {
            auto *dialog = new MxDialog(window);
            dialog->show();
            dialog->lookup(domain);
        });
    }
    return menu;
}

void MxMenu::install(QLineEdit *edit)
{
    edit->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(edit, &QWidget::customContextMenuRequested, edit, [edit](const QPoint &pos) {
        QMenu *menu = create(edit);
        menu->exec(edit->mapToGlobal(pos));
        delete menu;
    });
}

} // namespace carteiro
