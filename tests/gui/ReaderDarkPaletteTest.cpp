// SPDX-License-Identifier: GPL-3.0-or-later
// The reader follows the system's dark palette (issue 12 §6): plain text in
// the palette's colours, HTML mail (styled for a white page by its author) on a
// light paper so its dark text stays readable; both readable in both palettes,
// measured as the contrast between the body's text and background colours.
#include "reader/MessageView.h"
#include "reader/ReaderPalette.h"
#include "reader/SafeTextBrowser.h"

#include <QApplication>
#include <QTest>
#include <gtest/gtest.h>

#include <cmath>

using namespace carteiro;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    return p;
}

// WCAG 2 contrast ratio of two colours (1 to 21; 4.5 is enough for text).
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

const QByteArray kPlain = "From: a@example.test\r\nSubject: plain\r\n\r\nJust text.\r\n";
const QByteArray kHtml = "From: a@example.test\r\nSubject: html\r\nMIME-Version: 1.0\r\n"
                         "Content-Type: text/html; charset=utf-8\r\n\r\n"
                         "<p style=\"color:#222222\">Dark text chosen by the sender.</p>\r\n";

QColor bodyText(const MessageView &v) { return v.bodyBrowser()->palette().color(QPalette::Text); }
QColor bodyBase(const MessageView &v) { return v.bodyBrowser()->palette().color(QPalette::Base); }

} // namespace

TEST(ReaderDarkPalette, PlainTextFollowsTheDarkPaletteAndHtmlGoesOnPaper)
{
    MessageView v;
    v.setPalette(darkPalette());
    v.show();
    EXPECT_TRUE(isDarkPalette(v.palette()));
    v.showMessage(kPlain, 1);
    EXPECT_LT(bodyBase(v).lightness(), 80) << "plain text: the dark background of the theme";
    EXPECT_GE(contrast(bodyText(v), bodyBase(v)), 7.0);

    v.showMessage(kHtml, 2);
    EXPECT_GT(bodyBase(v).lightness(), 200) << "HTML: on light paper";
    EXPECT_GE(contrast(QColor(0x22, 0x22, 0x22), bodyBase(v)), 7.0) << "the sender's dark text reads";
    EXPECT_GE(contrast(bodyText(v), bodyBase(v)), 7.0) << "text without a colour of its own too";

    v.setShowPlainText(true); // (no plain part here: the switch still follows the theme)
    v.showMessage(kPlain, 3);
    EXPECT_LT(bodyBase(v).lightness(), 80);
}

TEST(ReaderDarkPalette, ALightPaletteIsLeftAsItIs)
{
    MessageView v;
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::WindowText, Qt::black);
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    v.setPalette(light);
    v.show();
    EXPECT_FALSE(isDarkPalette(v.palette()));
    v.showMessage(kHtml, 1);
    EXPECT_EQ(bodyBase(v), QColor(Qt::white));
    EXPECT_GE(contrast(bodyText(v), bodyBase(v)), 7.0);
    // Switching the whole window to dark afterwards: the paper comes with it.
    v.setPalette(darkPalette());
    QApplication::processEvents();
    EXPECT_GT(bodyBase(v).lightness(), 200);
    v.showMessage(kPlain, 2);
    EXPECT_LT(bodyBase(v).lightness(), 80);
}
