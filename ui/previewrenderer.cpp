// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "previewrenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHash>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTimer>
#include <QXmlStreamReader>
#include <QtConcurrent/QtConcurrentRun>

#include <sys/resource.h>

#include <vector>

#include "artifactmodel.h"

namespace Airlock {

namespace {

QString &helperOverride()
{
    static QString path;
    return path;
}

/// The helper's answer: this line, then width × height pixels of 32 bits.
constexpr QByteArrayView Magic = "AIRLOCK-PREVIEW 1 ";
/// The helper's exit codes besides 0.
enum HelperExit { NotAnImage = 3, TooManyPixels = 4, InvalidSvg = 5 };

/// An SVG claiming more than this is drawn as if it were this large.
constexpr int MaxSvgNaturalSide = 8192;

struct Check
{
    bool refused = false;
    QString problem;
};

/// One element of an SVG, for counting what drawing it costs.
struct Node
{
    std::vector<int> children;
    std::vector<int> references; ///< indices into the document's reference list
    qint64 multiplier = 1; ///< how often a marker is drawn on this shape
    bool filtered = false;
    bool isFilter = false;
};

/**
 * What an SVG draws: every element once, and once more each time a
 * reference (<use>, url(#…) of a marker, pattern, mask, clip path or filter)
 * draws it again. Counted over the tree with each element's cost computed
 * once, so that ten levels of ten-fold <use> cost ten steps, not 10^10.
 */
class SvgCost
{
public:
    QString measure(const QByteArray &content)
    {
        QXmlStreamReader xml(content);
        // Prefixes as written: an undeclared "xlink:" must not hide a reference.
        xml.setNamespaceProcessing(false);
        std::vector<int> stack;
        int styles = 0; // open <style> elements
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                const int index = int(m_nodes.size());
                m_nodes.emplace_back();
                if (!stack.empty())
                    m_nodes[stack.back()].children.push_back(index);
                else
                    m_roots.push_back(index);
                stack.push_back(index);
                if (localName(xml.qualifiedName()) == QLatin1String("style"))
                    ++styles;
                if (int(stack.size()) > PreviewRenderer::MaxNesting)
                    return PreviewRenderer::tr("Its elements are nested more than %1 deep.")
                        .arg(PreviewRenderer::MaxNesting);
                if (qint64(m_nodes.size()) > PreviewRenderer::MaxDrawnElements)
                    return tooMany();
                m_nodes[index].isFilter = localName(xml.qualifiedName()) == QLatin1String("filter");
                readAttributes(index, xml);
            } else if (token == QXmlStreamReader::EndElement) {
                if (!stack.empty())
                    stack.pop_back();
                if (localName(xml.qualifiedName()) == QLatin1String("style") && styles > 0)
                    --styles;
            } else if (token == QXmlStreamReader::Characters && styles > 0) {
                // CSS in <style> can put a filter or marker on every element.
                if (!xml.text().contains(u"url("))
                    continue;
                for (const QString &id : urls(xml.text()))
                    m_global.push_back(id);
            }
        }
        // A damaged file is measured as far as it goes: a renderer may
        // draw that much of it.
        // A style rule may apply to every element: its targets count that often.
        for (const QString &id : m_global) {
            const int target = m_ids.value(id, -1);
            if (target < 0)
                continue;
            m_globalCost = saturatedAdd(m_globalCost, saturatedMul(cost(target, 0), qint64(m_nodes.size())));
            if (m_nodes[target].isFilter)
                m_globalFilters = saturatedAdd(m_globalFilters, qint64(m_nodes.size()));
            if (m_failed)
                break;
        }
        qint64 total = m_globalCost;
        for (int root : m_roots)
            total = saturatedAdd(total, cost(root, 0));
        if (m_cycle)
            return PreviewRenderer::tr("It refers to itself.");
        if (m_tooDeep)
            return PreviewRenderer::tr("Its references are nested more than %1 deep.").arg(PreviewRenderer::MaxNesting);
        if (total > PreviewRenderer::MaxDrawnElements)
            return tooMany();
        qint64 filters = m_globalFilters;
        for (int root : m_roots)
            filters = saturatedAdd(filters, m_filters[root]);
        if (filters > PreviewRenderer::MaxFilterUses)
            return PreviewRenderer::tr("It applies filters more than %1 times.").arg(PreviewRenderer::MaxFilterUses);
        return {};
    }

private:
    static qint64 saturatedAdd(qint64 a, qint64 b)
    {
        const qint64 cap = PreviewRenderer::MaxDrawnElements + 1;
        return qMin(cap, a + b);
    }
    static qint64 saturatedMul(qint64 a, qint64 b)
    {
        const qint64 cap = PreviewRenderer::MaxDrawnElements + 1;
        return (a != 0 && b > cap / a) ? cap : qMin(cap, a * b);
    }
    static QString tooMany()
    {
        return PreviewRenderer::tr("It would draw more than %L1 elements.").arg(PreviewRenderer::MaxDrawnElements);
    }

