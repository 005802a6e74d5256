// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "outputscanner.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <vector>

namespace Airlock {

namespace {

/// In order of precedence: when two matches overlap, the earlier kind wins.
enum Kind {
    PrivateKey,
    AwsAccessKey,
    GitHubToken,
    SlackToken,
    GoogleApiKey,
    StripeKey,
    Jwt,
    BearerToken,
    PasswordAssignment,
    Iban,
    CardNumber,
    Email,
    KindCount
};

struct KindInfo
{
    const char *id;
    const char *label;
};

const std::array<KindInfo, KindCount> kindInfo{{
    {"private-key", QT_TRANSLATE_NOOP("Airlock::OutputScanner", "Private key")},
    {"aws-access-key", QT_TRANSLATE_NOOP("Airlock::OutputScanner", "AWS access key")},
    {"github-token", QT_TRANSLATE_NOOP("Airlock::OutputScanner", "GitHub token")},
    {"slack-token", QT_TRANSLATE_NOOP("Airlock::OutputScanner", "Slack token")},
    {"google-api-key", QT_TRANSLATE_NOOP("Airlock::OutputScanner", "Google API key")},
    {"stripe-key", QT_TRANSLATE_NOOP("Airlock::OutputScanner", "Stripe key")},
    {"jwt", QT_TRANSLATE_NOOP("Airlock::OutputScanner", "JSON Web Token")},
    {"bearer-token", QT_TRANSLATE_NOOP("Airlock::OutputScanner", "Bearer token")},
    {"password-assignment", QT_TRANSLATE_NOOP("Airlock::OutputScanner", "Password or secret")},
    {"iban", QT_TRANSLATE_NOOP("Airlock::OutputScanner", "IBAN")},
    {"card-number", QT_TRANSLATE_NOOP("Airlock::OutputScanner", "Payment card number")},
    {"email", QT_TRANSLATE_NOOP("Airlock::OutputScanner", "E-mail address")},
}};

/*
 * One pattern per kind. No pattern crosses a line break, so the text can be
 * cut after any '\n'. The look-behinds keep a pattern from starting inside a
 * longer word or number; possessive quantifiers keep hostile input linear.
 */
const std::array<QRegularExpression, KindCount> &patterns()
{
    static const std::array<QRegularExpression, KindCount> all = [] {
        std::array<QRegularExpression, KindCount> res;
        res[PrivateKey].setPattern(QStringLiteral(R"re(-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----)re"));
        res[AwsAccessKey].setPattern(
            QStringLiteral(R"re((?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}(?![A-Za-z0-9]))re"));
        res[GitHubToken].setPattern(QStringLiteral(
            R"re((?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}+|github_pat_[A-Za-z0-9_]{22,247}+)(?![A-Za-z0-9_]))re"));
        res[SlackToken].setPattern(QStringLiteral(
            R"re((?<![A-Za-z0-9_-])(?:xox[abposre]-[A-Za-z0-9-]{10,250}+|xapp-[0-9]-[A-Za-z0-9-]{10,250}+)re"
            R"re(|https://hooks\.slack\.com/(?:services|workflows)/[A-Za-z0-9_/]{20,250}+))re"));
        res[GoogleApiKey].setPattern(QStringLiteral(R"re((?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-]))re"));
        res[StripeKey].setPattern(
            QStringLiteral(R"re((?<![A-Za-z0-9_])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,247}+(?![A-Za-z0-9_]))re"));
        // Header and payload are base64url JSON objects, hence "eyJ" ('{"').
        res[Jwt].setPattern(QStringLiteral(
            R"re((?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}+\.eyJ[A-Za-z0-9_-]{8,}+\.[A-Za-z0-9_-]*+(?![A-Za-z0-9_-]))re"));
        res[BearerToken].setPattern(QStringLiteral(
            R"re((?<![A-Za-z0-9_])[Bb]earer[ \t]+([A-Za-z0-9._~+/-]{16,}+=*+)(?![A-Za-z0-9._~+/=-]))re"));
        // A name that ends in a secret's word, then =, :, := or =>, then a
        // value of 8 or more characters: quoted, or bare and not followed by
        // '(' or '[' as a call or subscript in code would be (getpass(),
        // os.environ["X"]).
        res[PasswordAssignment].setPatternOptions(QRegularExpression::CaseInsensitiveOption);
        res[PasswordAssignment].setPattern(
            QStringLiteral(R"re((?<![A-Za-z0-9_.-])["']?(?:[A-Za-z0-9]++[_.-]){0,6})re"
                           R"re((?:password|passwd|passphrase|secret|token|api[_-]?key|access[_-]?key|secret[_-]?key)re"
                           R"re(|private[_-]?key|auth[_-]?key|credentials?))re"
                           R"re(["']?[ \t]*(?::=|=>|[:=])[ \t]*)re"
                           R"re((?:"([^\s"][^"\n]{6,254}[^\s"])"|'([^\s'][^'\n]{6,254}[^\s'])')re"
                           R"re(|([^\s"'`,;&(){}\[\]<>]{8,}+)(?![^\s,;&])))re"));
        // Groups of four separated by single spaces, or none; the country's
        // length and the checksum decide.
        res[Iban].setPattern(QStringLiteral(R"re((?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,30}+)re"));
        // 13 to 19 digits in one run, or grouped as cards are printed
        // (4-4-4-4, 4-4-4-4-3, 4-6-5, 4-6-4), never within a longer run of
        // digits, a word, a decimal fraction or after a '+' (phone numbers).
        res[CardNumber].setPattern(
            QStringLiteral(R"re((?<![0-9A-Za-z.+])(?:[0-9]{13,19}+)re"
                           R"re(|(?<![0-9][ -])[0-9]{4}([ -])[0-9]{4}\1[0-9]{4}\1[0-9]{4}(?:\1[0-9]{3})?+(?!\1[0-9]))re"
                           R"re(|(?<![0-9][ -])[0-9]{4}([ -])[0-9]{6}\2[0-9]{4,5}+(?!\2[0-9])))re"
                           R"re((?![0-9A-Za-z]|\.[0-9]))re"));
        res[Email].setPattern(QStringLiteral(R"re((?<![A-Za-z0-9._%+-])[A-Za-z0-9_%+-][A-Za-z0-9._%+-]{0,63}@)re"
                                             R"re(((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}))re"
                                             R"re(([A-Za-z]{2,24})(?![A-Za-z0-9-]))re"));
        for (QRegularExpression &re : res) {
            Q_ASSERT(re.isValid());
            // Compiled here, once, rather than by the first of several threads.
            re.optimize();
        }
        return res;
    }();
    return all;
}

/// A match that passed its kind's checks. [valueStart, valueEnd) is the
/// secret itself, within [start, end).
struct Candidate
{
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype valueStart = 0;
    qsizetype valueEnd = 0;
    int kind = 0;
};

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiAlnum(QChar c)
{
    return isDigit(c) || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

bool luhnValid(const QString &digits)
{
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - '0';
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

/// Whether the number starts as some card network's numbers do and has a
/// length that network issues. Keeps millisecond timestamps (1…), order
/// numbers and the like out even when they happen to pass Luhn.
bool plausibleCard(const QString &d)
{
    const qsizetype n = d.size();
    const int p2 = d.first(2).toInt();
    const int p3 = d.first(3).toInt();
    const int p4 = d.first(4).toInt();
    if (d.front() == u'4') // Visa
        return n == 13 || n == 16 || n == 19;
    if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) // Mastercard
        return n == 16;
    if (p2 == 34 || p2 == 37) // American Express
        return n == 15;
    if (p4 >= 3528 && p4 <= 3589) // JCB
        return n >= 16;
    if ((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39) // Diners Club
        return n >= 14;
    if (p2 == 50 || (p2 >= 56 && p2 <= 69)) // Discover, UnionPay, Maestro
        return n >= 13;
    return false;
}

int ibanLength(QStringView country)
{
    // The IBAN registry's lengths; an unknown country is no IBAN.
    static constexpr struct
    {
        char code[3];
        int length;
    } lengths[] = {
        {"AD", 24},
        {"AE", 23},
        {"AL", 28},
        {"AT", 20},
        {"AZ", 28},
        {"BA", 20},
        {"BE", 16},
        {"BG", 22},
        {"BH", 22},
        {"BI", 27},
        {"BR", 29},
        {"BY", 28},
        {"CH", 21},
        {"CR", 22},
        {"CY", 28},
        {"CZ", 24},
        {"DE", 22},
        {"DJ", 27},
        {"DK", 18},
        {"DO", 28},
        {"EE", 20},
        {"EG", 29},
        {"ES", 24},
        {"FI", 18},
        {"FK", 18},
        {"FO", 18},
        {"FR", 27},
        {"GB", 22},
        {"GE", 22},
        {"GI", 23},
        {"GL", 18},
        {"GR", 27},
        {"GT", 28},
        {"HN", 28},
        {"HR", 21},
        {"HU", 28},
        {"IE", 22},
        {"IL", 23},
        {"IQ", 23},
        {"IS", 26},
        {"IT", 27},
        {"JO", 30},
        {"KW", 30},
        {"KZ", 20},
        {"LB", 28},
        {"LC", 32},
        {"LI", 21},
        {"LT", 20},
        {"LU", 20},
        {"LV", 21},
        {"LY", 25},
        {"MC", 27},
        {"MD", 24},
        {"ME", 22},
        {"MK", 19},
        {"MN", 20},
        {"MR", 27},
        {"MT", 31},
        {"MU", 30},
        {"NI", 28},
        {"NL", 18},
        {"NO", 15},
        {"OM", 23},
        {"PK", 24},
        {"PL", 28},
        {"PS", 29},
        {"PT", 25},
        {"QA", 29},
        {"RO", 24},
        {"RS", 22},
        {"RU", 33},
        {"SA", 24},
        {"SC", 31},
        {"SD", 18},
        {"SE", 24},
        {"SI", 19},
        {"SK", 24},
        {"SM", 27},
        {"SO", 23},
        {"ST", 25},
        {"SV", 28},
        {"TL", 23},
        {"TN", 24},
        {"TR", 26},
        {"UA", 29},
        {"VA", 22},
        {"VG", 24},
        {"XK", 20},
        {"YE", 30},
    };
    for (const auto &entry : lengths) {
        if (country == QLatin1StringView(entry.code, 2))
            return entry.length;
    }
    return 0;
}

/// ISO 13616: the country and check digits moved to the end, letters as
/// 10..35, the whole number mod 97 is 1.
bool ibanChecksumValid(const QString &iban)
{
    const int check = iban.sliced(2, 2).toInt();
    if (check < 2 || check > 98)
        return false;
    const QString rearranged = iban.sliced(4) + iban.first(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        if (isDigit(c))
            remainder = (remainder * 10 + (c.unicode() - '0')) % 97;
        else
            remainder = (remainder * 100 + (c.unicode() - 'A' + 10)) % 97;
    }
    return remainder == 1;
}

bool allSameCharacter(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [&](QChar c) { return c == text.front(); });
}

/**
 * Runs @p kind's checks on a match. Fills @p c when it is a finding; sets
 * @p next to where the search goes on.
 */
bool accept(int kind, QStringView text, const QRegularExpressionMatch &m, Candidate *c, qsizetype *next)
{
    c->kind = kind;
    c->start = m.capturedStart();
    c->end = m.capturedEnd();
    c->valueStart = c->start;
    c->valueEnd = c->end;
    *next = c->end;
    const QStringView matched = text.sliced(c->start, c->end - c->start);

    switch (kind) {
    case BearerToken: {
        c->valueStart = m.capturedStart(1);
        c->valueEnd = m.capturedEnd(1);
        // A token, not a word of prose ("the bearer of …").
        const QStringView value = text.sliced(c->valueStart, c->valueEnd - c->valueStart);
        const bool digit = std::any_of(value.begin(), value.end(), isDigit);
        const bool letter = std::any_of(value.begin(), value.end(), [](QChar ch) { return ch.isLetter(); });
        return digit && letter;
    }
    case PasswordAssignment: {
        int group = 1;
        while (group < 3 && m.capturedStart(group) < 0)
            ++group;
        c->valueStart = m.capturedStart(group);
        c->valueEnd = m.capturedEnd(group);
        const QStringView value = text.sliced(c->valueStart, c->valueEnd - c->valueStart);
        // Masked or templated values: "********", "<password>", "${DB_PASSWORD}",
        // "YOUR_API_KEY" (a placeholder or the name of a variable).
        const auto placeholderChar = [](QChar ch) { return ch == u'_' || (ch >= u'A' && ch <= u'Z'); };
        if (allSameCharacter(value) || (value.startsWith(u'<') && value.endsWith(u'>')) || value.startsWith(u"${")
            || value.startsWith(u"{{") || value.startsWith(u"%(")
            || std::all_of(value.begin(), value.end(), placeholderChar))
            return false;
        // A bare value made of letters only is a word ("token: expected …").
        if (group == 3)
            return !std::all_of(value.begin(), value.end(), [](QChar ch) { return ch.isLetter(); });
        return true;
    }
    case Iban: {
        // The regular expression may run on into the next word ("… 00 EUR"):
        // the country's length says where the IBAN ends.
        const int length = ibanLength(matched.first(2));
        QString compact;
        qsizetype end = c->start;
        for (qsizetype i = c->start; i < c->end && compact.size() < length; ++i) {
            if (text.at(i) != u' ')
                compact.append(text.at(i));
            end = i + 1;
        }
        *next = c->start + 1; // a rejected match may hide one that starts later
        if (length == 0 || compact.size() != length || (end < text.size() && isAsciiAlnum(text.at(end)))
            || !ibanChecksumValid(compact))
            return false;
        c->end = c->valueEnd = end;
        *next = end;
        return true;
    }
    case CardNumber: {
        QString digits;
        for (const QChar ch : matched) {
            if (isDigit(ch))
                digits.append(ch);
        }
        return digits.size() >= 13 && digits.size() <= 19 && plausibleCard(digits) && luhnValid(digits);
    }
    case Email: {
        // "icon@2x.png" is a file, "git@github.com" a repository's address.
        static const QSet<QString> fileSuffixes{QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
            QStringLiteral("gif"), QStringLiteral("svg"), QStringLiteral("webp"), QStringLiteral("bmp"),
            QStringLiteral("ico"), QStringLiteral("pdf"), QStringLiteral("css"), QStringLiteral("js"),
            QStringLiteral("json"), QStringLiteral("txt"), QStringLiteral("csv"), QStringLiteral("html"),
            QStringLiteral("htm")};
        if (fileSuffixes.contains(m.captured(2).toLower()))
            return false;
        return matched.first(matched.indexOf(u'@')).compare(u"git", Qt::CaseInsensitive) != 0;
    }
    default:
        return true;
    }
}

/// The first @p wanted matches of all kinds in @p text, without overlaps, by
/// position (a few more may come along).
std::vector<Candidate> findCandidates(QStringView text, qsizetype wanted)
{
    std::vector<Candidate> found;
    std::vector<bool> claimed(text.size(), false);
    // Once one kind has @p wanted matches up to here, nothing after it can
    // be among the first: a line of a million addresses stops early.
    qsizetype limit = text.size();
    const auto &res = patterns();
    for (int kind = 0; kind < KindCount; ++kind) {
        qsizetype offset = 0;
        qsizetype accepted = 0;
        while (offset <= limit) {
            // The text came from fromUtf8() and every offset follows an ASCII
            // character: checking it anew on each call would be quadratic.
            const QRegularExpressionMatch m = res[kind].matchView(
                text, offset, QRegularExpression::NormalMatch, QRegularExpression::DontCheckSubjectStringMatchOption);
            if (!m.hasMatch() || m.capturedStart() > limit)
                break;
            Candidate c;
            qsizetype next = m.capturedEnd();
            if (accept(kind, text, m, &c, &next)) {
                const auto from = claimed.begin() + c.start;
                const auto to = claimed.begin() + c.end;
                if (std::find(from, to, true) == to) {
                    std::fill(from, to, true);
                    found.push_back(c);
                    if (++accepted >= wanted) {
                        limit = c.start;
                        break;
                    }
                }
            }
            offset = qMax(next, m.capturedStart() + 1);
        }
    }
    std::sort(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) { return a.start < b.start; });
    return found;
}

/// Keeps at most the first 4 and last 2 characters, fewer of a short secret
/// so that most of it stays hidden: 2 and 1 of an 8-character password.
QString mask(QStringView secret)
{
    const QList<uint> codePoints = secret.toUcs4();
    const qsizetype n = codePoints.size();
    const qsizetype head = qMin<qsizetype>(4, n / 4);
    const qsizetype tail = qMin<qsizetype>(2, n / 8);
    const qsizetype hidden = qMin<qsizetype>(n - head - tail, OutputScanner::MaxMaskChars);
    QString out = QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), head);
    out += QString(hidden, QChar(0x2022));
    out += QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + n - tail), tail);
    return out;
}

