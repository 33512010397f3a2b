// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Who Carteiro is, for the About dialog, --version and the desktop: the
// reverse-DNS application id (the desktop file, the AppStream id, the icon
// name: packaging/README.md), the version, and the libraries it is built on
// with the version found at run time and their licences.
#include <QList>
#include <QString>

namespace carteiro {

// "io.github.carteiro.Carteiro": io.github.carteiro.Carteiro.desktop,
// .metainfo.xml, the hicolor icon name, QGuiApplication::setDesktopFileName.
QString applicationId();
// The project version (CMake's PROJECT_VERSION), "0.1.0".
QString applicationVersion();
// Carteiro's own licence, as an SPDX expression.
QString applicationLicense();

struct LibraryInfo
{
    QString name;
    QString version; // as the library reports it at run time where it can
    QString license; // SPDX expression
    QString url;
};

// The libraries core/ links (Qt, vmime, GNU SASL, OpenSSL, SQLite through Qt
// Sql); the GUI adds its own (QtKeychain) in the About dialog.
QList<LibraryInfo> coreLibraries();

// "carteiro-cli 0.1.0" followed by one line per library: the --version text.
QString versionText(const QString &program, const QList<LibraryInfo> &libraries);

} // namespace carteiro
