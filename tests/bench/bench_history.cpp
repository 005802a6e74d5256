// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
//
// The History view's model on a large trail (made by bench_audit --keep):
//   open     open the trail read-only, count it and show the first page
//   filter   a change of filter: an input's hash and a reviewer
//   search   a full-text search
//   sort     sorting by the worst verdict
//   scroll   fetching the next page, 100 pages deep
// Targets: each <= 100 ms after open.
// Usage: bench_history TRAIL

#include <QApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>

#include "audittrail.h"
#include "historymodel.h"

using namespace Airlock;

namespace {
double medianOf(const std::function<void()> &step, int runs = 7)
{
    QList<double> samples;
    QElapsedTimer clock;
    for (int i = 0; i < runs; ++i) {
        clock.start();
        step();
        samples.append(clock.nsecsElapsed() / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (app.arguments().size() != 2) {
        out << "usage: bench_history TRAIL (make one with bench_audit --keep TRAIL)" << Qt::endl;
        return 2;
    }
    const QString path = app.arguments().at(1);
    std::unique_ptr<AuditTrail> trail;
    HistoryModel model;
    QString error;
    const double openMs = medianOf([&]() {
        model.setTrail(nullptr);
        trail = AuditTrail::open(path, AuditTrail::Mode::ReadOnly, &error);
        if (trail)
            model.setTrail(trail.get());
    });
    if (!trail) {
        out << "cannot open: " << error << Qt::endl;
        return 1;
    }
    const qint64 all = model.matchCount();

    // Each step changes the filter: an input's hash and a reviewer, two of them in turn.
    AuditTrail::Filter byInput[2];
    for (int i = 0; i < 2; ++i) {
        byInput[i].input = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray::number(421 + i), QCryptographicHash::Sha256).toHex());
        byInput[i].reviewer = QStringLiteral("reviewer-%1").arg(1 + i);
    }
    int turn = 0;
    const double filterMs = medianOf([&]() { model.setFilter(byInput[turn++ % 2]); });
    model.setFilter(byInput[0]);
    const qint64 filtered = model.matchCount();

    AuditTrail::Filter search;
    search.search = QStringLiteral("quarter 42");
    const double searchMs = medianOf([&]() { model.setFilter(search); });
    const qint64 found = model.matchCount();

    model.setFilter({});
    bool descending = true;
    const double sortMs = medianOf([&]() {
        model.sort(HistoryModel::SeverityColumn, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        descending = !descending;
    });
    model.sort(HistoryModel::AtColumn, Qt::DescendingOrder);
    while (model.rowCount() < 100 * HistoryModel::PageSize)
        model.fetchMore({});
    const double scrollMs = medianOf([&]() { model.fetchMore({}); });

    out << "requests                " << all << Qt::endl;
    out << "open + count + page     " << QString::number(openMs, 'f', 1) << " ms median" << Qt::endl;
    out << "filter: input+reviewer  " << QString::number(filterMs, 'f', 1) << " ms median (" << filtered << " matches)"
        << Qt::endl;
    out << "full-text search        " << QString::number(searchMs, 'f', 1) << " ms median (" << found << " matches)"
        << Qt::endl;
    out << "sort by worst verdict   " << QString::number(sortMs, 'f', 1) << " ms median" << Qt::endl;
    out << "next page, 100 deep     " << QString::number(scrollMs, 'f', 1) << " ms median" << Qt::endl;
    return 0;
}
