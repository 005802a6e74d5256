// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>
#include <QUuid>

#include "outputscanner.h"

using Airlock::OutputScanner;
using Finding = OutputScanner::Finding;

class TestOutputScanner : public QObject
{
    Q_OBJECT
private:
    static QString str(const char *utf8) { return QString::fromUtf8(utf8); }

    /// @p head, @p n bullets, @p tail: what a masked excerpt looks like.
    static QString masked(const char *head, int n, const char *tail)
    {
        return str(head) + QString(n, QChar(0x2022)) + str(tail);
    }

    static QString describe(const QList<Finding> &findings)
    {
        QStringList out;
        for (const Finding &f : findings)
            out << QStringLiteral("%1 line %2: %3").arg(f.kind).arg(f.line).arg(f.excerpt);
        return out.join(QLatin1String("; "));
    }

    struct Sample
    {
        QString name;
        QString kind;
        QByteArray line; ///< a line that holds the secret
        QByteArray secret; ///< what no excerpt may show; empty for a key's header
        qsizetype cut = 0; ///< where to split the line so that neither part is a finding
    };

    /// A real-looking secret of every kind the scanner knows, each on a line
    /// as a program would print it. Put together at run time, so that no
    /// scanner of this repository mistakes the test for a leak.
    static QList<Sample> samples()
    {
        const QByteArray aws = QByteArray("AKIA") + "IOSFODNN7EXAMPLE";
        const QByteArray github = QByteArray("ghp_") + "0123456789abcdefghijklmnopqrstuvwxyz";
        const QByteArray slack = QByteArray("xoxb-") + "123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx";
        const QByteArray google = QByteArray("AIza") + "SyD-abcdefghijklmnopqrstuvwxyz01234";
        const QByteArray stripe = QByteArray("sk_") + "live_" + "4eC39HqLyjWDarjtT1zdp7dc";
        const QByteArray jwt = QByteArray("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.")
            + "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
            + "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
        QList<Sample> all{
            {str("private key"), str("private-key"), QByteArray("-----BEGIN RSA ") + "PRIVATE KEY-----", {}},
            {str("aws"), str("aws-access-key"), "aws_access_key_id: " + aws, aws},
            {str("github"), str("github-token"), "token " + github, github},
            {str("slack"), str("slack-token"), "SLACK " + slack, slack},
            {str("google"), str("google-api-key"), "?key=" + google + "&q=1", google},
            {str("stripe"), str("stripe-key"), "stripe " + stripe, stripe},
            {str("jwt"), str("jwt"), "session " + jwt, jwt},
            {str("bearer"), str("bearer-token"), QByteArray("Authorization: Bearer 9f2c1e7a4b3d8c6e5f0a1b2c"),
                QByteArray("9f2c1e7a4b3d8c6e5f0a1b2c")},
            {str("password"), str("password-assignment"), QByteArray("DB_PASSWORD=hunter2secret"),
                QByteArray("hunter2secret")},
            {str("iban"), str("iban"), QByteArray("IBAN GB29NWBK60161331926819"), QByteArray("GB29NWBK60161331926819")},
            {str("card"), str("card-number"), QByteArray("card 4111111111111111 exp"), QByteArray("4111111111111111")},
            {str("email"), str("email"), QByteArray("mail jane.doe@example.com now"),
                QByteArray("jane.doe@example.com")},
        };
        for (Sample &s : all) {
            // A few characters in: no part is a secret of its own. An
            // address is cut after its '@', or its second part would be one.
            s.cut = s.kind == QLatin1String("email") ? s.line.indexOf('@') + 4
                                                     : qMax<qsizetype>(0, s.line.indexOf(s.secret)) + 6;
        }
        return all;
    }

    /// @p data in base64, wrapped at @p width as mail and PEM do.
    static QByteArray wrapped(const QByteArray &data, int width)
    {
        const QByteArray encoded = data.toBase64();
        QByteArray out;
        for (qsizetype i = 0; i < encoded.size(); i += width)
            out += encoded.mid(i, width) + "\n";
        return out;
    }

