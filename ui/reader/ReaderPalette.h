// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The reader follows the system's palette (issue 12 §6). Plain text is drawn
// in the palette's own colours, light on dark in a dark theme. HTML mail was
// styled by its author for a white page (dark text, white table cells): in a
// dark theme it goes on a light "paper" inside the dark window, as other mail
// readers do, so its colours stay readable; links keep a readable blue there.
#include <QPalette>

namespace carteiro {

// A palette is dark when its window colour is darker than its text colour.
bool isDarkPalette(const QPalette &palette);
// What the message body is drawn with, given the system palette.
QPalette readerPalette(const QPalette &system, bool html);

} // namespace carteiro
