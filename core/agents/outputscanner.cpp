// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "outputscanner.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <vector>

#include "runresult.h"

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

/// How far a scan may go beyond the plain text: the limits that keep a
/// hostile output from turning decoding and joining into a blow-up.
constexpr int MaxDecodeDepth = 2;
constexpr qsizetype MinEncodedChars = 16;
/// Base64 of binary data shorter than this is an id or a hash, not a payload.
constexpr qsizetype BinaryPayloadChars = 256;
constexpr int MaxJoinedPieces = 4;
constexpr qsizetype MaxPieceChars = 256;

QString translate(const char *text)
{
    return QCoreApplication::translate("Airlock::OutputScanner", text);
}

bool isBase64Char(QChar c)
{
    return isAsciiAlnum(c) || c == u'+' || c == u'/' || c == u'-' || c == u'_';
}

bool isHexChar(QChar c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

/// Characters that change nothing a reader sees: zero-width, joiners,
/// word joiners, the byte order mark, soft hyphens and bidi controls.
bool isInvisible(char16_t c)
{
    return c == 0x00AD || c == 0x034F || c == 0x061C || c == 0x180E || (c >= 0x200B && c <= 0x200F)
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

/// Control characters that no text has, unlike tabs, line breaks, form
/// feeds, backspaces and the escapes of terminal colours.
bool isBinaryControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\v' && c != u'\f' && c != u'\r' && c != 0x08 && c != 0x1B)
        || (c >= 0x7F && c <= 0x9F);
}

/// Whether @p text reads as text: no more than 1 % binary control
/// characters, none at all in a short text. Bytes that were no UTF-8 count
/// as binary too when @p strict; a file in Latin-1 still reads as text.
bool readsAsText(QStringView text, bool strict)
{
    qsizetype bad = 0;
    for (const QChar c : text) {
        if (isBinaryControl(c.unicode()) || (strict && c == QChar::ReplacementCharacter))
            ++bad;
    }
    return text.size() < 64 ? bad == 0 : bad * 100 <= text.size();
}

/**
 * Decodes bytes as text: UTF-8 unless a byte order mark or the pattern of NUL
 * bytes in the head says UTF-16 or UTF-32. @p encoding is set to the name of
 * a wide encoding, left empty for UTF-8. NUL characters are dropped, so that
 * UTF-16 pieces inside other text read as the characters they are.
 */
QString decodeText(QByteArrayView data, QString *encoding)
{
    const auto decode = [&](QStringDecoder::Encoding e, const char *name, qsizetype skip) {
        *encoding = QString::fromLatin1(name);
        QStringDecoder decoder(e, QStringDecoder::Flag::Stateless);
        return QString(decoder.decode(data.sliced(skip)));
    };
    QString text;
    if (data.startsWith("\xEF\xBB\xBF"))
        text = QString::fromUtf8(data.sliced(3));
    else if (data.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)))
        text = decode(QStringDecoder::Utf32LE, "utf-32le", 4);
    else if (data.startsWith(QByteArrayView("\0\0\xFE\xFF", 4)))
        text = decode(QStringDecoder::Utf32BE, "utf-32be", 4);
    else if (data.startsWith("\xFF\xFE"))
        text = decode(QStringDecoder::Utf16LE, "utf-16le", 2);
    else if (data.startsWith("\xFE\xFF"))
        text = decode(QStringDecoder::Utf16BE, "utf-16be", 2);
    if (text.isNull()) {
        // Without a mark: ASCII in UTF-16 has every other byte NUL, in UTF-32
        // three bytes of four.
        const qsizetype head = qMin<qsizetype>(data.size(), 4096) & ~qsizetype(3);
        std::array<qsizetype, 4> zeros{};
        for (qsizetype i = 0; i < head; ++i) {
            if (data.at(i) == '\0')
                ++zeros[i % 4];
        }
        const qsizetype quarter = head / 4;
        const auto most = [&](qsizetype n, qsizetype of) { return of > 0 && n * 10 >= of * 9; };
        const auto few = [&](qsizetype n, qsizetype of) { return n * 10 <= of; };
        if (head >= 8 && most(zeros[1] + zeros[2] + zeros[3], 3 * quarter) && few(zeros[0], quarter))
            text = decode(QStringDecoder::Utf32LE, "utf-32le", 0);
        else if (head >= 8 && most(zeros[0] + zeros[1] + zeros[2], 3 * quarter) && few(zeros[3], quarter))
            text = decode(QStringDecoder::Utf32BE, "utf-32be", 0);
        else if (head >= 8 && zeros[1] + zeros[3] >= quarter * 14 / 10 && few(zeros[0] + zeros[2], 2 * quarter))
            text = decode(QStringDecoder::Utf16LE, "utf-16le", 0);
        else if (head >= 8 && zeros[0] + zeros[2] >= quarter * 14 / 10 && few(zeros[1] + zeros[3], 2 * quarter))
            text = decode(QStringDecoder::Utf16BE, "utf-16be", 0);
        else
            text = QString::fromUtf8(data);
    }
    if (text.contains(QChar::Null))
        text.remove(QChar::Null);
    return text;
}