    static QStringView localName(QStringView qualified) { return qualified.sliced(qualified.lastIndexOf(u':') + 1); }

    static QStringList urls(QStringView text)
    {
        static const QRegularExpression url(QStringLiteral(R"re(url\(\s*["']?\s*#([^)"'\s]+))re"));
        QStringList out;
        for (auto it = url.globalMatchView(text); it.hasNext();)
            out << it.next().captured(1);
        return out;
    }

    void readAttributes(int index, const QXmlStreamReader &xml)
    {
        Node &node = m_nodes[index];
        for (const QXmlStreamAttribute &attribute : xml.attributes()) {
            const QStringView name = localName(attribute.qualifiedName());
            const QStringView value = attribute.value();
            if (name == QLatin1String("id")) {
                if (!m_ids.contains(value.toString()))
                    m_ids.insert(value.toString(), index);
                continue;
            }
            if (name == QLatin1String("href")) {
                const QStringView target = value.trimmed();
                if (target.startsWith(u'#'))
                    addReference(node, target.sliced(1).toString());
                continue;
            }
            if (name == QLatin1String("filter") || (name == QLatin1String("style") && value.contains(u"filter")))
                node.filtered = node.filtered || value.contains(u"url(");
            if ((name.startsWith(QLatin1String("marker"))
                    || (name == QLatin1String("style") && value.contains(u"marker")))
                && value.contains(u"url(")) {
                // A marker is drawn at every vertex: about one per pair of numbers.
                QStringView points;
                for (const QXmlStreamAttribute &shape : xml.attributes()) {
                    if (shape.qualifiedName() == QLatin1String("d") || shape.qualifiedName() == QLatin1String("points"))
                        points = shape.value();
                }
                static const QRegularExpression number(QStringLiteral(R"re([-+]?(?:\d+\.?\d*|\.\d+))re"));
                qint64 numbers = 0;
                for (auto it = number.globalMatchView(points); it.hasNext(); it.next())
                    ++numbers;
                node.multiplier = qMax(node.multiplier, qMax<qint64>(1, numbers / 2));
            }
            if (value.contains(u"url(")) {
                for (const QString &id : urls(value))
                    addReference(node, id);
            }
        }
    }

    void addReference(Node &node, const QString &id)
    {
        node.references.push_back(int(m_references.size()));
        m_references.push_back(id);
    }

    /// What drawing @p index costs, and its filter uses, computed once.
    qint64 cost(int index, int depth)
    {
        if (m_cost.empty()) {
            m_cost.assign(m_nodes.size(), -1);
            m_filters.assign(m_nodes.size(), 0);
            m_state.assign(m_nodes.size(), 0);
        }
        if (m_failed)
            return PreviewRenderer::MaxDrawnElements + 1;
        if (m_state[index] == 2)
            return m_cost[index];
        if (m_state[index] == 1) {
            m_cycle = m_failed = true;
            return PreviewRenderer::MaxDrawnElements + 1;
        }
        if (depth > PreviewRenderer::MaxNesting) {
            m_tooDeep = m_failed = true;
            return PreviewRenderer::MaxDrawnElements + 1;
        }
        m_state[index] = 1;
        qint64 total = 1;
        qint64 filters = m_nodes[index].filtered ? 1 : 0;
        const qint64 multiplier = m_nodes[index].multiplier;
        for (int child : m_nodes[index].children) {
            total = saturatedAdd(total, cost(child, depth + 1));
            filters = saturatedAdd(filters, m_filters[child]);
        }
        for (int reference : m_nodes[index].references) {
            const int target = m_ids.value(m_references[reference], -1);
            if (target < 0)
                continue;
            total = saturatedAdd(total, saturatedMul(cost(target, depth + 1), multiplier));
            filters = saturatedAdd(filters, saturatedMul(m_filters[target], multiplier));
        }
        m_state[index] = 2;
        m_cost[index] = total;
        m_filters[index] = filters;
        return total;
    }

    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
    std::vector<QString> m_references;
    std::vector<QString> m_global;
    QHash<QString, int> m_ids;
    std::vector<qint64> m_cost;
    std::vector<qint64> m_filters;
    std::vector<char> m_state;
    qint64 m_globalCost = 0;
    qint64 m_globalFilters = 0;
    bool m_failed = false;
    bool m_cycle = false;
    bool m_tooDeep = false;
};

