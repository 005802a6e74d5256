// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "codecheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include "policy.h"

namespace Airlock::CodeCheck {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Airlock::CodeCheck)
};

// Why a module or call matters, in words a reviewer who does not program
// understands. Unknown ones get a general sentence.
QString moduleReason(const QString &module)
{
    const QString top = module.section(QLatin1Char('.'), 0, 0);
    if (top == QLatin1String("subprocess") || top == QLatin1String("pty")
        || module == QLatin1String("asyncio.subprocess"))
        return Tr::tr("it starts other programs");
    if (top == QLatin1String("multiprocessing"))
        return Tr::tr("it starts further processes");
    if (top == QLatin1String("socket"))
        return Tr::tr("it opens network connections");
    if (top == QLatin1String("ctypes") || top == QLatin1String("cffi"))
        return Tr::tr("it calls native code directly, around Python's own checks");
    if (top == QLatin1String("urllib") || top == QLatin1String("urllib3") || top == QLatin1String("requests")
        || top == QLatin1String("httpx") || top == QLatin1String("aiohttp") || top == QLatin1String("http")
        || top == QLatin1String("ftplib") || top == QLatin1String("smtplib") || top == QLatin1String("telnetlib")
        || top == QLatin1String("xmlrpc"))
        return Tr::tr("it sends or fetches data over the network");
    if (top == QLatin1String("importlib"))
        return Tr::tr("it loads code chosen only when the program runs");
    if (top == QLatin1String("fcntl"))
        return Tr::tr("it changes low-level file and terminal controls");
    return Tr::tr("the policy forbids it");
}

QString callReason(const QString &name)
{
    if (name.startsWith(QLatin1String("os.environ")) || name == QLatin1String("os.getenv")
        || name == QLatin1String("os.environb") || name == QLatin1String("os.putenv")
        || name == QLatin1String("os.unsetenv"))
        return Tr::tr("it reads or changes environment variables, where secrets often live");
    if (name == QLatin1String("eval") || name == QLatin1String("exec") || name == QLatin1String("compile"))
        return Tr::tr("it runs code made up while the program runs, which no one reviewed");
    if (name == QLatin1String("__import__"))
        return Tr::tr("it loads modules around the import checks");
    if (name.startsWith(QLatin1String("os.system")) || name.startsWith(QLatin1String("os.popen"))
        || name.startsWith(QLatin1String("os.exec")) || name.startsWith(QLatin1String("os.spawn"))
        || name.startsWith(QLatin1String("os.posix_spawn")))
        return Tr::tr("it runs other programs or shell commands");
    if (name.startsWith(QLatin1String("os.fork")))
        return Tr::tr("it starts further processes");
    if (name.startsWith(QLatin1String("os.kill")))
        return Tr::tr("it sends signals to processes");
    if (name == QLatin1String("input") || name == QLatin1String("breakpoint"))
        return Tr::tr("it waits for someone to type, and nobody will");
    return Tr::tr("the policy forbids it");
}

// Where an import sits, for the reviewer to judge whether it runs.
QString branchNote(const QJsonObject &o)
{
    const QString within = o.value(QStringLiteral("within")).toString();
    if (within == QLatin1String("if"))
        return QLatin1Char(' ') + Tr::tr("The line is inside an if: it runs only when that condition holds.");
    if (within == QLatin1String("try"))
        return QLatin1Char(' ') + Tr::tr("The line is inside a try: the code may go on without it.");
    if (within == QLatin1String("function"))
        return QLatin1Char(' ') + Tr::tr("The line is inside a function: it runs only when that is called.");
    return {};
}

int lineOf(const QJsonObject &o)
{
    return o.value(QStringLiteral("line")).toInt();
}

int columnOf(const QJsonObject &o)
{
    return qMax(0, o.value(QStringLiteral("col")).toInt());
}
} // namespace

bool moduleMatches(const QString &module, const QString &pattern)
{
    return module == pattern || module.startsWith(pattern + QLatin1Char('.'));
}

bool nameMatches(const QString &name, const QString &pattern)
{
    // os.environ forbids os.environ.get(...) and os.environ.items() too.
    if (!pattern.contains(QLatin1Char('*')))
        return name == pattern || name.startsWith(pattern + QLatin1Char('.'));
    const QRegularExpression re(QRegularExpression::anchoredPattern(
        QRegularExpression::escape(pattern).replace(QLatin1String("\\*"), QLatin1String(".*"))));
    return re.match(name).hasMatch();
}

