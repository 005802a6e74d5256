// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "quantitytext.h"

#include <QCoreApplication>
#include <QLocale>

#include <csignal>

namespace Airlock::QuantityText {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::QuantityText)
};
} // namespace

QString size(qint64 bytes)
{
    if (bytes < 1024)
        return Tr::tr("%n byte(s)", nullptr, int(bytes));
    // One decimal, none where it would be a zero: "4 MiB", "67.6 MiB".
    double value = double(bytes);
    while (value >= 1024.0)
        value /= 1024.0;
    return QLocale().formattedDataSize(bytes, qRound64(value * 10) % 10 == 0 ? 0 : 1);
}

QString duration(qint64 ms)
{
    const QLocale locale;
    if (ms < 1000)
        return Tr::tr("%1 ms").arg(locale.toString(ms));
    if (ms < 60 * 1000)
        return Tr::tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', ms < 10 * 1000 ? 1 : 0));
    const qint64 s = (ms + 500) / 1000;
    if (s < 3600)
        return s % 60 ? Tr::tr("%1 min %2 s").arg(s / 60).arg(s % 60) : Tr::tr("%1 min").arg(s / 60);
    const qint64 min = (s + 30) / 60;
    return min % 60 ? Tr::tr("%1 h %2 min").arg(locale.toString(min / 60)).arg(min % 60)
                    : Tr::tr("%1 h").arg(locale.toString(min / 60));
}

QString signal(int number)
{
    // The ones a run meets: its own faults, the limits, the analyst's Stop.
    static const struct
    {
        int number;
        const char *name;
    } names[] = {{SIGHUP, "SIGHUP"}, {SIGINT, "SIGINT"}, {SIGQUIT, "SIGQUIT"}, {SIGILL, "SIGILL"},
        {SIGTRAP, "SIGTRAP"}, {SIGABRT, "SIGABRT"}, {SIGBUS, "SIGBUS"}, {SIGFPE, "SIGFPE"}, {SIGKILL, "SIGKILL"},
        {SIGUSR1, "SIGUSR1"}, {SIGSEGV, "SIGSEGV"}, {SIGUSR2, "SIGUSR2"}, {SIGPIPE, "SIGPIPE"},
        {SIGALRM, "SIGALRM"}, {SIGTERM, "SIGTERM"}, {SIGXCPU, "SIGXCPU"}, {SIGXFSZ, "SIGXFSZ"}, {SIGSYS, "SIGSYS"}};
    for (const auto &n : names)
        if (n.number == number)
            return QStringLiteral("%1 (%2)").arg(QLatin1String(n.name)).arg(number);
    return Tr::tr("signal %1").arg(number);
}

QString limitName(const QString &key)
{
    if (key == QLatin1String("timeout_ms"))
        return Tr::tr("Run time");
    if (key == QLatin1String("memory_bytes"))
        return Tr::tr("Memory");
    if (key == QLatin1String("max_output_bytes"))
        return Tr::tr("Printed output, per stream");
    if (key == QLatin1String("max_artifact_bytes"))
        return Tr::tr("Output files, in all");
    if (key == QLatin1String("max_artifact_files"))
        return Tr::tr("Output files, how many");
    if (key == QLatin1String("max_processes"))
        return Tr::tr("Processes");
    if (key == QLatin1String("max_open_files"))
        return Tr::tr("Open files, per process");
    if (key == QLatin1String("tmp_bytes"))
        return Tr::tr("Temporary space");
    return key;
}

QString limitValue(const QString &key, qint64 value)
{
    if (key.endsWith(QLatin1String("_ms")))
        return duration(value);
    if (key.endsWith(QLatin1String("_bytes")))
        return size(value);
    if (key == QLatin1String("max_artifact_files"))
        return Tr::tr("%n file(s)", nullptr, int(value));
    if (key == QLatin1String("max_processes"))
        return Tr::tr("%n process(es)", nullptr, int(value));
    if (key == QLatin1String("max_open_files"))
        return Tr::tr("%n open file(s)", nullptr, int(value));
    return QLocale().toString(value);
}

QString severity(const QString &id)
{
    if (id == QLatin1String("block"))
        return Tr::tr("Blocks");
    if (id == QLatin1String("warn"))
        return Tr::tr("Warning");
    if (id == QLatin1String("info"))
        return Tr::tr("Information");
    return id;
}

} // namespace Airlock::QuantityText