Check checkSvg(const QByteArray &content, bool complexity)
{
    const QString refused = ArtifactModel::svgProblem(content);
    if (!refused.isEmpty())
        return {true, refused};
    if (complexity)
        return {false, PreviewRenderer::complexityProblem(content)};
    return {};
}

} // namespace

PreviewRenderer::PreviewRenderer(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this]() {
        fail(Failure::TimedOut, tr("Drawing it took longer than %n second(s).", nullptr, m_limits.timeoutMs / 1000));
    });
}

PreviewRenderer::~PreviewRenderer()
{
    // Killed, so these waits are short; no helper outlives the renderer.
    const QList<QProcess *> processes = findChildren<QProcess *>();
    for (QProcess *process : processes) {
        process->disconnect(this);
        process->kill();
        process->waitForFinished(1000);
    }
}

void PreviewRenderer::setLimits(const Limits &limits)
{
    m_limits = limits;
}

PreviewRenderer::Limits PreviewRenderer::limits() const
{
    return m_limits;
}

void PreviewRenderer::start(const QByteArray &content, bool svg, const QSize &bounds)
{
    cancel();
    const quint64 generation = m_generation;
    // Counted on the clock of the whole job: checking is part of it.
    m_timer->start(m_limits.timeoutMs);
    if (!svg) {
        startHelper(content, false, bounds);
        return;
    }
    // Even the check reads a file of any size: not on the GUI thread.
    auto *watcher = new QFutureWatcher<Check>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, content, bounds]() {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const Check check = watcher->result();
        if (!check.problem.isEmpty())
            return fail(check.refused ? Failure::Refused : Failure::TooComplex, check.problem);
        startHelper(content, true, bounds);
    });
    watcher->setFuture(QtConcurrent::run(checkSvg, content, m_limits.checkComplexity));
}

void PreviewRenderer::cancel()
{
    ++m_generation;
    m_timer->stop();
    m_output.clear();
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        // Deleted once it is gone, so that nothing waits for it here.
        QProcess *process = m_process;
        m_process = nullptr;
        if (process->state() == QProcess::NotRunning)
            process->deleteLater();
        else
            connect(process, &QProcess::finished, process, &QObject::deleteLater);
    }
}

bool PreviewRenderer::isRunning() const
{
    return m_timer->isActive();
}

