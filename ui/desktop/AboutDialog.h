// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Help > About Carteiro: the icon, the version, what Carteiro is, its licence
// (GPL-3.0-or-later, the LICENSE file) and the libraries it is built on with
// the version running now and their licences (core/util/AppInfo.h).
#include "util/AppInfo.h"

#include <QDialog>

class QMainWindow;
class QTableWidget;

namespace carteiro {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // Every library listed: core's and the window's own (QtKeychain, Qt Multimedia).
    static QList<LibraryInfo> libraries();
    QTableWidget *libraryTable() const { return m_table; }

    // Adds Help > About Carteiro and About Qt to the window's menu bar.
    static void addHelpMenu(QMainWindow *window);

private:
    QTableWidget *m_table;
};

} // namespace carteiro
