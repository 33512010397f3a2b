#include "MainWindow.h"

#include <QLabel>

namespace carteiro {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Carteiro"));
    auto *label = new QLabel(tr("Carteiro: the desktop window is being built. Meanwhile, "
                                "carteiro-cli send works against the lab."),
                             this);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    setCentralWidget(label);
    resize(900, 600);
}

} // namespace carteiro