void PreviewRenderer::startHelper(const QByteArray &content, bool svg, const QSize &bounds)
{
    const QString helper = helperPath();
    // Reported from the event loop, as every other end is: never from
    // within start().
    const auto failLater = [this](const QString &detail) {
        QMetaObject::invokeMethod(
            this,
            [this, detail, generation = m_generation]() {
                if (generation == m_generation)
                    fail(Failure::Crashed, detail);
            },
            Qt::QueuedConnection);
    };
    if (helper.isEmpty())
        return failLater(tr("The preview helper airlock-preview is not installed."));
    if (!QFileInfo(helper).isExecutable())
        return failLater(tr("The preview helper could not be started: %1").arg(QDir::toNativeSeparators(helper)));
    // The largest answer that can be right: what was asked for, or the caps.
    m_maxSize = bounds.isValid() ? bounds : QSize(svg ? MaxSvgSide : 1 << 20, svg ? MaxSvgSide : 1 << 20);

    m_process = new QProcess(this);
    m_process->setProgram(helper);
    m_process->setArguments(
        {svg ? QStringLiteral("svg") : QStringLiteral("raster"), QString::number(bounds.isValid() ? bounds.width() : 0),
            QString::number(bounds.isValid() ? bounds.height() : 0)});
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "SSH_AUTH_SOCK"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_process->setProcessEnvironment(environment);
    m_process->setUnixProcessParameters(QProcess::UnixProcessFlag::CloseFileDescriptors
        | QProcess::UnixProcessFlag::ResetSignalHandlers | QProcess::UnixProcessFlag::IgnoreSigPipe);
    const rlim_t memory = rlim_t(m_limits.memoryBytes);
    const rlim_t seconds = rlim_t(m_limits.timeoutMs / 1000 + 1);
    m_process->setChildProcessModifier([memory, seconds]() {
        // Between fork and exec: only async-signal-safe calls.
        const rlimit cpu{seconds, seconds};
        setrlimit(RLIMIT_CPU, &cpu);
        const rlimit core{0, 0};
        setrlimit(RLIMIT_CORE, &core);
#if !defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer reserves terabytes of address space up front.
        const rlimit as{memory, memory};
        setrlimit(RLIMIT_AS, &as);
#else
        (void)memory;
#endif
    });

    const quint64 generation = m_generation;
    const qint64 maxOutput = Magic.size() + 64
        + qMin<qint64>(ArtifactModel::MaxImagePixels, qint64(m_maxSize.width()) * m_maxSize.height()) * 4;
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this, generation, maxOutput]() {
        if (generation != m_generation)
            return;
        m_output += m_process->readAllStandardOutput();
        if (m_output.size() > maxOutput)
            fail(Failure::Crashed, tr("The preview helper sent more than was asked for."));
    });
    connect(m_process, &QProcess::finished, this, [this, generation]() {
        if (generation == m_generation)
            finish();
    });
    connect(m_process, &QProcess::errorOccurred, this, [this, generation](QProcess::ProcessError error) {
        if (generation == m_generation && error == QProcess::FailedToStart)
            fail(Failure::Crashed, tr("The preview helper could not be started: %1").arg(m_process->errorString()));
    });
    m_process->start(QIODevice::ReadWrite);
    m_process->write(content);
    m_process->closeWriteChannel();
}