/// Decodes base64 in either alphabet, padded or not; empty when @p run is
/// no base64 (mixed alphabets, a stray character, an impossible length).
QByteArray decodeBase64(QStringView run)
{
    while (run.endsWith(u'='))
        run.chop(1);
    if (run.size() % 4 == 1)
        return {};
    const bool standard = run.contains(u'+') || run.contains(u'/');
    const bool urlSafe = run.contains(u'-') || run.contains(u'_');
    if (standard && urlSafe)
        return {};
    QByteArray out;
    out.reserve(run.size() * 3 / 4 + 3);
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : run) {
        const char16_t u = c.unicode();
        int value;
        if (u >= 'A' && u <= 'Z')
            value = u - 'A';
        else if (u >= 'a' && u <= 'z')
            value = u - 'a' + 26;
        else if (u >= '0' && u <= '9')
            value = u - '0' + 52;
        else if (u == '+' || u == '-')
            value = 62;
        else if (u == '/' || u == '_')
            value = 63;
        else
            return {};
        buffer = (buffer << 6) | quint32(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xFF));
        }
    }
    return out;
}

QByteArray decodeHex(QStringView run)
{
    QByteArray out;
    out.reserve(run.size() / 2);
    for (qsizetype i = 0; i + 1 < run.size(); i += 2) {
        const auto nibble = [](QChar c) {
            const char16_t u = c.unicode();
            return u <= '9' ? u - '0' : (u | 0x20) - 'a' + 10;
        };
        out.append(char(nibble(run.at(i)) << 4 | nibble(run.at(i + 1))));
    }
    return out;
}

/// Where a stretch of a derived text came from in the text the scan began
/// with: one offset per segment, advancing with the text when linear.
struct Segment
{
    qsizetype from;
    qsizetype origin;
    bool linear;
};

