// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The projector size for the whole application: the inspector's A-/A/A+ set the
// application font (every window: message list, reader, composers already open
// or opened later, folder tree, menus) and it is remembered across runs.
// Widgets that chose their own font (a fixed-width view, a bigger title) keep
// their proportion to the default size.
#include <QString>

class QWidget;

namespace carteiro {

class ProjectorScale
{
public:
    static inline const QString kSettingsKey = QStringLiteral("view/fontPointSize");

    // The application font size before any scaling (read once, at first use).
    static int defaultPointSize();
    // Sets the application font to `points` and scales the widgets that set
    // their own font; widgets under `skip` (the inspector, which sizes its own)
    // are left alone. Remembers the size (the default size clears the setting).
    static void apply(int points, const QWidget *skip = nullptr);
    // The size remembered by apply(), 0 when none.
    static int rememberedPointSize();
};

} // namespace carteiro
