#include "util/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace carteiro {
namespace {

QPointer<QTranslator> g_qtTranslator;
QPointer<QTranslator> g_ownTranslator;

void drop(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    translator = nullptr;
}

} // namespace

QString translationsResourceDir()
{
    return QStringLiteral(":/i18n");
}

void removeTranslations()
{
    drop(g_ownTranslator);
    drop(g_qtTranslator);
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

    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("carteiro"), QStringLiteral("_"),
                  translationsResourceDir()) &&
        QCoreApplication::installTranslator(own)) {
        g_ownTranslator = own;
        return true;
    }
    delete own;
    return false;
}

} // namespace carteiro
