// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "commandline.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

#include "doctor.h"

namespace Airlock {

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString CommandLine::usage() const
{
    return tr("Usage: airlockctl COMMAND [OPTIONS]\n"
              "\n"
              "Commands:\n"
              "  doctor [--json]   prove that the sandbox is real on this machine; exit 0 only\n"
              "                    when every required check passes\n"
              "\n"
              "airlockctl --help | --version\n");
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << QCoreApplication::applicationName() << QLatin1Char(' ') << QCoreApplication::applicationVersion()
              << Qt::endl;
        return Success;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        m_out << usage();
        return Success;
    }
    if (command == QLatin1String("doctor"))
        return doctor(arguments.mid(1));
    if (command.isEmpty())
        m_err << tr("airlockctl: no command given") << Qt::endl;
    else
        m_err << tr("airlockctl: unknown command \"%1\"").arg(command) << Qt::endl;
    m_err << usage();
    return Usage;
}

int CommandLine::doctor(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Proves that the sandbox is real on this machine."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the report as JSON."));
    parser.addOption(json);
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        m_err << tr("airlockctl doctor: %1").arg(parser.errorText()) << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        m_err << tr("airlockctl doctor: unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst())
              << Qt::endl;
        return Usage;
    }

    Doctor doctor;
    DoctorReport report;
    QEventLoop loop;
    QObject::connect(&doctor, &Doctor::finished, &loop, [&](const DoctorReport &r) {
        report = r;
        loop.quit();
    });
    doctor.start();
    if (doctor.isRunning())
        loop.exec();

    if (parser.isSet(json))
        m_out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else
        m_out << report.toText();
    m_out.flush();
    return report.ready() ? Success : RunFailed;
}

} // namespace Airlock
