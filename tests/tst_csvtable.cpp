// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "csvtable.h"

using Airlock::CsvTable;

using Rows = QList<QStringList>;

class TestCsvTable : public QObject
{
    Q_OBJECT
private:
    static QStringList list(std::initializer_list<const char *> items)
    {
        QStringList out;
        for (const char *item : items)
            out << QString::fromUtf8(item);
        return out;
    }

    static QString writeFile(const QTemporaryDir &dir, const QByteArray &content)
    {
        const QString path = dir.filePath(QStringLiteral("table.csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("maxRows");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<bool>("truncated");

        QTest::addRow("simple") << QByteArray("a,b\n1,2\n3,4\n") << 10 << list({"a", "b"})
                                << Rows{list({"1", "2"}), list({"3", "4"})} << false;
        QTest::addRow("no final break") << QByteArray("a,b\n1,2") << 10 << list({"a", "b"}) << Rows{list({"1", "2"})}
                                        << false;
        QTest::addRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << 10 << list({"a", "b"}) << Rows{list({"1", "2"})}
                              << false;
        QTest::addRow("lone cr") << QByteArray("a,b\r1,2\r") << 10 << list({"a", "b"}) << Rows{list({"1", "2"})}
                                 << false;
        QTest::addRow("quoted delimiter") << QByteArray("name,note\n\"Smith, J\",x\n") << 10 << list({"name", "note"})
                                          << Rows{list({"Smith, J", "x"})} << false;
        QTest::addRow("doubled quotes") << QByteArray("q\n\"say \"\"hi\"\"\"\n") << 10 << list({"q"})
                                        << Rows{list({"say \"hi\""})} << false;
        QTest::addRow("break in quotes") << QByteArray("a,b\n\"line1\r\nline2\",2\n") << 10 << list({"a", "b"})
                                         << Rows{list({"line1\r\nline2", "2"})} << false;
        QTest::addRow("empty quoted") << QByteArray("a,b\n\"\",\"\"\n") << 10 << list({"a", "b"})
                                      << Rows{list({"", ""})} << false;
        QTest::addRow("quote inside field")
            << QByteArray("a\nx\"y\n") << 10 << list({"a"}) << Rows{list({"x\"y"})} << false;
        QTest::addRow("text after quote")
            << QByteArray("a,b\n\"x\"y,2\n") << 10 << list({"a", "b"}) << Rows{list({"xy", "2"})} << false;
        QTest::addRow("unterminated quote") << QByteArray("a,b\n1,\"open\n2,3\n") << 10 << list({"a", "b"})
                                            << Rows{list({"1", "open\n2,3\n"})} << false;
        QTest::addRow("bom") << QByteArray("\xEF\xBB\xBFid,v\n1,2\n") << 10 << list({"id", "v"})
                             << Rows{list({"1", "2"})} << false;
        QTest::addRow("utf8") << QByteArray("ville,°C\nZürich,21.5\n") << 10 << list({"ville", "°C"})
                              << Rows{list({"Zürich", "21.5"})} << false;
        QTest::addRow("invalid utf8") << QByteArray("a\n\xff\xfe\n") << 10 << list({"a"})
                                      << Rows{QStringList{QString(2, QChar::ReplacementCharacter)}} << false;
        QTest::addRow("ragged") << QByteArray("a,b,c\n1\n1,2,3,4\n") << 10 << list({"a", "b", "c"})
                                << Rows{list({"1"}), list({"1", "2", "3", "4"})} << false;
        QTest::addRow("empty fields") << QByteArray("a,b,c\n,,\n") << 10 << list({"a", "b", "c"})
                                      << Rows{list({"", "", ""})} << false;
        QTest::addRow("blank lines") << QByteArray("\n\na,b\n\n1,2\r\n\r\n") << 10 << list({"a", "b"})
                                     << Rows{list({"1", "2"})} << false;
        QTest::addRow("tab separated") << QByteArray("a\tb\n1,5\t2\n") << 10 << list({"a", "b"})
                                       << Rows{list({"1,5", "2"})} << false;
        QTest::addRow("semicolons") << QByteArray("a;b\n1,5;2\n") << 10 << list({"a", "b"}) << Rows{list({"1,5", "2"})}
                                    << false;
        QTest::addRow("header only") << QByteArray("a,b\n") << 10 << list({"a", "b"}) << Rows{} << false;
        QTest::addRow("empty") << QByteArray() << 10 << QStringList() << Rows{} << false;
        QTest::addRow("only a bom") << QByteArray("\xEF\xBB\xBF") << 10 << QStringList() << Rows{} << false;
        QTest::addRow("row limit") << QByteArray("a\n1\n2\n3\n") << 2 << list({"a"}) << Rows{list({"1"}), list({"2"})}
                                   << true;
        QTest::addRow("limit reached exactly")
            << QByteArray("a\n1\n2\n\n") << 2 << list({"a"}) << Rows{list({"1"}), list({"2"})} << false;
        QTest::addRow("no rows wanted") << QByteArray("a\n1\n") << 0 << list({"a"}) << Rows{} << true;
    }

    void parse()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, maxRows);
        QFETCH(QStringList, header);
        QFETCH(Rows, rows);
        QFETCH(bool, truncated);
        const CsvTable table = CsvTable::parse(data, maxRows);
        QCOMPARE(table.header, header);
        QCOMPARE(table.rows, rows);
        QCOMPARE(table.truncated, truncated);
    }