    static QByteArray utf16(const QByteArray &utf8, bool littleEndian, bool bom)
    {
        QStringEncoder encoder(littleEndian ? QStringEncoder::Utf16LE : QStringEncoder::Utf16BE,
            bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
        return encoder.encode(QString::fromUtf8(utf8));
    }

    static QByteArray utf32(const QByteArray &utf8)
    {
        QStringEncoder encoder(QStringEncoder::Utf32LE, QStringEncoder::Flag::WriteBom);
        return encoder.encode(QString::fromUtf8(utf8));
    }

    /// @p insert (UTF-8) after every second character of @p line.
    static QByteArray invisible(const QByteArray &line, const char *insert)
    {
        QByteArray out;
        for (qsizetype i = 0; i < line.size(); ++i) {
            out += line.at(i);
            if (i % 2 == 1)
                out += insert;
        }
        return out;
    }

    /// Printable ASCII as full-width forms, spaces as ideographic spaces.
    static QByteArray fullWidth(const QByteArray &line)
    {
        QString out;
        for (const char c : line)
            out += c == ' ' ? QChar(0x3000) : QChar(char16_t(c - 0x21 + 0xFF01));
        return out.toUtf8();
    }

private Q_SLOTS:
    void findsEachKind_data()
    {
        QTest::addColumn<QByteArray>("secretLine");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("excerpt");

        // Secrets are put together at run time, so that no scanner of this
        // repository mistakes the test for a leak.
        const QByteArray aws = QByteArray("AKIA") + "IOSFODNN7EXAMPLE";
        const QByteArray github = QByteArray("ghp_") + "0123456789abcdefghijklmnopqrstuvwxyz";
        const QByteArray githubPat = QByteArray("github_pat_") + "11ABCDEFG0123456789abc_"
            + "defghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123";
        const QByteArray slack = QByteArray("xoxb-") + "123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx";
        const QByteArray webhook
            = QByteArray("https://hooks.slack.com/") + "services/T00000000/B00000000/" + "XXXXXXXXXXXXXXXXXXXXXXXX";
        const QByteArray google = QByteArray("AIza") + "SyD-abcdefghijklmnopqrstuvwxyz01234";
        const QByteArray stripe = QByteArray("sk_") + "live_" + "4eC39HqLyjWDarjtT1zdp7dc";
        const QByteArray jwt = QByteArray("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.")
            + "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
            + "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

        QTest::addRow("rsa private key") << QByteArray("-----BEGIN RSA PRIVATE KEY-----") << QString()
                                         << str("private-key") << str("-----BEGIN RSA PRIVATE KEY-----");
        QTest::addRow("openssh private key") << QByteArray("key = '''-----BEGIN OPENSSH PRIVATE KEY-----") << QString()
                                             << str("private-key") << str("-----BEGIN OPENSSH PRIVATE KEY-----");
        QTest::addRow("pkcs8 private key") << QByteArray("-----BEGIN PRIVATE KEY-----") << QString()
                                           << str("private-key") << str("-----BEGIN PRIVATE KEY-----");
        QTest::addRow("aws access key") << "aws_access_key_id: " + aws << QString::fromLatin1(aws)
                                        << str("aws-access-key") << masked("AKIA", 14, "LE");
        QTest::addRow("github token") << "token " + github << QString::fromLatin1(github) << str("github-token")
                                      << masked("ghp_", 32, "yz");
        QTest::addRow("github fine-grained token") << githubPat + " expires soon" << QString::fromLatin1(githubPat)
                                                   << str("github-token") << masked("gith", 32, "23");
        QTest::addRow("slack token") << "SLACK " + slack << QString::fromLatin1(slack) << str("slack-token")
                                     << masked("xoxb", 32, "Wx");
        QTest::addRow("slack webhook") << "posting to " + webhook << QString::fromLatin1(webhook) << str("slack-token")
                                       << masked("http", 32, "XX");
        QTest::addRow("google api key") << "?key=" + google + "&q=1" << QString::fromLatin1(google)
                                        << str("google-api-key") << masked("AIza", 32, "34");
        QTest::addRow("stripe key") << "stripe.api_key: " + stripe << QString::fromLatin1(stripe) << str("stripe-key")
                                    << masked("sk_l", 26, "dc");
        QTest::addRow("jwt") << "session=" + jwt + ";" << QString::fromLatin1(jwt) << str("jwt")
                             << masked("eyJh", 32, "5c");
        QTest::addRow("bearer token") << QByteArray("Authorization: Bearer 9f2c1e7a4b3d8c6e5f0a1b2c")
                                      << str("9f2c1e7a4b3d8c6e5f0a1b2c") << str("bearer-token")
                                      << masked("Bearer 9f2c", 18, "2c");
        QTest::addRow("env password") << QByteArray("DB_PASSWORD=hunter2secret") << str("hunter2secret")
                                      << str("password-assignment") << masked("DB_PASSWORD=hun", 9, "t");
        QTest::addRow("json api key") << QByteArray("{\"api_key\": \"s3cr3t-value-42\"}") << str("s3cr3t-value-42")
                                      << str("password-assignment") << masked("\"api_key\": \"s3c", 11, "2\"");
        QTest::addRow("yaml secret") << QByteArray("  client_secret: 'correct horse battery'")
                                     << str("correct horse battery") << str("password-assignment")
                                     << masked("client_secret: 'corr", 15, "ry'");
        QTest::addRow("python keyword argument")
            << QByteArray("conn = connect(host=\"db\", password=\"Tr0ub4dor&3\")") << str("Tr0ub4dor&3")
            << str("password-assignment") << masked("password=\"Tr", 8, "3\"");
        QTest::addRow("query string token")
            << QByteArray("GET /feed?access_token=abc123def456&page=2") << str("abc123def456")
            << str("password-assignment") << masked("access_token=abc", 8, "6");
        QTest::addRow("email") << QByteArray("contact: jane.doe@example.com.") << str("jane.doe@example.com")
                               << str("email") << masked("j", 7, "@example.com");
        QTest::addRow("email in csv") << QByteArray("42,Jane,j@mail.example.co.uk,2024-01-15")
                                      << str("j@mail.example.co.uk") << str("email")
                                      << masked("", 1, "@mail.example.co.uk");
        QTest::addRow("card") << QByteArray("card: 4111111111111111, exp 12/29") << str("4111111111111111")
                              << str("card-number") << masked("4111", 10, "11");
        QTest::addRow("card with spaces") << QByteArray("4111 1111 1111 1111") << str("4111 1111 1111 1111")
                                          << str("card-number") << masked("4111", 13, "11");
        QTest::addRow("amex with dashes") << QByteArray("paid with 3782-822463-10005.") << str("3782-822463-10005")
                                          << str("card-number") << masked("3782", 11, "05");
        QTest::addRow("card in csv") << QByteArray("7,5555555555554444,EUR") << str("5555555555554444")
                                     << str("card-number") << masked("5555", 10, "44");
        QTest::addRow("13-digit visa") << QByteArray("n=4222222222222") << str("4222222222222") << str("card-number")
                                       << masked("422", 9, "2");
        QTest::addRow("iban grouped") << QByteArray("IBAN: DE89 3704 0044 0532 0130 00 EUR")
                                      << str("DE89 3704 0044 0532 0130 00") << str("iban") << masked("DE89", 21, "00");
        QTest::addRow("iban compact") << QByteArray("GB29NWBK60161331926819") << str("GB29NWBK60161331926819")
                                      << str("iban") << masked("GB29", 16, "19");
    }

    void findsEachKind()
    {
        QFETCH(QByteArray, secretLine);
        QFETCH(QString, secret);
        QFETCH(QString, kind);
        QFETCH(QString, excerpt);

        const QByteArray data = "first line\r\nsecond line\n" + secretLine + "\nlast line\n";
        const QList<Finding> findings = OutputScanner::scan(data, QStringLiteral("stdout"));
        QVERIFY2(findings.size() == 1, qPrintable(describe(findings)));
        const Finding &f = findings.constFirst();
        QCOMPARE(f.kind, kind);
        QCOMPARE(f.source, QStringLiteral("stdout"));
        QCOMPARE(f.line, 3);
        QCOMPARE(f.excerpt, excerpt);
        if (!secret.isEmpty())
            QVERIFY(!f.excerpt.contains(secret));
        QVERIFY(OutputScanner::kinds().contains(f.kind));
    }

    void ignoresOrdinaryOutput_data()
    {
        QTest::addColumn<QByteArray>("data");

        QTest::addRow("sales csv") << QByteArray("date,region,units,revenue,order_id,created_ms\n"
                                                 "2024-01-15,North,120,1234567,100200300,1705312800000\n"
                                                 "2024-01-16,South,95,987654.32,100200301,1705399200000\n"
                                                 "2024-02-01T10:30:00Z,East,3,12345678901,100200302,1706783400000\n"
                                                 "2024-03-31,West,0,0.4111111111111111,41111111111111111,0\n");
        QTest::addRow("pandas print") << QByteArray("         date region  units     revenue\n"
                                                    "0  2024-01-15  North    120  1234567.00\n"
                                                    "1  2024-01-16  South     95   987654.32\n"
                                                    "[2 rows x 4 columns]\n");
        // A float's digits, a nanosecond timestamp, a run of 20 digits.
        QTest::addRow("long numbers") << QByteArray("mean 4.111111111111111e-05\n"
                                                    "ts 1705312800000000000\n"
                                                    "id 41111111111111111111\n"
                                                    "phone +4111111111111\n");
        // Hex digests must not pass for tokens, nor their digit runs for cards.
        QTest::addRow("sha256") << QByteArray(
            "sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n"
            "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  data.csv\n"
            "checksum=ab4111111111111111cd4111111111111111ef0123456789abcdef0123456789\n");
        // No dot in the domain: the address of a local account, as logs and
        // prompts name it (user@host), which cannot reach anyone outside;
        // not reported.
        QTest::addRow("user@localhost") << QByteArray("connected as user@localhost\nroot@buildbox:~$ ls\n");
        QTest::addRow("not addresses") << QByteArray("icon@2x.png\nclone git@github.com:org/repo.git\n@decorator\n");
        QTest::addRow("chart script output")
            << QByteArray("Loaded 1,234 rows from /input/sales.csv\n"
                          "Columns: date, region, units, revenue\n"
                          "Total revenue: 12345678.90 (mean 10004.60)\n"
                          "tokens used: 15342\n"
                          "Saved chart to /output/revenue_by_region.png (1200x800, 144 dpi)\n"
                          "/usr/lib/python3/dist-packages/matplotlib/axes/_base.py:2503: UserWarning: "
                          "Attempting to set identical low and high ylims makes transformation singular\n"
                          "Elapsed: 2.31 s\n");
        QTest::addRow("code reading secrets")
            << QByteArray("password = getpass.getpass()\n"
                          "api_key = os.environ[\"API_KEY\"]\n"
                          "token = request.headers.get(\"Authorization\")\n"
                          "tokenizer = AutoTokenizer.from_pretrained(\"bert-base-uncased\")\n"
                          "log(\"token = \" + tok + \" for user\")\n"
                          "if password == \"something\":\n");
        QTest::addRow("prose and placeholders") << QByteArray("Error: invalid token: expected 3 segments\n"
                                                              "password=********\n"
                                                              "password: <your-password-here>\n"
                                                              "DB_PASSWORD=${DB_PASSWORD}\n"
                                                              "api_key=YOUR_API_KEY\n"
                                                              "the bearer of this certificate is authorised\n"
                                                              "max_tokens=100000000\n");
        // A valid-looking shape with a wrong checksum, and an unknown country.
        QTest::addRow("bad iban") << QByteArray("DE88 3704 0044 0532 0130 00\nZZ89370400440532013000\n");
        QTest::addRow("bad luhn") << QByteArray("4111111111111112\n4111 1111 1111 1112\n");
        QTest::addRow("empty") << QByteArray();
    }

    void ignoresOrdinaryOutput()
    {
        QFETCH(QByteArray, data);
        const QList<Finding> findings = OutputScanner::scan(data, QStringLiteral("out.txt"));
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    }

    void moreSpecificKindWins_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("kind");

        const QByteArray jwt = QByteArray("eyJhbGciOiJIUzI1NiJ9.") + "eyJzdWIiOiIxMjM0NTY3ODkwIn0."
            + "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
        QTest::addRow("jwt after bearer") << "Authorization: Bearer " + jwt << str("jwt");
        QTest::addRow("stripe key assigned")
            << "api_key = \"" + QByteArray("sk_") + "test_" + "4eC39HqLyjWDarjtT1zdp7dc\"" << str("stripe-key");
        QTest::addRow("private key in json")
            << QByteArray("{\"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n\"}")
            << str("private-key");
        QTest::addRow("email as password") << QByteArray("password=jane.doe@example.com") << str("password-assignment");
    }

