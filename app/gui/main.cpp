#include "MainWindow.h"
#include "util/Translations.h"

#include <QApplication>
#include <QLocale>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Carteiro"));
    QApplication::setOrganizationName(QStringLiteral("Carteiro"));
    carteiro::installTranslations(QLocale::system());
    carteiro::MainWindow window;
    window.show();
    return app.exec();
}
