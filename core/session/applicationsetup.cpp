// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "applicationsetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "settings.h"

namespace Airlock::ApplicationSetup {

QString applicationId()
{
    return QStringLiteral("dev.airlock.Airlock");
}

void initialize(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Airlock"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("airlock.dev"));
    QCoreApplication::setApplicationName(QStringLiteral("airlock"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AIRLOCK_VERSION));
    installTranslations(app);
}

void installTranslations(QCoreApplication &app)
{
    // The environment first (scripts, tests), then the settings, then the system.
    QString override = qEnvironmentVariable("AIRLOCK_LANGUAGE");
    if (override.isEmpty())
        override = Settings().language();
    const QLocale locale = override.isEmpty() ? QLocale::system() : QLocale(override);
    if (!override.isEmpty())
        QLocale::setDefault(locale);

    auto *qt = new QTranslator(&app);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // English is the source language, but its plural forms ("%n file(s)")
    // come from a catalogue too: it is the fallback for any other locale.
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("airlock"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(
            QLocale(QLocale::English), QStringLiteral("airlock"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace Airlock::ApplicationSetup
