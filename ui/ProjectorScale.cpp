// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectorScale.h"

#include <QApplication>
#include <QEvent>
#include <QSettings>
#include <QWidget>

namespace carteiro {

namespace {
const char *const kBaseProperty = "carteiroBasePointSize";

bool isUnder(const QWidget *w, const QWidget *root)
{
    for (; w && root; w = w->parentWidget())
        if (w == root)
            return true;
    return false;
}
} // namespace

int ProjectorScale::defaultPointSize()
{
    static const int points = [] {
        const int p = QApplication::font().pointSize();
        return p > 0 ? p : 10;
    }();
    return points;
}

int ProjectorScale::rememberedPointSize()
{
    return QSettings().value(kSettingsKey, 0).toInt();
}

void ProjectorScale::apply(int points, const QWidget *skip)
{
    const int base = defaultPointSize();
    if (points <= 0)
        points = base;
    const double factor = double(points) / base;
    QFont font = QApplication::font();
    font.setPointSize(points);
    QApplication::setFont(font);
    // Qt propagates an application font only once exec() runs; a window built
    // before (or a test) is told directly. Twice is harmless: it only re-resolves.
    const QList<QWidget *> widgets = QApplication::allWidgets();
    for (QWidget *w : widgets) {
        if (w->testAttribute(Qt::WA_SetFont))
            continue;
        QEvent change(QEvent::ApplicationFontChange);
        QCoreApplication::sendEvent(w, &change);
    }

    // Widgets with their own font keep their size relative to the default.
    for (QWidget *w : widgets) {
        if (!w->testAttribute(Qt::WA_SetFont) || isUnder(w, skip))
            continue;
        QVariant own = w->property(kBaseProperty);
        if (!own.isValid()) {
            own = w->font().pointSizeF();
            w->setProperty(kBaseProperty, own);
        }
        if (own.toDouble() <= 0)
            continue; // a pixel-sized font: left as it is
        QFont f = w->font();
        f.setPointSizeF(own.toDouble() * factor);
        w->setFont(f);
    }

    QSettings settings;
    if (points == base)
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, points);
}

} // namespace carteiro
