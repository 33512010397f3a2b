// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

// Set for this file by core/CMakeLists.txt.
#ifndef CARTEIRO_BUILD_DIR
#define CARTEIRO_BUILD_DIR ""
#endif
#ifndef CARTEIRO_INSTALL_TRANSLATIONS_DIR
#define CARTEIRO_INSTALL_TRANSLATIONS_DIR ""
#endif

namespace carteiro {
namespace {

QPointer<QTranslator> g_qtTranslator;
QPointer<QTranslator> g_ownTranslator;
QString g_loadedDir;

void drop(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    translator = nullptr;
}

bool isInside(const QString &path, const QString &dir)
{
    if (dir.isEmpty())
        return false;
    const QString canonDir = QFileInfo(dir).canonicalFilePath();
    const QString canonPath = QFileInfo(path).canonicalFilePath();
    return !canonDir.isEmpty() &&
           (canonPath == canonDir || canonPath.startsWith(canonDir + QLatin1Char('/')));
}

} // namespace

QStringList translationSearchDirs()
{
    QStringList candidates;
    const QString fromEnv = qEnvironmentVariable("CARTEIRO_TRANSLATIONS_DIR");
    if (!fromEnv.isEmpty())
        candidates << fromEnv;
    const QString buildDir = QString::fromUtf8(CARTEIRO_BUILD_DIR);
    const QString appDir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    if (!appDir.isEmpty()) {
        if (isInside(appDir, buildDir))
            candidates << buildDir + QStringLiteral("/translations");
        candidates << appDir + QStringLiteral("/../share/carteiro/translations")
                   << appDir + QStringLiteral("/../Resources/translations");
    }
    const QString configured = QString::fromUtf8(CARTEIRO_INSTALL_TRANSLATIONS_DIR);
    if (!configured.isEmpty())
        candidates << configured;

    QStringList dirs;
    for (const QString &c : candidates) {
        const QString clean = QDir::cleanPath(c);
        if (QFileInfo(clean).isDir() && !dirs.contains(clean))
            dirs << clean;
    }
    return dirs;
}

QString loadedTranslationsDir()
{
    return g_loadedDir;
}

void removeTranslations()
{
    drop(g_ownTranslator);
    drop(g_qtTranslator);
    g_loadedDir.clear();
}

bool installTranslations(const QLocale &locale)
{
    removeTranslations();
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return false;

    // Qt's own strings (dialog buttons, network errors ...): optional, only
    // when the system has Qt's translations installed.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
        QCoreApplication::installTranslator(qt)) {
        g_qtTranslator = qt;
    } else {
        delete qt;
    }

    for (const QString &dir : translationSearchDirs()) {
        auto *own = new QTranslator(app);
        if (own->load(locale, QStringLiteral("carteiro"), QStringLiteral("_"), dir) &&
            QCoreApplication::installTranslator(own)) {
            g_ownTranslator = own;
            g_loadedDir = dir;
            return true;
        }
        delete own;
    }
    return false;
}

} // namespace carteiro