QList<Verdict> evaluate(const QJsonObject &facts, const Policy &policy, const QStringList &declaredNames)
{
    using S = Verdict::Severity;
    QList<Verdict> verdicts;
    QSet<QString> seen;
    auto add = [&](const QString &rule, S severity, const QString &message, int line, int column) {
        const QString key = rule + QLatin1Char('|') + QString::number(line) + QLatin1Char('|') + message;
        if (seen.contains(key))
            return;
        seen.insert(key);
        verdicts.append({rule, severity, message, line, column});
    };

    if (facts.contains(QStringLiteral("syntax_error"))) {
        const QJsonObject e = facts.value(QStringLiteral("syntax_error")).toObject();
        add(QStringLiteral("code.syntax"), S::Block,
            Tr::tr("The code is not valid Python: %1 (line %2, column %3).")
                .arg(e.value(QStringLiteral("message")).toString())
                .arg(lineOf(e))
                .arg(columnOf(e)),
            lineOf(e), columnOf(e));
        return verdicts;
    }
    if (facts.contains(QStringLiteral("unreadable"))) {
        add(QStringLiteral("code.unreadable"), S::Block,
            Tr::tr("The code cannot be analysed: %1.").arg(facts.value(QStringLiteral("unreadable")).toString()), 0, 0);
        return verdicts;
    }

    // Imports, in every form.
    for (const QJsonValue &v : facts.value(QStringLiteral("imports")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString form = o.value(QStringLiteral("form")).toString();
        const QString module = o.value(QStringLiteral("module")).toString();
        QStringList candidates{module};
        if (form == QLatin1String("from") && !o.value(QStringLiteral("name")).toString().isEmpty())
            candidates << module + QLatin1Char('.') + o.value(QStringLiteral("name")).toString();
        QString forbidden;
        for (const QString &pattern : policy.forbiddenModules)
            for (const QString &candidate : std::as_const(candidates))
                if (forbidden.isEmpty() && moduleMatches(candidate, pattern))
                    forbidden = candidate;
        if (!forbidden.isEmpty()) {
            const QString how = form == QLatin1String("dynamic-literal")
                ? Tr::tr("Line %1 loads %2 by name at run time; the policy forbids it: %3.")
                : Tr::tr("Line %1 imports %2, which the policy forbids: %3.");
            add(QStringLiteral("code.forbidden-module"), policy.severityOf(QStringLiteral("forbidden-module")),
                how.arg(lineOf(o)).arg(forbidden, moduleReason(forbidden)) + branchNote(o), lineOf(o), columnOf(o));
            continue;
        }
        if (policy.allowedModules) {
            const bool relative = form == QLatin1String("relative");
            bool allowed = false;
            for (const QString &pattern : *policy.allowedModules)
                allowed = allowed || (!relative && moduleMatches(module, pattern));
            if (!allowed)
                add(QStringLiteral("code.module-not-allowed"), policy.severityOf(QStringLiteral("module-not-allowed")),
                    Tr::tr("Line %1 imports %2, which is not on the policy's list of allowed modules (%3).")
                            .arg(lineOf(o))
                            .arg(module.isEmpty() ? QStringLiteral(".") : module,
                                policy.allowedModules->join(QLatin1String(", ")))
                        + branchNote(o),
                    lineOf(o), columnOf(o));
        }
    }

    // Calls and references, resolved through aliases by the analyzer.
    for (const char *key : {"calls", "names"}) {
        const bool isCall = qstrcmp(key, "calls") == 0;
        for (const QJsonValue &v : facts.value(QLatin1String(key)).toArray()) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(QStringLiteral("name")).toString();
            // A use of anything inside a forbidden module, through whatever alias.
            if (isCall || o.value(QStringLiteral("via")).toString() != QLatin1String("alias")) {
                QString module;
                for (const QString &pattern : policy.forbiddenModules)
                    if (module.isEmpty() && name.contains(QLatin1Char('.')) && moduleMatches(name, pattern))
                        module = pattern;
                if (!module.isEmpty()) {
                    add(QStringLiteral("code.forbidden-call"), policy.severityOf(QStringLiteral("forbidden-call")),
                        (isCall ? Tr::tr("Line %1 calls %2 from the forbidden module %3: %4.")
                                : Tr::tr("Line %1 uses %2 from the forbidden module %3: %4."))
                            .arg(lineOf(o))
                            .arg(name, module, moduleReason(module)),
                        lineOf(o), columnOf(o));
                    continue;
                }
            }
            for (const QString &pattern : policy.forbiddenCalls) {
                if (!nameMatches(name, pattern))
                    continue;
                const QString via = o.value(QStringLiteral("via")).toString();
                QString message;
                if (isCall)
                    message = Tr::tr("Line %1 calls %2, which the policy forbids: %3.");
                else if (via == QLatin1String("getattr"))
                    message = Tr::tr("Line %1 reaches %2 indirectly through getattr; the policy forbids it: %3.");
                else
                    message = Tr::tr("Line %1 uses %2, which the policy forbids: %3.");
                add(QStringLiteral("code.forbidden-call"), policy.severityOf(QStringLiteral("forbidden-call")),
                    message.arg(lineOf(o)).arg(name, callReason(name)), lineOf(o), columnOf(o));
                break;
            }
        }
    }

    for (const QJsonValue &v : facts.value(QStringLiteral("dynamic_imports")).toArray()) {
        const QJsonObject o = v.toObject();
        add(QStringLiteral("code.dynamic-import"), policy.severityOf(QStringLiteral("dynamic-import")),
            Tr::tr("Line %1 loads a module whose name is only known when the code runs, so no one can check which.")
                .arg(lineOf(o)),
            lineOf(o), columnOf(o));
    }
    for (const QJsonValue &v : facts.value(QStringLiteral("dynamic_access")).toArray()) {
        const QJsonObject o = v.toObject();
        add(QStringLiteral("code.dynamic-access"), policy.severityOf(QStringLiteral("dynamic-access")),
            Tr::tr("Line %1 uses %2, a way to reach functions indirectly, around checks like this one.")
                .arg(lineOf(o))
                .arg(o.value(QStringLiteral("what")).toString()),
            lineOf(o), columnOf(o));
    }

    // Literal paths against the working folder and the declared files. The
    // sandbox lets the code write in /workspace (inputs excepted) and /tmp.
    const auto absolute = [](const QString &raw) {
        QString path = QDir::cleanPath(raw.startsWith(QLatin1Char('/')) ? raw : QStringLiteral("/workspace/") + raw);
        // Above the root is the root: "/workspace/../../tmp" is "/tmp".
        while (path.startsWith(QLatin1String("/../")))
            path = path.mid(3);
        if (path == QLatin1String("/.."))
            path = QStringLiteral("/");
        return path;
    };
    const QJsonArray paths = facts.value(QStringLiteral("paths")).toArray();
    QSet<QString> written;
    for (const QJsonValue &v : paths)
        if (v.toObject().value(QStringLiteral("write")).toBool())
            written.insert(absolute(v.toObject().value(QStringLiteral("path")).toString()));
    const auto madeByTheCode = [&](const QString &path) {
        for (QString p = path; p.size() > 11; p = p.section(QLatin1Char('/'), 0, -2))
            if (written.contains(p))
                return true;
        return false;
    };
    for (const QJsonValue &v : paths) {
        const QJsonObject o = v.toObject();
        const QString raw = o.value(QStringLiteral("path")).toString();
        const bool write = o.value(QStringLiteral("write")).toBool();
        const QString path = absolute(raw);
        // The sandbox's own scratch space exists inside it: nothing to say.
        if (path == QLatin1String("/tmp") || path.startsWith(QLatin1String("/tmp/"))
            || path == QLatin1String("/dev/null") || path.startsWith(QLatin1String("/dev/shm/")))
            continue;
        if (path != QLatin1String("/workspace") && !path.startsWith(QLatin1String("/workspace/"))) {
            add(QStringLiteral("code.path-outside-workspace"),
                policy.severityOf(QStringLiteral("path-outside-workspace")),
                write ? Tr::tr("Line %1 writes %2, outside the working folder: only /workspace and /tmp can be "
                               "written in the sandbox, so this will fail.")
                            .arg(lineOf(o))
                            .arg(raw.left(200))
                      : Tr::tr("Line %1 uses the file %2, outside the workspace; the sandbox does not have it.")
                            .arg(lineOf(o))
                            .arg(raw.left(200)),
                lineOf(o), columnOf(o));
            continue;
        }
        const QString first = path.mid(11).section(QLatin1Char('/'), 0, 0);
        if (write) {
            // Writing where it stands is what real code does; only the
            // inputs themselves cannot change.
            if (declaredNames.contains(first))
                add(QStringLiteral("code.path-outside-workspace"),
                    policy.severityOf(QStringLiteral("path-outside-workspace")),
                    Tr::tr("Line %1 writes %2, a declared input: inputs are read-only, so this will fail.")
                        .arg(lineOf(o))
                        .arg(raw.left(200)),
                    lineOf(o), columnOf(o));
            continue;
        }
        // A path object (pathlib.Path("x")) says nothing yet of reading.
        if (first == QLatin1String("output") || first.isEmpty() || declaredNames.contains(first)
            || madeByTheCode(path) || o.value(QStringLiteral("mention")).toBool())
            continue;
        add(QStringLiteral("code.path-undeclared"), policy.severityOf(QStringLiteral("path-undeclared")),
            Tr::tr("Line %1 reads the file %2, which the request does not declare and the code does not write; it "
                   "will not be there.")
                .arg(lineOf(o))
                .arg(raw.left(200)),
            lineOf(o), columnOf(o));
    }

    for (const QJsonValue &v : facts.value(QStringLiteral("network_literals")).toArray()) {
        const QJsonObject o = v.toObject();
        add(QStringLiteral("code.network-literal"), policy.severityOf(QStringLiteral("network-literal")),
            Tr::tr("Line %1 mentions the network address %2; the sandbox has no network, so any attempt to reach it "
                   "will fail.")
                .arg(lineOf(o))
                .arg(o.value(QStringLiteral("value")).toString().left(200)),
            lineOf(o), columnOf(o));
    }

    // In reading order, so the reviewer can follow the code.
    std::stable_sort(verdicts.begin(), verdicts.end(), [](const Verdict &a, const Verdict &b) {
        return a.line < b.line || (a.line == b.line && a.column < b.column);
    });
    if (facts.value(QStringLiteral("truncated")).toBool())
        add(QStringLiteral("code.analysis"), S::Block,
            Tr::tr("The code has more findings than can be listed, so it could not be checked completely."), 0, 0);
    return verdicts;
}

