// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

#include "applicationsetup.h"
#include "commandline.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Airlock::ApplicationSetup::initialize(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    Airlock::CommandLine commandLine(out, err);
    return commandLine.run(QCoreApplication::arguments());
}