    void capsColumnsAndFields()
    {
        QByteArray wide;
        for (int i = 0; i < 5000; ++i)
            wide += QByteArray::number(i) + ',';
        wide += "\n";
        CsvTable table = CsvTable::parse(wide);
        QCOMPARE(table.header.size(), CsvTable::MaxColumns);
        QCOMPARE(table.header.constLast(), QStringLiteral("999"));
        QVERIFY(table.truncated);

        table = CsvTable::parse("a\n" + QByteArray(200 * 1024, 'x') + "\n");
        QCOMPARE(table.rows.size(), 1);
        QCOMPARE(table.rows.constFirst().constFirst().size(), CsvTable::MaxFieldBytes);
        QVERIFY(table.truncated);
    }

    void capsCells()
    {
        // 2000 rows of 1000 empty fields: cut at about a million cells.
        const QByteArray line = QByteArray(CsvTable::MaxColumns - 1, ',') + '\n';
        QByteArray data;
        for (int i = 0; i < 2000; ++i)
            data += line;
        const CsvTable table = CsvTable::parse(data, 100000);
        QVERIFY(table.truncated);
        QCOMPARE(table.rows.size() + 1, int(CsvTable::MaxCells / CsvTable::MaxColumns));
    }

    void survivesBinary_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 42u, 4711u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void survivesBinary()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        QByteArray data(512 * 1024, Qt::Uninitialized);
        for (char &c : data) {
            // Plenty of quotes, delimiters and line breaks among the noise.
            const quint32 r = random.bounded(256);
            c = r < 16 ? "\",\n\r\t;\"\""[r % 8] : char(r);
        }
        const CsvTable table = CsvTable::parse(data, 1000);
        QVERIFY(table.header.size() <= CsvTable::MaxColumns);
        QVERIFY(table.rows.size() <= 1000);
        for (const QStringList &row : table.rows) {
            QVERIFY(row.size() <= CsvTable::MaxColumns);
            for (const QString &field : row)
                QVERIFY(field.size() <= CsvTable::MaxFieldBytes);
        }
    }

    void readCapsBytes()
    {
        QTemporaryDir dir;
        QByteArray data("id,value\n");
        for (int i = 0; i < 1000; ++i)
            data += QByteArray::number(i) + ',' + QByteArray::number(i * i) + '\n';
        const QString path = writeFile(dir, data);
        QVERIFY(!path.isEmpty());

        QString error;
        auto table = CsvTable::read(path, 100000, 100, &error);
        QVERIFY2(table, qPrintable(error));
        QVERIFY(table->truncated);
        QVERIFY(!table->rows.isEmpty());
        // No half row: every row read is whole.
        for (const QStringList &row : std::as_const(table->rows)) {
            QCOMPARE(row.size(), 2);
            QCOMPARE(row.at(1).toLongLong(), row.at(0).toLongLong() * row.at(0).toLongLong());
        }

        table = CsvTable::read(path, 100000, data.size(), &error);
        QVERIFY(table);
        QVERIFY(!table->truncated);
        QCOMPARE(table->rows.size(), 1000);

        table = CsvTable::read(path, 10, data.size() * 2, &error);
        QVERIFY(table);
        QVERIFY(table->truncated);
        QCOMPARE(table->rows.size(), 10);
    }

    void readsOneHugeLineWithinTheLimit()
    {
        QTemporaryDir dir;
        QByteArray data(50 * 1024 * 1024, 'x');
        for (qsizetype i = 1000; i < data.size(); i += 1000)
            data[i] = ',';
        const QString path = writeFile(dir, data);
        QVERIFY(!path.isEmpty());
        QElapsedTimer timer;
        timer.start();
        QString error;
        const auto table = CsvTable::read(path, 1000, 1024 * 1024, &error);
        QVERIFY2(table, qPrintable(error));
        QVERIFY(table->truncated);
        QVERIFY(table->rows.isEmpty());
        QCOMPARE(table->header.size(), CsvTable::MaxColumns);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void readReportsErrors()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!CsvTable::read(dir.filePath(QStringLiteral("missing.csv")), 10, 1000, &error));
        QVERIFY(error.contains(QLatin1String("missing.csv")));
        error.clear();
        QVERIFY(!CsvTable::read(dir.path(), 10, 1000, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvTable)
#include "tst_csvtable.moc"