QString excerpt(QStringView text, const Candidate &c)
{
    const QStringView matched = text.sliced(c.start, c.end - c.start);
    switch (c.kind) {
    case PrivateKey:
        return matched.toString(); // the PEM header: what kind of key, nothing of it
    case Email: {
        const qsizetype at = matched.indexOf(u'@');
        const QList<uint> local = matched.first(at).toUcs4();
        const qsizetype hidden = qMin<qsizetype>(local.size() - 1, OutputScanner::MaxMaskChars);
        QString out = local.size() > 1 ? QString::fromUcs4(reinterpret_cast<const char32_t *>(local.constData()), 1)
                                       : QString(QChar(0x2022));
        out += QString(hidden, QChar(0x2022));
        return out + matched.sliced(at);
    }
    default:
        return text.sliced(c.start, c.valueStart - c.start).toString()
            + mask(text.sliced(c.valueStart, c.valueEnd - c.valueStart))
            + text.sliced(c.valueEnd, c.end - c.valueEnd).toString();
    }
}

} // namespace

QString OutputScanner::Finding::label() const
{
    for (const KindInfo &info : kindInfo) {
        if (kind == QLatin1StringView(info.id))
            return QCoreApplication::translate("Airlock::OutputScanner", info.label);
    }
    return kind;
}

