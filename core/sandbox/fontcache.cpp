// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "fontcache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include "limitenforcement.h"
#include "privatefiles.h"
#include "sandboxcommand.h"
#include "sandboxprocess.h"

namespace Airlock {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::FontCache)
};

// Asks matplotlib for its font list in a sandbox of a run's making, and
// hands back the cache files it wrote; nothing of any request is there.
const char *BuildScript = R"py(
import json, os, sys
import matplotlib
matplotlib.use("Agg")
from matplotlib import font_manager
font_manager.findfont("DejaVu Sans")
folder = matplotlib.get_cachedir()
json.dump({n: open(os.path.join(folder, n), encoding="utf-8").read()
           for n in sorted(os.listdir(folder)) if n.startswith("fontlist") and n.endswith(".json")}, sys.stdout)
)py";

constexpr qint64 MaxCacheBytes = 16 * 1024 * 1024;
} // namespace

QString FontCache::folder(const QString &python)
{
    // What makes a cache stale: another Python or matplotlib, fonts added
    // or removed (a folder's mtime changes with its entries).
    QCryptographicHash key(QCryptographicHash::Sha256);
    const QFileInfo interpreter(python);
    key.addData(QFile::encodeName(interpreter.canonicalFilePath()));
    key.addData(QByteArray::number(interpreter.lastModified().toMSecsSinceEpoch()));
    for (const QString &version : {QStringLiteral("/usr/lib/python3/dist-packages/matplotlib/_version.py"),
             QStringLiteral("/usr/lib/python3/dist-packages/matplotlib/__init__.py")}) {
        const QFileInfo f(version);
        key.addData(QFile::encodeName(version));
        key.addData(QByteArray::number(f.exists() ? f.lastModified().toMSecsSinceEpoch() : 0));
    }
    for (const QString &root : {QStringLiteral("/usr/share/fonts"), QStringLiteral("/usr/local/share/fonts")}) {
        QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        key.addData(QFile::encodeName(root));
        key.addData(QByteArray::number(QFileInfo(root).lastModified().toMSecsSinceEpoch()));
        while (it.hasNext()) {
            const QString dir = it.next();
            key.addData(QFile::encodeName(dir));
            key.addData(QByteArray::number(it.fileInfo().lastModified().toMSecsSinceEpoch()));
        }
    }
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/airlock/matplotlib/")
        + QString::fromLatin1(key.result().toHex().left(16));
}

QList<QPair<QString, QByteArray>> FontCache::files(const QString &python)
{
    return filesIn(folder(python));
}

bool FontCache::isBuilt(const QString &folder)
{
    return !QDir(folder).entryList({QStringLiteral("fontlist*.json")}, QDir::Files).isEmpty();
}

QList<QPair<QString, QByteArray>> FontCache::filesIn(const QString &folder)
{
    QList<QPair<QString, QByteArray>> out;
    const QDir dir(folder);
    for (const QFileInfo &f : dir.entryInfoList({QStringLiteral("fontlist*.json")}, QDir::Files, QDir::Name)) {
        QFile file(f.filePath());
        if (f.size() <= MaxCacheBytes && file.open(QIODevice::ReadOnly))
            out.append({f.fileName(), file.readAll()});
    }
    return out;
}

QString FontCache::ensure(const QString &bwrap, const QString &python, bool *built, QString *where)
{
    if (built)
        *built = false;
    const QString target = folder(python);
    if (where)
        where->clear();
    if (isBuilt(target)) {
        if (where)
            *where = target;
        return {};
    }
    QString error;
    std::optional<SandboxCommand> command = SandboxCommand::hardenedPython(bwrap, python, &error);
    if (!command)
        return error;
    command->setCommand({python, QStringLiteral("-I"), QStringLiteral("-B"), QStringLiteral("-c"),
        QString::fromLatin1(BuildScript)});
    const LimitEnforcement enforcement = LimitEnforcement::detect();
    SandboxProcess::ChildSetup setup;
    setup.uid = enforcement.sandboxUid;
    setup.gid = enforcement.sandboxGid;
    setup.rlimits = {{
        {RLIMIT_CPU, rlim_t(60)},
        {RLIMIT_AS, rlim_t(2048LL * 1024 * 1024)},
        {RLIMIT_CORE, 0},
    }};
    // Its own event loop: this runs on a worker thread, or in the command line.
    SandboxProcess process;
    process.setOutputLimit(MaxCacheBytes);
    process.setChildSetup(setup);
    QEventLoop loop;
    QString failure;
    QObject::connect(&process, &SandboxProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &SandboxProcess::failed, &loop, [&](const QString &message) {
        failure = message;
        loop.quit();
    });
    process.start(*command);
    if (failure.isEmpty())
        loop.exec();
    if (!failure.isEmpty())
        return failure;
    if (process.exitCode() != 0) {
        const QString err = QString::fromUtf8(process.standardError()).trimmed();
        // No matplotlib, nothing to cache: runs go on as they did.
        if (err.contains(QLatin1String("No module named 'matplotlib'")))
            return {};
        return Tr::tr("building the font cache failed: %1").arg(err.section(QLatin1Char('\n'), -1).left(300));
    }
    const QJsonObject found = QJsonDocument::fromJson(process.standardOutput()).object();
    if (found.isEmpty())
        return Tr::tr("matplotlib wrote no font cache");
    if (!PrivateFiles::makeFolder(target))
        return Tr::tr("cannot create %1").arg(target);
    for (auto it = found.begin(); it != found.end(); ++it) {
        const QString name = QFileInfo(it.key()).fileName();
        QSaveFile file(target + QLatin1Char('/') + name);
        const QByteArray content = it.value().toString().toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
            return Tr::tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
    }
    if (built)
        *built = true;
    if (where)
        *where = target;
    return {};
}

} // namespace Airlock
