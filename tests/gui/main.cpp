// SPDX-License-Identifier: GPL-3.0-or-later
// GUI tests: one QApplication for every test (widgets need it), run offscreen.
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // gtest_discover_tests runs this binary at build time without the test's
    // ENVIRONMENT, so default to offscreen here: a build machine has no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt 6.4's GStreamer media backend crashes on machines with an incomplete
    // GStreamer install (seen here: a NULL element in gst_element_link_many);
    // FFmpeg is Qt's default backend from 6.5 on.
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    // Tests must never read or write the user's real settings: test mode for
    // QStandardPaths, and every QSettings scope redirected into a throw-away
    // folder (several test binaries may run at the same time).
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settingsDir;
    for (const auto format : {QSettings::NativeFormat, QSettings::IniFormat}) {
        QSettings::setPath(format, QSettings::UserScope, settingsDir.path());
        QSettings::setPath(format, QSettings::SystemScope, settingsDir.path() + QStringLiteral("/system"));
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CarteiroTests"));
    QApplication::setApplicationName(QStringLiteral("gui_tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