class PositionMap
{
public:
    /// The identity.
    PositionMap() = default;
    /// Everything at [start, end) of the original.
    static PositionMap fixed(qsizetype start, qsizetype end)
    {
        PositionMap map;
        map.m_fixed = true;
        map.m_start = start;
        map.m_end = end;
        return map;
    }
    void add(qsizetype from, qsizetype origin, bool linear)
    {
        if (!m_segments.empty() && linear && m_segments.back().linear
            && m_segments.back().origin + (from - m_segments.back().from) == origin)
            return; // continues the segment before
        m_segments.push_back({from, origin, linear});
    }
    /// The original range of [start, end) of the derived text.
    std::pair<qsizetype, qsizetype> range(qsizetype start, qsizetype end) const
    {
        if (m_fixed)
            return {m_start, m_end};
        return {at(start), qMax(at(start), at(qMax(start, end - 1)) + 1)};
    }
    /// This map applied after @p inner, a map within the derived text.
    PositionMap then(const PositionMap &inner) const
    {
        if (m_fixed)
            return *this;
        if (m_segments.empty())
            return inner;
        if (!inner.m_fixed && inner.m_segments.empty())
            return *this;
        if (inner.m_fixed) {
            const auto [start, end] = range(inner.m_start, inner.m_end);
            return fixed(start, end);
        }
        PositionMap out;
        for (const Segment &s : inner.m_segments)
            out.add(s.from, at(s.origin), s.linear && isLinearAt(s.origin));
        return out;
    }

private:
    qsizetype at(qsizetype pos) const
    {
        if (m_segments.empty())
            return pos;
        auto it = std::upper_bound(
            m_segments.begin(), m_segments.end(), pos, [](qsizetype p, const Segment &s) { return p < s.from; });
        if (it == m_segments.begin())
            return pos;
        --it;
        return it->linear ? it->origin + (pos - it->from) : it->origin;
    }
    bool isLinearAt(qsizetype pos) const
    {
        if (m_segments.empty())
            return true;
        auto it = std::upper_bound(
            m_segments.begin(), m_segments.end(), pos, [](qsizetype p, const Segment &s) { return p < s.from; });
        return it == m_segments.begin() || std::prev(it)->linear;
    }

    std::vector<Segment> m_segments;
    bool m_fixed = false;
    qsizetype m_start = 0;
    qsizetype m_end = 0;
};

/// Invisible characters dropped, the rest in NFKC; null when nothing
/// changes, which is the case for all ASCII text.
QString normalise(QStringView text, PositionMap *map)
{
    const auto plain = [](QChar c) { return c.unicode() < 0x80; };
    if (std::all_of(text.begin(), text.end(), plain))
        return {};
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (plain(text.at(i))) {
            map->add(out.size(), i, true);
            qsizetype j = i;
            while (j < text.size() && plain(text.at(j)))
                ++j;
            out.append(text.sliced(i, j - i));
            i = j;
            continue;
        }
        // A stretch of non-ASCII, normalised as one: its characters may
        // compose with each other.
        qsizetype j = i;
        QString stretch;
        while (j < text.size() && !plain(text.at(j))) {
            if (!isInvisible(text.at(j).unicode()))
                stretch.append(text.at(j));
            ++j;
        }
        if (!stretch.isEmpty()) {
            map->add(out.size(), i, false);
            out.append(stretch.normalized(QString::NormalizationForm_KC));
        }
        i = j;
    }
    return out == text ? QString() : out;
}

/// A match found in some view of the data, placed in the original text.
struct Hit
{
    qsizetype start;
    qsizetype end;
    int kind;
    QString excerpt;
    QString encoding;
};

