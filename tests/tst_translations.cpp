// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {
struct Message
{
    QString context;
    QString source;
    QString type; ///< "unfinished", "vanished", ... or empty when finished
    QStringList translations; ///< one, or the plural forms
    bool numerus = false;
};

QList<Message> read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message")) {
            if (!current.source.isNull())
                out << current;
            current = {};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.translations << xml.readElementText();
        } else if (name == QLatin1String("numerusform"))
            current.translations << xml.readElementText();
    }
    if (!current.source.isNull())
        out << current;
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> out;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(1));
    return out;
}
} // namespace

/// The catalogues are complete: a string missing from one fails here.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("de") << QStringLiteral("de");
        QTest::addRow("fr") << QStringLiteral("fr");
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = read(
            QStringLiteral(AIRLOCK_SOURCE_DIR "/translations/airlock_") + language + QStringLiteral(".ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 500);
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
            if (!m.type.isEmpty()) {
                problems << QStringLiteral("%1 (%2)").arg(where, m.type);
                continue;
            }
            if (m.translations.isEmpty() || (m.numerus && m.translations.size() != 2)) {
                problems << QStringLiteral("%1: wrong number of forms").arg(where);
                continue;
            }
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems << QStringLiteral("%1: empty").arg(where);
                QSet<QString> wanted = placeholders(m.source);
                QSet<QString> got = placeholders(t);
                // A singular form may say "one" instead of %n.
                if (m.numerus) {
                    wanted.remove(QStringLiteral("n"));
                    got.remove(QStringLiteral("n"));
                }
                if (wanted != got)
                    problems << QStringLiteral("%1: placeholders differ in \"%2\"").arg(where, t.left(60));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