    void moreSpecificKindWins()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, kind);
        const QList<Finding> findings = OutputScanner::scan(data, QStringLiteral("stderr"));
        QVERIFY2(findings.size() == 1, qPrintable(describe(findings)));
        QCOMPARE(findings.constFirst().kind, kind);
    }

    void reportsInOrderWithLines()
    {
        const QByteArray data = "a.person@example.org, b.person@example.net\n"
                                "\n"
                                "export SECRET_KEY='x9!vQ2#mL7zP'\r\n"
                                "IBAN GB29 NWBK 6016 1331 9268 19 and card 4111111111111111\n";
        const QList<Finding> findings = OutputScanner::scan(data, QStringLiteral("report.md"));
        QCOMPARE(findings.size(), 5);
        const QStringList kinds{QStringLiteral("email"), QStringLiteral("email"), QStringLiteral("password-assignment"),
            QStringLiteral("iban"), QStringLiteral("card-number")};
        const QList<int> lines{1, 1, 3, 4, 4};
        for (int i = 0; i < findings.size(); ++i) {
            QCOMPARE(findings.at(i).kind, kinds.at(i));
            QCOMPARE(findings.at(i).line, lines.at(i));
            QCOMPARE(findings.at(i).source, QStringLiteral("report.md"));
        }
        QCOMPARE(findings.at(0).excerpt, masked("a", 7, "@example.org"));
        QCOMPARE(findings.at(2).excerpt, masked("SECRET_KEY='x9!", 8, "P'"));
    }

    void capsFindings()
    {
        QByteArray data;
        for (int i = 0; i < 1000; ++i)
            data += "user" + QByteArray::number(i) + "@example.com\n";
        QList<Finding> findings = OutputScanner::scan(data, QStringLiteral("stdout"), 5);
        QCOMPARE(findings.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(findings.at(i).line, i + 1);
        QCOMPARE(OutputScanner::scan(data, QStringLiteral("stdout")).size(), 200);
        QCOMPARE(OutputScanner::scan(data, QStringLiteral("stdout"), 5000).size(), 1000);
        QVERIFY(OutputScanner::scan(data, QStringLiteral("stdout"), 0).isEmpty());
    }

    void capsBytes()
    {
        const QByteArray data = QByteArray(100, 'x') + "\njane.doe@example.com\n";
        QVERIFY(OutputScanner::scan(data, QStringLiteral("stdout"), 200, 100).isEmpty());
        // A match cut by the limit is not one.
        QVERIFY(OutputScanner::scan(data, QStringLiteral("stdout"), 200, 110).isEmpty());
        QCOMPARE(OutputScanner::scan(data, QStringLiteral("stdout"), 200, data.size()).size(), 1);
        QVERIFY(OutputScanner::scan(data, QStringLiteral("stdout"), 200, 0).isEmpty());
    }

    void linesAcrossPieces()
    {
        // Longer than the pieces the scanner works in: the count of lines
        // must run on from one to the next.
        QByteArray data;
        for (int i = 0; i < 100000; ++i)
            data += "2024-01-15,North,120,1234567\n";
        data += "card 4111111111111111\n";
        data += QByteArray(600 * 1024, 'y') + " jane.doe@example.com\n";
        const QList<Finding> findings = OutputScanner::scan(data, QStringLiteral("big.csv"));
        QVERIFY2(findings.size() == 2, qPrintable(describe(findings)));
        QCOMPARE(findings.at(0).line, 100001);
        QCOMPARE(findings.at(1).line, 100002);
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
        QByteArray data(1024 * 1024, Qt::Uninitialized);
        for (char &c : data) {
            // Plenty of the characters secrets are made of among the noise.
            const quint32 r = random.bounded(512);
            c = r < 256 ? char(r) : "0123456789@.-_ =:\"\nAKIAeyJ"[r % 26];
        }
        const QList<Finding> findings = OutputScanner::scan(data, QStringLiteral("blob"));
        QVERIFY(findings.size() <= 200);
        for (const Finding &f : findings) {
            QVERIFY(f.line >= 1);
            QVERIFY(!f.excerpt.isEmpty());
            QVERIFY(OutputScanner::kinds().contains(f.kind));
        }
        // A secret after the noise is still found, on its line.
        const QByteArray tail = "\njane.doe@example.com\n";
        const QList<Finding> after = OutputScanner::scan(data + tail, QStringLiteral("blob"), 100000);
        QVERIFY(!after.isEmpty());
        QCOMPARE(after.constLast().excerpt, masked("j", 7, "@example.com"));
        QCOMPARE(after.constLast().line, int(data.count('\n')) + 2);
    }

    void hostileInputIsFast_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addRow("one line of addresses") << QByteArray("a@b.co ").repeated(1200 * 1024);
        QTest::addRow("digits") << QByteArray(8 * 1024 * 1024, '4');
        QTest::addRow("identifier") << QByteArray("a_").repeated(4 * 1024 * 1024);
        QTest::addRow("upper case groups") << QByteArray("DE89 ").repeated(1600 * 1024);
        QTest::addRow("base64") << QByteArray("eyJhbGciOiJIUzI1NiJ9").repeated(400 * 1024);
        QTest::addRow("wrapped base64 of text")
            << wrapped(QByteArray("token=abc123def456 jane@example.org\n").repeated(170 * 1024), 76);
        QTest::addRow("nested base64")
            << QByteArray("password=hunter2secret ").repeated(256 * 1024).toBase64().toBase64();
        QTest::addRow("hex") << QByteArray("token=abc123def456 ").repeated(200 * 1024).toHex();
        QTest::addRow("csv of words") << QByteArray("alpha,beta,gamma,delta,token,secret\n").repeated(230 * 1024);
        QTest::addRow("lines of words") << QByteArray("Secret\ntoken\nAKIA\nBearer\n").repeated(400 * 1024);
        QTest::addRow("zero-width everywhere") << QByteArray("a\u200b=\u200b").repeated(1000 * 1024);
        QTest::addRow("full-width") << QByteArray("\uff21\uff2b\uff29\uff21").repeated(700 * 1024);
        QTest::addRow("utf-16") << QByteArray("a\0@\0b\0.\0c\0o\0 \0").repeated(600 * 1024);
    }

    void hostileInputIsFast()
    {
        QFETCH(QByteArray, data);
        QElapsedTimer timer;
        timer.start();
        const QList<Finding> findings = OutputScanner::scan(data, QStringLiteral("stdout"));
        QVERIFY(findings.size() <= 200);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    // --- Encodings: each kind of secret, hidden in each simple way ----------

    void seesThroughEncodings_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("encoding");

        const QList<Sample> all = samples();
        for (const Sample &s : all) {
            const QByteArray name = s.name.toUtf8();
            const auto row = [&](const char *how, const QByteArray &data, int line, const char *encoding) {
                QTest::addRow("%s, %s", how, name.constData())
                    << data << s.kind << QString::fromLatin1(s.secret) << line << str(encoding);
            };
            const QByteArray around = "Report\nrows: 12\n";
            // Whole-text encodings: one line of context, then the secret's line.
            row("base64", around + "blob " + s.line.toBase64() + " end\n", 3, "base64");
            row("base64url unpadded",
                around + s.line.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + "\n", 3,
                "base64");
            row("hex", around + "0x" + s.line.toHex() + "\n", 3, "hex");
            row("hex in upper case", around + s.line.toHex().toUpper() + "\n", 3, "hex");
            row("base64 wrapped", around + wrapped(QByteArray(200, '#') + "\n" + s.line + "\n", 76), 3, "base64");
            row("base64 of hex", around + s.line.toHex().toBase64() + "\n", 3, "base64+hex");
            row("hex of base64", around + s.line.toBase64().toHex() + "\n", 3, "hex+base64");
            row("utf-16le with bom", utf16(around + s.line + "\n", true, true), 3, "utf-16le");
            row("utf-16be without bom", utf16(around + s.line + "\n", false, false), 3, "utf-16be");
            row("utf-32le with bom", utf32(around + s.line + "\n"), 3, "utf-32le");
            row("base64 of utf-16", around + utf16(s.line, true, false).toBase64() + "\n", 3, "base64+utf-16le");
            row("zero-width", around + invisible(s.line, "\u200B") + "\n", 3, "unicode");
            row("word joiners and bom", around + invisible(s.line, "\u2060\uFEFF") + "\n", 3, "unicode");
            row("bidi controls", around + invisible(s.line, "\u202E\u202C\u2066\u2069") + "\n", 3, "unicode");
            row("full-width", around + fullWidth(s.line) + "\n", 3, "unicode");
            // Split secrets: never card numbers (see seesThroughSplitting).
            if (s.kind == QLatin1String("card-number"))
                continue;
            const qsizetype cut = s.cut;
            row("split across lines", around + s.line.first(cut) + "\n" + s.line.sliced(cut) + "\nDone.\n", 3, "lines");
            row("split across three lines",
                around + s.line.first(cut - 3) + "\n   " + s.line.sliced(cut - 3, 5) + "\n" + s.line.sliced(cut + 2)
                    + "\n42\n",
                3, "lines");
            row("split across cells",
                "id;a;b;note\n1;x;y;z\n2;" + s.line.first(cut) + ";" + s.line.sliced(cut) + ";EUR\n", 3, "cells");
            row("split down a column",
                "id,value,unit\n1,alpha,kg\n2,\"" + s.line.first(cut) + "\",m\n3,\"" + s.line.sliced(cut)
                    + "\",s\n4,beta,kg\n",
                3, "cells");
            row("zero-width and split",
                around + invisible(s.line.first(cut), "\u200D") + "\n" + s.line.sliced(cut) + "\n", 3, "unicode+lines");
        }
    }

    void seesThroughEncodings()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, kind);
        QFETCH(QString, secret);
        QFETCH(int, line);
        QFETCH(QString, encoding);

        QStringList unscanned;
        const QList<Finding> findings = OutputScanner::scan(data, QStringLiteral("out.txt"), 200, 8 << 20, &unscanned);
        QVERIFY2(findings.size() == 1, qPrintable(describe(findings)));
        const Finding &f = findings.constFirst();
        QCOMPARE(f.kind, kind);
        QCOMPARE(f.line, line);
        QCOMPARE(f.encoding, encoding);
        QCOMPARE(f.source, QStringLiteral("out.txt"));
        if (!secret.isEmpty())
            QVERIFY2(!f.excerpt.contains(secret), qPrintable(f.excerpt));
        QVERIFY2(unscanned.isEmpty(), qPrintable(unscanned.join(u'|')));
        QCOMPARE(f.toJson().value(QLatin1String("encoding")).toString(), encoding);
    }

    void seesThroughSplitting()
    {
        // Secrets in pieces that are not whole lines: a token printed in
        // parts, indented continuation lines, cells in quotes.
        const QByteArray aws = QByteArray("AKIA") + "IOSFODNN7EXAMPLE";
        const QByteArray data = "part one: " + aws.first(9) + "\n    " + aws.sliced(9) + "\nnext\n";
        QList<Finding> findings = OutputScanner::scan(data, QStringLiteral("stdout"));
        QVERIFY2(findings.size() == 1, qPrintable(describe(findings)));
        QCOMPARE(findings.constFirst().kind, QStringLiteral("aws-access-key"));
        QCOMPARE(findings.constFirst().line, 1);

        // Eight lines of four digits glue into card-like numbers: left alone.
        QByteArray digits;
        for (const char *n : {"4111", "1111", "1111", "1111", "4539", "1488", "0343", "6467"})
            digits += QByteArray(n) + "\n";
        findings = OutputScanner::scan(digits, QStringLiteral("stdout"));
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));

        // An address at the end of a line is one finding, not two.
        findings = OutputScanner::scan("write to jane.doe@example.com\nThanks\n", QStringLiteral("stdout"));
        QVERIFY2(findings.size() == 1, qPrintable(describe(findings)));
        QCOMPARE(findings.constFirst().encoding, QString());

        // A JWT whose payload holds an address is still one finding.
        const QByteArray payload = QByteArray(R"({"sub":"1234567890","email":"jane.doe@example.com"})")
                                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QByteArray jwt = "eyJhbGciOiJIUzI1NiJ9." + payload + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
        findings = OutputScanner::scan("token " + jwt + "\n", QStringLiteral("stdout"));
        QVERIFY2(findings.size() == 1, qPrintable(describe(findings)));
        QCOMPARE(findings.constFirst().kind, QStringLiteral("jwt"));
    }

    void encodedNoiseStaysQuiet_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("unscanned");

        QRandomGenerator random(7);
        QByteArray image(48 * 1024, Qt::Uninitialized);
        for (char &c : image)
            c = char(random.bounded(256));
        image.prepend("\x89PNG\r\n\x1a\n");
        QTest::addRow("image as data url")
            << "<svg><image href=\"data:image/png;base64," + image.toBase64() + "\"/></svg>\n"
            << str("chart.svg") << true;
        QTest::addRow("image wrapped as in mail") << wrapped(image, 76) << str("mail.txt") << true;
        QTest::addRow("image url-safe") << image.toBase64(QByteArray::Base64UrlEncoding) << str("x.json") << true;

        // Hashes, ids and nonces: short encodings of random bytes.
        QByteArray hashes = "file,sha256,bytes\n";
        QByteArray tokens;
        for (int i = 0; i < 2000; ++i) {
            QByteArray bytes(32, Qt::Uninitialized);
            for (char &c : bytes)
                c = char(random.bounded(256));
            hashes += "part-" + QByteArray::number(i) + ".parquet," + bytes.toHex() + "," + QByteArray::number(i * 977)
                + "\n";
            tokens += "id=" + bytes.first(12).toBase64(QByteArray::Base64UrlEncoding) + " nonce "
                + bytes.sliced(12).toBase64() + " uuid " + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "\n";
        }
        QTest::addRow("csv of sha-256 hashes") << hashes << str("manifest.csv") << false;
        QTest::addRow("hashes down a column") << hashes.replace(',', '\n') << str("hashes.txt") << false;
        QTest::addRow("ids and nonces") << tokens << str("log.txt") << false;
        QTest::addRow("long identifiers") << QByteArray(
            "ProcessingPipelineStageConfiguration\nmonthly_revenue_by_region_2024\nabcdefabcdefabcdef0123\n")
                                          << str("stdout") << false;
        QTest::addRow("accented text") << QByteArray("Région;Chiffre d’affaires\nÎle-de-France;1 234,56 €\nMünchen;"
                                                     "9 876,00 €\n")
                                       << str("ventes.csv") << false;
        QTest::addRow("latin-1 text") << QByteArray("R\xe9gion;Ventes\n\xcele-de-France;12\nM\xfcnchen;13\n")
                                      << str("ventes.csv") << false;
        QTest::addRow("numbers down a column")
            << QByteArray("year,units\n2019,4111\n2020,1111\n2021,1111\n2022,1111\n2023,4539\n") << str("units.csv")
            << false;
    }

    void encodedNoiseStaysQuiet()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, source);
        QFETCH(bool, unscanned);

        QStringList notes;
        const QList<Finding> findings = OutputScanner::scan(data, source, 200, 8 << 20, &notes);
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
        // Base64 of an image cannot be read, so it is not called clean.
        QCOMPARE(!notes.isEmpty(), unscanned);
        for (const QString &note : std::as_const(notes))
            QVERIFY2(note.startsWith(source), qPrintable(note));
    }

    void whatCannotBeReadIsUnscanned_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("unscanned");

        QRandomGenerator random(11);
        QByteArray noise(4096, Qt::Uninitialized);
        for (char &c : noise)
            c = char(random.bounded(256));
        QTest::addRow("binary") << noise << true;
        QTest::addRow("binary after text") << QByteArray("header line\n").repeated(20) + noise << true;
        QTest::addRow("text") << QByteArray("just text\n").repeated(100) << false;
        QTest::addRow("terminal colours") << QByteArray("\x1b[32mok\x1b[0m\r\n\tdone\x08\n").repeated(100) << false;
        QTest::addRow("utf-16 text") << utf16(QByteArray("a,b\n1,2\n").repeated(100), true, false) << false;
        QTest::addRow("empty") << QByteArray() << false;
    }

    void whatCannotBeReadIsUnscanned()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, unscanned);
        QStringList notes;
        OutputScanner::scan(data, QStringLiteral("data.txt"), 200, 8 << 20, &notes);
        QCOMPARE(!notes.isEmpty(), unscanned);
        if (unscanned)
            QVERIFY(notes.constFirst().startsWith(QLatin1String("data.txt (")));
        // Without the list, the scan still works.
        OutputScanner::scan(data, QStringLiteral("data.txt"));
    }

    void decodingIsBounded()
    {
        // Base64 of base64 of …: read two levels deep, no further.
        QByteArray nested = "password=" + QByteArray("hunter2") + "secret";
        QList<int> found;
        for (int depth = 0; depth <= 4; ++depth) {
            const QList<Finding> findings = OutputScanner::scan("x " + nested + "\n", QStringLiteral("stdout"));
            found << int(findings.size());
            nested = nested.toBase64();
        }
        QCOMPARE(found, (QList<int>{1, 1, 1, 0, 0}));

        // Only the bytes within the limit are read, decoded or not.
        const QByteArray secret = QByteArray("AKIA") + "IOSFODNN7EXAMPLE";
        const QByteArray data = QByteArray(1000, 'x') + "\n" + QByteArray("key " + secret).toBase64() + "\n";
        QVERIFY(OutputScanner::scan(data, QStringLiteral("stdout"), 200, 1010).isEmpty());
        QCOMPARE(OutputScanner::scan(data, QStringLiteral("stdout"), 200, data.size()).size(), 1);
    }

    void labelsAndJson()
    {
        const QStringList kinds = OutputScanner::kinds();
        QCOMPARE(kinds.size(), 12);
        for (const QString &kind : kinds) {
            const Finding f{kind, QStringLiteral("stdout"), 1, QStringLiteral("x")};
            QVERIFY(!f.label().isEmpty());
            QVERIFY2(f.label() != kind || kind == QLatin1String("iban"), qPrintable(kind));
        }
        QCOMPARE((Finding{QStringLiteral("aws-access-key"), {}, 0, {}}).label(), QStringLiteral("AWS access key"));
        QCOMPARE((Finding{QStringLiteral("email"), {}, 0, {}}).label(), QStringLiteral("E-mail address"));
        QCOMPARE((Finding{QStringLiteral("something-new"), {}, 0, {}}).label(), QStringLiteral("something-new"));

        const Finding f{QStringLiteral("email"), QStringLiteral("report.csv"), 7, QStringLiteral("j•••@example.com")};
        const QJsonObject json = f.toJson();
        QCOMPARE(json.size(), 4);
        QCOMPARE(json.value(QLatin1String("kind")).toString(), f.kind);
        QCOMPARE(json.value(QLatin1String("source")).toString(), f.source);
        QCOMPARE(json.value(QLatin1String("line")).toInt(), 7);
        QCOMPARE(json.value(QLatin1String("excerpt")).toString(), f.excerpt);
    }

    void isScannable_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<bool>("scannable");

        QTest::addRow("csv") << str("sales.csv") << str("text/csv") << true;
        QTest::addRow("tsv") << str("sales.tsv") << str("text/tab-separated-values") << true;
        QTest::addRow("json") << str("result.json") << str("application/json") << true;
        QTest::addRow("txt") << str("notes.txt") << str("text/plain") << true;
        QTest::addRow("svg") << str("chart.svg") << str("image/svg+xml") << true;
        QTest::addRow("html") << str("report.html") << str("text/html") << true;
        QTest::addRow("markdown") << str("README.md") << str("text/markdown") << true;
        QTest::addRow("xml") << str("data.xml") << str("application/xml") << true;
        QTest::addRow("log") << str("run.log") << str("text/x-log") << true;
        QTest::addRow("python") << str("script.py") << str("text/x-python3") << true;
        QTest::addRow("upper-case suffix") << str("DATA.CSV") << str("") << true;
        QTest::addRow("suffix without type") << str("out.json") << str("") << true;
        QTest::addRow("text type without suffix") << str("output") << str("text/plain") << true;
        QTest::addRow("type with charset") << str("output") << str("text/plain; charset=utf-8") << true;
        QTest::addRow("shell script") << str("run") << str("application/x-shellscript") << true;
        QTest::addRow("png") << str("chart.png") << str("image/png") << false;
        QTest::addRow("jpeg") << str("photo.jpg") << str("image/jpeg") << false;
        QTest::addRow("pdf") << str("report.pdf") << str("application/pdf") << false;
        QTest::addRow("zip") << str("bundle.zip") << str("application/zip") << false;
        QTest::addRow("parquet") << str("table.parquet") << str("application/vnd.apache.parquet") << false;
        QTest::addRow("octet stream") << str("blob") << str("application/octet-stream") << false;
        QTest::addRow("nothing known") << str("blob") << str("") << false;
    }

    void isScannable()
    {
        QFETCH(QString, name);
        QFETCH(QString, mediaType);
        QFETCH(bool, scannable);
        QCOMPARE(OutputScanner::isScannable(name, mediaType), scannable);
    }
};

QTEST_GUILESS_MAIN(TestOutputScanner)
#include "tst_outputscanner.moc"
