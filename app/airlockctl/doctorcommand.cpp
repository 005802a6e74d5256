// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
// airlockctl doctor: whether this machine can run sandboxes.
#include "commandline.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <unistd.h>

#include "doctor.h"
#include "terminaltext.h"

namespace Airlock {

int CommandLine::doctor(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Proves that the sandbox is real on this machine."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the report as JSON."));
    parser.addOption(json);
    parser.addHelpOption();
    if (const std::optional<int> done = parseArguments(parser, arguments, QStringLiteral("airlockctl doctor")))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        m_err << tr("airlockctl doctor: unexpected argument \"%1\"")
                     .arg(visibleText(parser.positionalArguments().constFirst()))
              << Qt::endl;
        return Usage;
    }

    const DoctorReport report = runDoctor();

    if (parser.isSet(json))
        m_out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else
        m_out << visibleText(report.toText(), true);
    m_out.flush();
    return report.ready() ? Success : RunFailed;
}

} // namespace Airlock
