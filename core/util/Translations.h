#pragma once
// Loading the interface translations: Qt's own (qtbase, when the system ships
// it) and Carteiro's, which the build compiles from translations/*.ts and
// embeds in carteiro_core as :/i18n/carteiro_<locale>.qm.
#include <QLocale>
#include <QString>

namespace carteiro {

// Installs the translators for locale on the running QCoreApplication,
// replacing those of an earlier call. Returns true when Carteiro's own
// translation for the locale was found and installed (false for a locale we
// have none for, e.g. English, the source language, or without an application
// object).
bool installTranslations(const QLocale &locale = QLocale());

// Removes the translators installTranslations() installed.
void removeTranslations();

// Where the compiled translations live in the resource system (":/i18n").
QString translationsResourceDir();

} // namespace carteiro