/// What every pattern but the card number's cannot do without, so that most
/// windows of glued pieces are never searched with all twelve.
const QRegularExpression &clue()
{
    static const QRegularExpression re = [] {
        QString countries;
        for (const char *code : {"AD", "AE", "AL", "AT", "AZ", "BA", "BE", "BG", "BH", "BI", "BR", "BY", "CH", "CR",
                 "CY", "CZ", "DE", "DJ", "DK", "DO", "EE", "EG", "ES", "FI", "FK", "FO", "FR", "GB", "GE", "GI", "GL",
                 "GR", "GT", "HN", "HR", "HU", "IE", "IL", "IQ", "IS", "IT", "JO", "KW", "KZ", "LB", "LC", "LI", "LT",
                 "LU", "LV", "LY", "MC", "MD", "ME", "MK", "MN", "MR", "MT", "MU", "NI", "NL", "NO", "OM", "PK", "PL",
                 "PS", "PT", "QA", "RO", "RS", "RU", "SA", "SC", "SD", "SE", "SI", "SK", "SM", "SO", "ST", "SV", "TL",
                 "TN", "TR", "UA", "VA", "VG", "XK", "YE"})
            countries += (countries.isEmpty() ? QString() : QStringLiteral("|")) + QLatin1StringView(code);
        QRegularExpression out(
            QStringLiteral(R"re(PRIVATE KEY|A(?:KIA|SIA|BIA|CCA|3T)|gh[pousr]_|github_pat_)re"
                           R"re(|x(?:ox|app)|hooks\.slack|AIza|_(?:live|test)_|eyJ|[Bb]earer|@|(?:)re")
            + countries
            + QStringLiteral(R"re()[0-9]{2}|(?i:password|passwd|passphrase|secret|token|api[_-]?key|access[_-]?key)re"
                             R"re(|private[_-]?key|auth[_-]?key|credentials?)["']?[ \t]*[:=])re"));
        Q_ASSERT(out.isValid());
        out.optimize();
        return out;
    }();
    return re;
}

QString joinSteps(const QString &outer, const QString &inner)
{
    return outer.isEmpty() ? inner : inner.isEmpty() ? outer : outer + u'+' + inner;
}

/**
 * One scan of one source: the plain text, then each way of reading it that
 * the scanner knows. A hit from a later view that overlaps one from an
 * earlier view adds nothing and is dropped.
 */
class Scan
{
public:
    Scan(int maxFindings, qint64 budget)
        : m_maxHits(8 * qsizetype(maxFindings))
        , m_wanted(maxFindings)
        , m_decodeBudget(2 * budget)
        , m_joinBudget(budget + 1024 * 1024)
    {
    }

    QList<Hit> hits;
    bool binary = false;
    bool binaryPayload = false;
    bool decodeBudgetSpent = false;
    bool joinBudgetSpent = false;

    /// Reads @p text, found at @p map of the original, in every way.
    void read(QStringView text, const PositionMap &map, const QString &encoding, int depth)
    {
        if (full())
            return;
        plain(text, map, encoding);
        PositionMap normalMap;
        const QString normal = normalise(text, &normalMap);
        const PositionMap composed = normal.isNull() ? map : map.then(normalMap);
        const QStringView readable = normal.isNull() ? text : QStringView(normal);
        const QString readableSteps = normal.isNull() ? encoding : joinSteps(encoding, QStringLiteral("unicode"));
        if (!normal.isNull())
            plain(readable, composed, readableSteps);
        if (depth < MaxDecodeDepth)
            decodeRuns(readable, composed, readableSteps, depth);
        if (depth == 0) {
            joinLines(readable, composed, readableSteps);
            joinCells(readable, composed, readableSteps);
        }
    }

private:
    bool full() const { return hits.size() >= m_maxHits; }

    void add(const Hit &hit, qsizetype viewStart)
    {
        for (qsizetype i = 0; i < viewStart; ++i) {
            if (hits.at(i).start < hit.end && hit.start < hits.at(i).end)
                return;
        }
        if (!full())
            hits.append(hit);
    }

    /// The patterns over @p text in pieces of whole lines.
    void plain(QStringView text, const PositionMap &map, const QString &encoding)
    {
        const qsizetype viewStart = hits.size();
        // In pieces of whole lines, so that the search stops soon once enough
        // was found; a piece is longer than this only when a line is.
        constexpr qsizetype PieceChars = 256 * 1024;
        qsizetype found = 0;
        qsizetype pieceStart = 0;
        while (pieceStart < text.size() && found < m_wanted && !full()) {
            qsizetype pieceEnd = text.size();
            if (pieceStart + PieceChars < text.size()) {
                const qsizetype newline = text.indexOf(u'\n', pieceStart + PieceChars - 1);
                if (newline >= 0)
                    pieceEnd = newline + 1;
            }
            const QStringView piece = text.sliced(pieceStart, pieceEnd - pieceStart);
            for (const Candidate &c : findCandidates(piece, m_wanted - found)) {
                const auto [start, end] = map.range(pieceStart + c.start, pieceStart + c.end);
                add({start, end, c.kind, excerpt(piece, c), encoding}, viewStart);
                ++found;
            }
            pieceStart = pieceEnd;
        }
    }

    /// Base64 and hex runs, decoded and read again when they decode to text.
    void decodeRuns(QStringView text, const PositionMap &map, const QString &encoding, int depth)
    {
        qsizetype i = 0;
        bool lineBlank = true; // nothing but spaces on this line so far
        while (i < text.size() && !full()) {
            if (!isBase64Char(text.at(i))) {
                if (text.at(i) == u'\n')
                    lineBlank = true;
                else if (!text.at(i).isSpace())
                    lineBlank = false;
                ++i;
                continue;
            }
            // A run of base64 characters; wrapped base64 goes on on the next
            // line when this line held nothing else. Hex is not wrapped:
            // a column of hashes stays a column of hashes.
            const qsizetype start = i;
            QString joined;
            std::vector<std::pair<qsizetype, qsizetype>> lines; // of a wrapped block
            bool wholeLine = lineBlank;
            lineBlank = false;
            qsizetype end = i;
            qsizetype width = -1;
            while (true) {
                qsizetype j = end;
                while (j < text.size() && isBase64Char(text.at(j)))
                    ++j;
                qsizetype padded = j;
                while (padded < text.size() && padded - j < 2 && text.at(padded) == u'=')
                    ++padded;
                joined.append(text.sliced(end, padded - end));
                lines.push_back({end, padded});
                const qsizetype pieceLength = padded - end;
                const QStringView piece = text.sliced(end, padded - end);
                end = padded;
                if (!wholeLine || padded != j || std::all_of(piece.begin(), piece.end(), isHexChar))
                    break;
                // The rest of the line blank, the next line base64 alone?
                qsizetype k = end;
                while (k < text.size() && (text.at(k) == u' ' || text.at(k) == u'\t' || text.at(k) == u'\r'))
                    ++k;
                if (k >= text.size() || text.at(k) != u'\n' || (width >= 0 && pieceLength != width)
                    || pieceLength < MinEncodedChars)
                    break;
                qsizetype next = k + 1;
                while (next < text.size() && (text.at(next) == u' ' || text.at(next) == u'\t'))
                    ++next;
                qsizetype nextEnd = next;
                while (nextEnd < text.size() && isBase64Char(text.at(nextEnd)))
                    ++nextEnd;
                while (nextEnd < text.size() && text.at(nextEnd) == u'=')
                    ++nextEnd;
                qsizetype after = nextEnd;
                while (after < text.size()
                    && (text.at(after) == u' ' || text.at(after) == u'\t' || text.at(after) == u'\r'))
                    ++after;
                if (nextEnd == next || (after < text.size() && text.at(after) != u'\n') || nextEnd - next > pieceLength)
                    break;
                width = pieceLength;
                end = next;
            }
            i = qMax(end, start + 1);
            if (joined.size() < MinEncodedChars)
                continue;
            if (decodeRun(joined, map.then(PositionMap::fixed(start, end)), encoding, depth) || lines.size() < 2)
                continue;
            // Not wrapped after all: lines of the same length, each its own.
            for (const auto &[lineStart, lineEnd] : lines) {
                const QStringView line = text.sliced(lineStart, lineEnd - lineStart);
                decodeRun(line, map.then(PositionMap::fixed(lineStart, lineEnd)), encoding, depth);
            }
        }
    }

    /// True when @p run decoded to text.
    bool decodeRun(QStringView run, const PositionMap &map, const QString &encoding, int depth)
    {
        // Only hex digits: hex, and nothing else; a hash stays a hash.
        QStringView hex = run;
        if (hex.startsWith(u"0x") || hex.startsWith(u"0X"))
            hex = hex.sliced(2);
        const bool isHex = std::all_of(hex.begin(), hex.end(), isHexChar);
        QByteArray bytes;
        QString step;
        if (isHex) {
            if (hex.size() % 2 != 0 || hex.size() < MinEncodedChars)
                return false;
            bytes = decodeHex(hex);
            step = QStringLiteral("hex");
        } else {
            bytes = decodeBase64(run);
            step = QStringLiteral("base64");
        }
        if (bytes.size() < 8)
            return false;
        if (bytes.size() > m_decodeBudget) {
            decodeBudgetSpent = true;
            return false;
        }
        m_decodeBudget -= bytes.size();
        QString wide;
        const QString text = decodeText(bytes, &wide);
        if (!readsAsText(text, true)) {
            if (!isHex && run.size() >= BinaryPayloadChars)
                binaryPayload = true;
            return false;
        }
        read(text, map, joinSteps(encoding, joinSteps(step, wide)), depth + 1);
        return true;
    }

    /**
     * Matches that cross from one piece into the next ones, read in windows
     * of two to MaxJoinedPieces pieces glued together; each match is
     * reported by the one window that starts and ends where it does.
     * Pieces are [start, end) in @p text; an empty one breaks the chain.
     * Card numbers are left out: a column of small numbers glues into long
     * ones that pass Luhn's check one time in ten.
     */
    void joinPieces(QStringView text, const std::vector<std::pair<qsizetype, qsizetype>> &pieces,
        const PositionMap &map, const QString &encoding)
    {
        // The pieces glued end to end, searched once for clues: only a
        // window that holds one is searched with all the patterns.
        QString glued;
        std::vector<qsizetype> offsets; // of each piece in glued
        offsets.reserve(pieces.size());
        for (const auto &[start, end] : pieces) {
            offsets.push_back(glued.size());
            glued.append(text.sliced(start, qMin(end - start, MaxPieceChars)));
        }
        std::vector<qsizetype> clues;
        for (auto it = clue().globalMatchView(glued); it.hasNext();)
            clues.push_back(it.next().capturedStart());
        if (clues.empty())
            return;

        QString window;
        std::vector<std::pair<qsizetype, qsizetype>> parts; // window offset, text offset
        for (size_t first = 0; first + 1 < pieces.size() && !full(); ++first) {
            const auto [firstStart, firstEnd] = pieces[first];
            if (firstStart == firstEnd)
                continue;
            const QStringView head = text.sliced(firstStart, firstEnd - firstStart);
            // A letterless piece starts no secret but a key's "-----".
            if (!std::any_of(head.begin(), head.end(), [](QChar c) { return c.isLetter(); }) && !head.endsWith(u'-'))
                continue;
            const qsizetype headStart = qMax(firstStart, firstEnd - MaxPieceChars);
            window.clear();
            parts.clear();
            for (size_t next = first + 1; next < pieces.size() && next < first + MaxJoinedPieces; ++next) {
                const auto [start, end] = pieces[next];
                if (start == end)
                    break;
                const qsizetype length = qMin(end - start, MaxPieceChars);
                // A piece with spaces inside ends a token split across pieces.
                const QStringView added = text.sliced(start, length);
                const bool last = std::any_of(added.begin(), added.end(), [](QChar c) { return c.isSpace(); });
                const auto clue = std::lower_bound(clues.begin(), clues.end(), offsets[first]);
                if (clue == clues.end() || *clue >= offsets[next] + length) {
                    if (last)
                        break;
                    continue;
                }
                if (window.isEmpty()) {
                    window = text.sliced(headStart, firstEnd - headStart).toString();
                    parts.push_back({0, headStart});
                    for (size_t middle = first + 1; middle < next; ++middle) {
                        parts.push_back({window.size(), pieces[middle].first});
                        window.append(text.sliced(
                            pieces[middle].first, qMin(pieces[middle].second - pieces[middle].first, MaxPieceChars)));
                    }
                }
                const qsizetype lastStart = window.size();
                parts.push_back({lastStart, start});
                window.append(added);
                if (window.size() > m_joinBudget) {
                    joinBudgetSpent = true;
                    return;
                }
                m_joinBudget -= window.size();
                for (const Candidate &c : findCandidates(window, m_wanted)) {
                    if (c.kind == CardNumber || c.start >= parts[1].first || c.end <= lastStart)
                        continue;
                    // Every join must fall inside the secret itself: gluing
                    // a line's last word to a name is no finding.
                    const bool inside = std::all_of(parts.begin() + 1, parts.end(),
                        [&](const auto &part) { return part.first > c.valueStart && part.first < c.valueEnd; });
                    // Nor is running a complete match, good or rejected, on
                    // into the next piece ("icon@2x.png" + "clone").
                    if (!inside
                        || patterns()[c.kind]
                               .matchView(QStringView(window).first(parts[1].first), c.start,
                                   QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
                               .hasMatch())
                        continue;
                    const auto toText = [&](qsizetype pos) {
                        auto it = std::upper_bound(parts.begin(), parts.end(), pos,
                            [](qsizetype p, const std::pair<qsizetype, qsizetype> &part) { return p < part.first; });
                        --it;
                        return it->second + (pos - it->first);
                    };
                    const auto [s, e] = map.range(toText(c.start), toText(c.end - 1) + 1);
                    // The shortest window that holds a match reports it.
                    add({s, e, c.kind, excerpt(window, c), encoding}, hits.size());
                }
                if (last)
                    break;
            }
        }
    }

    void joinLines(QStringView text, const PositionMap &map, const QString &encoding)
    {
        std::vector<std::pair<qsizetype, qsizetype>> lines;
        qsizetype start = 0;
        while (start <= text.size()) {
            qsizetype end = text.indexOf(u'\n', start);
            if (end < 0)
                end = text.size();
            qsizetype s = start;
            qsizetype e = end;
            while (s < e && text.at(s).isSpace())
                ++s;
            while (e > s && text.at(e - 1).isSpace())
                --e;
            lines.push_back({s, e});
            start = end + 1;
        }
        joinPieces(text, lines, map, joinSteps(encoding, QStringLiteral("lines")));
    }

    /// Cells of each row glued, and cells down each column.
    void joinCells(QStringView text, const PositionMap &map, const QString &encoding)
    {
        const QChar delimiter = csvDelimiter(text);
        if (delimiter.isNull())
            return;
        std::vector<std::vector<std::pair<qsizetype, qsizetype>>> rows(1);
        qsizetype i = 0;
        while (i < text.size()) {
            qsizetype s = i;
            qsizetype e = i;
            if (text.at(i) == u'"') {
                // Quoted: up to the closing quote, "" inside kept as it is.
                s = ++i;
                while (i < text.size()) {
                    if (text.at(i) == u'"') {
                        if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    ++i;
                }
                e = i;
                while (i < text.size() && text.at(i) != delimiter && text.at(i) != u'\n')
                    ++i;
            } else {
                while (i < text.size() && text.at(i) != delimiter && text.at(i) != u'\n')
                    ++i;
                e = i;
            }
            while (s < e && text.at(s).isSpace())
                ++s;
            while (e > s && text.at(e - 1).isSpace())
                --e;
            rows.back().push_back({s, e});
            if (i < text.size() && text.at(i) == u'\n')
                rows.emplace_back();
            ++i;
        }
        const QString steps = joinSteps(encoding, QStringLiteral("cells"));
        size_t columns = 0;
        for (const auto &row : rows) {
            joinPieces(text, row, map, steps);
            columns = qMax(columns, row.size());
        }
        std::vector<std::pair<qsizetype, qsizetype>> column;
        for (size_t c = 0; c < columns && !full(); ++c) {
            column.clear();
            for (const auto &row : rows)
                column.push_back(c < row.size() ? row[c] : std::pair<qsizetype, qsizetype>{0, 0});
            joinPieces(text, column, map, steps);
        }
    }

    /// The delimiter of a table: the one of , ; tab | that the first lines
    /// hold the same number of times, at least once each.
    static QChar csvDelimiter(QStringView text)
    {
        QList<QStringView> head;
        for (qsizetype start = 0; start < text.size() && head.size() < 5;) {
            qsizetype end = text.indexOf(u'\n', start);
            if (end < 0)
                end = text.size();
            if (end > start)
                head.append(text.sliced(start, end - start));
            start = end + 1;
        }
        if (head.size() < 2)
            return {};
        for (const QChar d : {QChar(u','), QChar(u'\t'), QChar(u';'), QChar(u'|')}) {
            const qsizetype n = head.constFirst().count(d);
            if (n > 0 && std::all_of(head.begin(), head.end(), [&](QStringView line) { return line.count(d) == n; }))
                return d;
        }
        return {};
    }

    const qsizetype m_maxHits;
    const qsizetype m_wanted;
    qint64 m_decodeBudget;
    qint64 m_joinBudget;
};

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
    QJsonObject out{{QStringLiteral("kind"), kind}, {QStringLiteral("source"), source}, {QStringLiteral("line"), line},
        {QStringLiteral("excerpt"), excerpt}};
    if (!encoding.isEmpty())
        out.insert(QStringLiteral("encoding"), encoding);
    return out;
}

QList<OutputScanner::Finding> OutputScanner::scan(
    const QByteArray &data, const QString &source, int maxFindings, qint64 maxBytes, QStringList *unscanned)
{
    QList<Finding> findings;
    if (maxFindings <= 0 || maxBytes <= 0)
        return findings;
    const QByteArrayView head = QByteArrayView(data).first(qMin<qint64>(data.size(), maxBytes));
    QString wide;
    const QString text = decodeText(head, &wide);
    Scan scan(maxFindings, head.size());
    scan.read(text, PositionMap(), wide, 0);

    if (unscanned) {
        if (!readsAsText(text, false))
            *unscanned << translate(QT_TRANSLATE_NOOP("Airlock::OutputScanner", "%1 (binary data, or text in an encoding the scan does not read)")).arg(source);
        if (scan.binaryPayload)
            *unscanned << translate(QT_TRANSLATE_NOOP("Airlock::OutputScanner", "%1 (base64-encoded binary data)")).arg(source);
        if (scan.decodeBudgetSpent)
            *unscanned << translate(QT_TRANSLATE_NOOP("Airlock::OutputScanner", "%1 (encoded data beyond what the scan decodes)")).arg(source);
        if (scan.joinBudgetSpent)
            *unscanned << translate(QT_TRANSLATE_NOOP("Airlock::OutputScanner", "%1 (lines and cells beyond what the scan joins)")).arg(source);
    }

    // In the order of the text, each with its line.
    QList<Hit> &hits = scan.hits;
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.start < b.start; });
    int line = 1;
    qsizetype counted = 0;
    for (const Hit &hit : std::as_const(hits)) {
        if (findings.size() >= maxFindings)
            break;
        line += QStringView(text).sliced(counted, hit.start - counted).count(u'\n');
        counted = hit.start;
        findings.append({QString::fromLatin1(kindInfo[hit.kind].id), source, line, hit.excerpt, hit.encoding});
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

QList<OutputScanner::Finding> OutputScanner::scanRun(const RunResult &result, QStringList *unscanned, qint64 maxBytes)
{
    // What the scan could not read is named, so that nothing unread is
    // ever called clean.
    QList<Finding> findings;
    const auto scanPart = [&](const QByteArray &data, const QString &source) {
        findings += scan(data, source, 200, maxBytes, unscanned);
        if (data.size() > maxBytes)
            *unscanned << QCoreApplication::translate("Airlock::OutputScanner", "%1 beyond its first %2 MiB")
                              .arg(source)
                              .arg(maxBytes / (1024 * 1024));
    };
    scanPart(result.stdoutData, QStringLiteral("stdout"));
    scanPart(result.stderrData, QStringLiteral("stderr"));
    // What the code reported about itself goes back too.
    scanPart(QJsonDocument(result.events).toJson(QJsonDocument::Indented), QStringLiteral("events"));
    for (const auto &a : result.artifacts) {
        findings += scan(
            a.name.toUtf8(), QCoreApplication::translate("Airlock::OutputScanner", "the name of %1").arg(a.name));
        if (isScannable(a.name, a.mediaType))
            scanPart(a.content, a.name);
        else
            *unscanned << QCoreApplication::translate("Airlock::OutputScanner", "%1 (%2)").arg(a.name, a.mediaType);
    }
    return findings;
}

} // namespace Airlock
