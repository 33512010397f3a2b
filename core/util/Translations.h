// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Loading the interface translations: Qt's own (qtbase, when the system ships
// it) and Carteiro's, which the build compiles from translations/*.ts into
// carteiro_<locale>.qm files. They are read from disk, so that an installed
// Carteiro finds them where the package put them and a build finds its own:
//   1. $CARTEIRO_TRANSLATIONS_DIR (a translator trying a new .qm);
//   2. the build tree's translations/ when the program runs from that build;
//   3. <program>/../share/carteiro/translations (an install under any prefix,
//      the Windows layout, the TGZ unpacked anywhere);
//   4. <program>/../Resources/translations (the macOS bundle);
//   5. the configured <prefix>/share/carteiro/translations.
#include <QLocale>
#include <QString>
#include <QStringList>

namespace carteiro {

// Installs the translators for locale on the running QCoreApplication,
// replacing those of an earlier call. Returns true when Carteiro's own
// translation for the locale was found and installed (false for a locale we
// have none for, e.g. English, the source language, or without an application
// object).
bool installTranslations(const QLocale &locale = QLocale());

// Removes the translators installTranslations() installed.
void removeTranslations();

// The folders above that exist, in the order they are tried.
QStringList translationSearchDirs();

// The folder the last successful installTranslations() loaded from (empty if none).
QString loadedTranslationsDir();

} // namespace carteiro