void PreviewRenderer::finish()
{
    m_output += m_process->readAllStandardOutput();
    const QByteArray errors = m_process->readAllStandardError().left(1024);
    const bool normal = m_process->exitStatus() == QProcess::NormalExit;
    const int code = m_process->exitCode();
    if (!normal)
        return fail(Failure::Crashed, tr("Drawing it needed more memory or time than allowed, or failed."));
    if (code == NotAnImage)
        return fail(Failure::Unreadable, tr("This is not a PNG or JPEG image, or it is damaged."));
    if (code == TooManyPixels) {
        const QList<QByteArray> size = errors.trimmed().split(' ');
        return fail(Failure::Unreadable,
            tr("The image is too large to show (%1 × %2 pixels).")
                .arg(QString::fromLatin1(size.value(0)), QString::fromLatin1(size.value(1))));
    }
    if (code == InvalidSvg)
        return fail(Failure::Unreadable, tr("It is not a valid SVG image."));
    if (code != 0)
        return fail(Failure::Crashed, tr("Drawing it failed (exit code %1).").arg(code));

    // "AIRLOCK-PREVIEW 1 W H NATURAL_W NATURAL_H\n", then the pixels.
    const qsizetype newline = m_output.indexOf('\n');
    const QList<QByteArray> fields = newline > 0 && m_output.startsWith(Magic)
        ? m_output.sliced(Magic.size(), newline - Magic.size()).split(' ')
        : QList<QByteArray>();
    const int width = fields.value(0).toInt();
    const int height = fields.value(1).toInt();
    const QSize natural(fields.value(2).toInt(), fields.value(3).toInt());
    const qint64 bytes = qint64(width) * height * 4;
    if (fields.size() != 4 || width <= 0 || height <= 0 || width > m_maxSize.width() || height > m_maxSize.height()
        || qint64(width) * height > ArtifactModel::MaxImagePixels || natural.isEmpty()
        || m_output.size() - newline - 1 != bytes)
        return fail(Failure::Crashed, tr("The preview helper's answer is not an image of the size asked for."));
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return fail(Failure::Crashed, tr("There is not enough memory to show it."));
    const char *pixels = m_output.constData() + newline + 1;
    for (int y = 0; y < height; ++y)
        memcpy(image.scanLine(y), pixels + qint64(y) * width * 4, size_t(width) * 4);
    cancel();
    Q_EMIT rendered(image, natural);
}

void PreviewRenderer::fail(Failure failure, const QString &detail)
{
    cancel();
    Q_EMIT failed(failure, detail);
}

QString PreviewRenderer::complexityProblem(const QByteArray &content)
{
    return SvgCost().measure(content);
}

QImage PreviewRenderer::renderHere(
    const QByteArray &content, bool svg, const QSize &bounds, QSize *natural, QString *error)
{
    if (!svg) {
        const QImage image = ArtifactModel::readImage(content, bounds, error);
        if (natural)
            *natural = image.size();
        return image;
    }
    QSvgRenderer renderer(content);
    if (!renderer.isValid()) {
        if (error)
            *error = tr("It is not a valid SVG image.");
        return {};
    }
    QSizeF claimed = renderer.defaultSize();
    if (claimed.isEmpty())
        claimed = renderer.viewBoxF().size();
    if (claimed.isEmpty())
        claimed = QSizeF(512, 512);
    if (claimed.width() > MaxSvgNaturalSide || claimed.height() > MaxSvgNaturalSide)
        claimed.scale(MaxSvgNaturalSide, MaxSvgNaturalSide, Qt::KeepAspectRatio);
    if (natural)
        *natural = claimed.toSize().expandedTo(QSize(1, 1));
    // Twice its size, for zooming in and for high-density screens.
    QSizeF size = bounds.isValid() ? claimed.scaled(bounds, Qt::KeepAspectRatio) : claimed * 2;
    if (size.width() > MaxSvgSide || size.height() > MaxSvgSide)
        size.scale(MaxSvgSide, MaxSvgSide, Qt::KeepAspectRatio);
    QImage image(size.toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        if (error)
            *error = tr("There is not enough memory to show it.");
        return {};
    }
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(QPointF(0, 0), image.size()));
    painter.end();
    return image;
}

QString PreviewRenderer::helperPath()
{
    if (!helperOverride().isEmpty())
        return helperOverride();
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {here.filePath(QStringLiteral("airlock-preview")),
             here.filePath(QStringLiteral(AIRLOCK_BIN_TO_LIBEXEC "/airlock-preview"))}) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return {};
}

void PreviewRenderer::setHelperPath(const QString &path)
{
    helperOverride() = path;
}

} // namespace Airlock
