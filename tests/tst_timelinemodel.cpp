// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QAbstractItemModelTester>
#include <QFont>
#include <QJsonArray>
#include <QTest>

#include "timelinemodel.h"

using namespace Airlock;

namespace {
QJsonObject timelineEvent(const char *kind, qint64 t, bool host, QJsonObject fields = {})
{
    fields.insert(QStringLiteral("kind"), QLatin1String(kind));
    fields.insert(QStringLiteral("t_ms"), t);
    fields.insert(QStringLiteral("source"), host ? QStringLiteral("host") : QStringLiteral("sandbox"));
    return fields;
}
} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsFoldAndWhatMattersStandsOut()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addEvent(timelineEvent("start", 0, true));
        model.addEvent(timelineEvent("ready", 2, true));
        // pandas pulls in hundreds of modules.
        for (int i = 0; i < 300; ++i)
            model.addEvent(timelineEvent("import", 10 + i, false, {{QStringLiteral("module"), QStringLiteral("mod%1").arg(i)}}));
        model.addEvent(timelineEvent("open", 400, false,
            {{QStringLiteral("path"), QStringLiteral("/etc/passwd")}, {QStringLiteral("mode"), QStringLiteral("r")}}));
        model.addEvent(timelineEvent("open", 401, false,
            {{QStringLiteral("path"), QStringLiteral("/workspace/sales.csv")}, {QStringLiteral("mode"), QStringLiteral("r")}}));
        model.addEvent(timelineEvent("connect", 402, false,
            {{QStringLiteral("address"), QStringLiteral("10.0.0.5")}, {QStringLiteral("port"), 8080}}));
        model.addEvent(timelineEvent("subprocess", 403, false,
            {{QStringLiteral("executable"), QStringLiteral("/bin/sh")},
                {QStringLiteral("args"), QJsonArray{QStringLiteral("-c"), QStringLiteral("id")}}}));
        model.addEvent(timelineEvent("dlopen", 404, false, {{QStringLiteral("library"), QStringLiteral("libevil.so")}}));
        model.addEvent(timelineEvent("import", 405, false, {{QStringLiteral("module"), QStringLiteral("ctypes")}}));
        model.addEvent(timelineEvent("limit", 500, true,
            {{QStringLiteral("limit"), QStringLiteral("processes")}, {QStringLiteral("count"), 3}}));
        model.addEvent(timelineEvent("end", 600, true, {{QStringLiteral("reason"), QStringLiteral("exit")}}));

        // start, ready, [300 imports], 2 opens, connect, subprocess, dlopen, [1 import], limit, end
        QCOMPARE(model.rowCount(), 11);
        const QModelIndex group = model.index(2, 0);
        QCOMPARE(model.rowCount(group), 300);
        const QString summary = model.index(2, TimelineModel::DetailsColumn).data().toString();
        QVERIFY2(summary.contains(QLatin1String("300")) && summary.contains(QStringLiteral("mod0, mod1, mod2, mod3, …")),
            qPrintable(summary));
        QCOMPARE(model.rowCount(model.index(8, 0)), 1); // a new run of imports, its own group

        // What a reviewer looks for stands out; the workspace's own file does not.
        const auto notable = [&](int row) { return model.index(row, 0).data(TimelineModel::NotableRole).toBool(); };
        QVERIFY(notable(3)); // /etc/passwd
        QVERIFY(!notable(4)); // /workspace/sales.csv
        QVERIFY(notable(5)); // a network attempt
        QVERIFY(notable(6)); // a subprocess
        QVERIFY(notable(7)); // a native library
        QVERIFY(notable(9)); // a limit hit
        QVERIFY(model.index(3, TimelineModel::DetailsColumn).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.notableCount(), 5);

        // Words, not JSON; time in seconds on one clock.
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString details = model.index(row, TimelineModel::DetailsColumn).data().toString();
            QVERIFY2(!details.contains(QLatin1Char('{')) && !details.contains(QLatin1Char('"')), qPrintable(details));
        }
        QCOMPARE(model.index(3, TimelineModel::DetailsColumn).data().toString(), QStringLiteral("opened /etc/passwd"));
        QCOMPARE(model.index(5, TimelineModel::DetailsColumn).data().toString(),
            QStringLiteral("tried to connect to 10.0.0.5, port 8080 (blocked)"));
        QCOMPARE(model.index(6, TimelineModel::DetailsColumn).data().toString(), QStringLiteral("started /bin/sh -c id"));
        QCOMPARE(model.index(0, TimelineModel::TimeColumn).data().toString(), QStringLiteral("0.000 s"));

        model.clearEvents();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.notableCount(), 0);
    }
};

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