QJsonObject OutputScanner::Finding::toJson() const
{
    return {{QStringLiteral("kind"), kind}, {QStringLiteral("source"), source}, {QStringLiteral("line"), line},
        {QStringLiteral("excerpt"), excerpt}};
}

QList<OutputScanner::Finding> OutputScanner::scan(
    const QByteArray &data, const QString &source, int maxFindings, qint64 maxBytes)
{
    QList<Finding> findings;
    if (maxFindings <= 0 || maxBytes <= 0)
        return findings;
    const QString text = QString::fromUtf8(QByteArrayView(data).first(qMin<qint64>(data.size(), maxBytes)));

    // In pieces of whole lines, so that the search stops soon once enough
    // was found; a piece is longer than this only when a line is.
    constexpr qsizetype PieceChars = 256 * 1024;
    int line = 1;
    qsizetype pieceStart = 0;
    while (pieceStart < text.size() && findings.size() < maxFindings) {
        qsizetype pieceEnd = text.size();
        if (pieceStart + PieceChars < text.size()) {
            const qsizetype newline = text.indexOf(u'\n', pieceStart + PieceChars - 1);
            if (newline >= 0)
                pieceEnd = newline + 1;
        }
        const QStringView piece = QStringView(text).sliced(pieceStart, pieceEnd - pieceStart);
        qsizetype counted = 0;
        for (const Candidate &c : findCandidates(piece, maxFindings - findings.size())) {
            if (findings.size() >= maxFindings)
                break;
            line += piece.sliced(counted, c.start - counted).count(u'\n');
            counted = c.start;
            findings.append({QString::fromLatin1(kindInfo[c.kind].id), source, line, excerpt(piece, c)});
        }
        line += piece.sliced(counted).count(u'\n');
        pieceStart = pieceEnd;
    }
    return findings;
}

