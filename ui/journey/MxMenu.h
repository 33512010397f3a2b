// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The composer's recipient fields offer, in their context menu, "How does mail
// reach DOMAIN?" for the domain of each address typed (MxDialog).
#include <QStringList>

class QLineEdit;
class QMenu;

namespace carteiro {

namespace MxMenu {
// Replaces the line edit's context menu with its standard one plus the actions.
void install(QLineEdit *edit);
// The standard menu plus one action per domain (objectName "mxAction"); the caller owns it.
QMenu *create(QLineEdit *edit);
// The domains of the addresses in an address list, in order, each once (lower case);
// an address that does not parse is skipped, the others still count.
QStringList domainsIn(const QString &addressList);
} // namespace MxMenu

} // namespace carteiro