QList<Verdict> hiddenCharacters(const QByteArray &code)
{
    // Text that changes how a line reads (Trojan Source) or is not seen at
    // all: the reviewer would approve something other than what runs.
    const auto name = [](char32_t c) -> QString {
        switch (c) {
        case 0x202A: return QStringLiteral("LEFT-TO-RIGHT EMBEDDING");
        case 0x202B: return QStringLiteral("RIGHT-TO-LEFT EMBEDDING");
        case 0x202C: return QStringLiteral("POP DIRECTIONAL FORMATTING");
        case 0x202D: return QStringLiteral("LEFT-TO-RIGHT OVERRIDE");
        case 0x202E: return QStringLiteral("RIGHT-TO-LEFT OVERRIDE");
        case 0x2066: return QStringLiteral("LEFT-TO-RIGHT ISOLATE");
        case 0x2067: return QStringLiteral("RIGHT-TO-LEFT ISOLATE");
        case 0x2068: return QStringLiteral("FIRST STRONG ISOLATE");
        case 0x2069: return QStringLiteral("POP DIRECTIONAL ISOLATE");
        case 0x200B: return QStringLiteral("ZERO WIDTH SPACE");
        case 0x200C: return QStringLiteral("ZERO WIDTH NON-JOINER");
        case 0x200D: return QStringLiteral("ZERO WIDTH JOINER");
        case 0x200E: return QStringLiteral("LEFT-TO-RIGHT MARK");
        case 0x200F: return QStringLiteral("RIGHT-TO-LEFT MARK");
        case 0x061C: return QStringLiteral("ARABIC LETTER MARK");
        case 0x2060: return QStringLiteral("WORD JOINER");
        case 0x2061: case 0x2062: case 0x2063: case 0x2064: return QStringLiteral("INVISIBLE OPERATOR");
        case 0xFEFF: return QStringLiteral("ZERO WIDTH NO-BREAK SPACE");
        default: return {};
        }
    };
    QList<Verdict> verdicts;
    const QList<uint> text = QString::fromUtf8(code).toUcs4();
    int line = 1;
    int column = 1;
    QStringList onLine;
    int firstColumn = 0;
    const auto flush = [&]() {
        if (onLine.isEmpty())
            return;
        onLine.removeDuplicates();
        verdicts.append({QStringLiteral("code.hidden-characters"), Verdict::Severity::Block,
            Tr::tr("Line %1 holds characters that are invisible or change the direction of the text (%2, first at "
                   "column %3): what the reviewer sees is not what runs.")
                .arg(line)
                .arg(onLine.join(QLatin1String(", ")))
                .arg(firstColumn),
            line, firstColumn});
        onLine.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = text.at(i);
        if (c == U'\n') {
            flush();
            ++line;
            column = 1;
            continue;
        }
        // A byte order mark opening the file is harmless.
        const QString n = (c == 0xFEFF && i == 0) ? QString() : name(c);
        if (!n.isEmpty()) {
            if (onLine.isEmpty())
                firstColumn = column;
            onLine << QStringLiteral("U+%1 %2").arg(QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')), n);
        }
        ++column;
    }
    flush();
    return verdicts;
}

} // namespace Airlock::CodeCheck