bool OutputScanner::isScannable(const QString &name, const QString &mediaType)
{
    static const QSet<QString> textSuffixes{
        QStringLiteral("csv"),
        QStringLiteral("tsv"),
        QStringLiteral("json"),
        QStringLiteral("jsonl"),
        QStringLiteral("ndjson"),
        QStringLiteral("geojson"),
        QStringLiteral("txt"),
        QStringLiteral("text"),
        QStringLiteral("svg"),
        QStringLiteral("html"),
        QStringLiteral("htm"),
        QStringLiteral("md"),
        QStringLiteral("markdown"),
        QStringLiteral("rst"),
        QStringLiteral("xml"),
        QStringLiteral("log"),
        QStringLiteral("py"),
        QStringLiteral("ipynb"),
        QStringLiteral("yaml"),
        QStringLiteral("yml"),
        QStringLiteral("toml"),
        QStringLiteral("ini"),
        QStringLiteral("cfg"),
        QStringLiteral("conf"),
        QStringLiteral("env"),
        QStringLiteral("sql"),
        QStringLiteral("sh"),
        QStringLiteral("js"),
        QStringLiteral("tex"),
    };
    if (textSuffixes.contains(QFileInfo(name).suffix().toLower()))
        return true;

    const QString type = mediaType.section(u';', 0, 0).trimmed().toLower();
    if (type.isEmpty())
        return false;
    if (type.startsWith(QLatin1StringView("text/")) || type.endsWith(QLatin1StringView("+json"))
        || type.endsWith(QLatin1StringView("+xml")))
        return true;
    static const QSet<QString> textTypes{
        QStringLiteral("application/json"),
        QStringLiteral("application/xml"),
        QStringLiteral("application/javascript"),
        QStringLiteral("application/x-yaml"),
        QStringLiteral("application/yaml"),
        QStringLiteral("application/toml"),
        QStringLiteral("application/sql"),
        QStringLiteral("application/x-shellscript"),
        QStringLiteral("application/x-ndjson"),
        QStringLiteral("application/csv"),
    };
    if (textTypes.contains(type))
        return true;
    // Whatever else the MIME database knows to be a kind of plain text.
    const QMimeType mime = QMimeDatabase().mimeTypeForName(type);
    return mime.isValid() && mime.inherits(QStringLiteral("text/plain"));
}

QStringList OutputScanner::kinds()
{
    QStringList out;
    for (const KindInfo &info : kindInfo)
        out << QString::fromLatin1(info.id);
    return out;
}

} // namespace Airlock
