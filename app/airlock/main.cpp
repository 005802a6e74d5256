// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QApplication>

#include "applicationsetup.h"
#include "mainwindow.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Airlock::ApplicationSetup::initialize(app);
    QGuiApplication::setDesktopFileName(Airlock::ApplicationSetup::applicationId());
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Airlock"));

    Airlock::MainWindow window;
    window.show();
    return app.exec();
}
