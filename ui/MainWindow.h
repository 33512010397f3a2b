#pragma once
// The main window. For now a shell: the reading panes, the composer and the
// inspector dock arrive with the desktop-app issue.
#include <QMainWindow>

namespace carteiro {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace carteiro
