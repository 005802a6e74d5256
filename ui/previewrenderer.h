// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QImage>
#include <QObject>
#include <QSize>

class QProcess;
class QTimer;

namespace Airlock {

/**
 * Turns an image a run wrote (PNG, JPEG or SVG) into pixels without ever
 * decoding or drawing it in the workbench's own process: a helper program,
 * airlock-preview, does it with a memory and CPU limit and is killed when it
 * takes longer than the time limit. Before the helper starts, an SVG is
 * checked on a worker thread: one that refers outside itself is refused, and
 * one that would draw too much (<use> fan-out, deep nesting, many filters)
 * is "too complex". The helper sends raw pixels back, which are checked
 * against the size that was asked for.
 *
 * One image at a time: start() drops the job before it.
 */
class PreviewRenderer : public QObject
{
    Q_OBJECT
public:
    enum class Failure {
        Refused, ///< the SVG refers to files or addresses outside itself
        TooComplex, ///< the SVG would draw more than the bounds allow
        TimedOut, ///< killed after the time limit
        Unreadable, ///< no PNG, JPEG or SVG, damaged, or too many pixels
        Crashed, ///< the helper died (memory limit) or is missing
    };
    Q_ENUM(Failure)

    struct Limits
    {
        int timeoutMs = 10000;
        qint64 memoryBytes = qint64(1) << 30;
        /// Only tests turn this off, to show that the helper's limits hold alone.
        bool checkComplexity = true;
    };

    /// What an SVG may draw, counting every element as often as references
    /// repeat it: a few hundred thousand shapes, as a dense scatter plot has.
    static constexpr qint64 MaxDrawnElements = 250000;
    static constexpr int MaxNesting = 128;
    static constexpr qint64 MaxFilterUses = 64;
    /// The longer side of a full SVG preview, in pixels.
    static constexpr int MaxSvgSide = 4096;

    explicit PreviewRenderer(QObject *parent = nullptr);
    ~PreviewRenderer() override;

    void setLimits(const Limits &limits);
    Limits limits() const;

    /**
     * Starts rendering @p content. A PNG or JPEG is scaled down to fit
     * @p bounds, or kept at its size when @p bounds is not valid; an SVG is
     * drawn to fit @p bounds, or at up to twice its own size (at most
     * MaxSvgSide) when @p bounds is not valid. Ends in rendered() or failed().
     */
    void start(const QByteArray &content, bool svg, const QSize &bounds = {});
    /// Drops the running job, if any: no signal follows.
    void cancel();
    bool isRunning() const;

    /// Why an SVG would draw too much; empty when it is within the bounds.
    static QString complexityProblem(const QByteArray &content);
    /// What the helper does, in the calling process: never call it on the
    /// GUI thread, nor in the workbench's process, with a run's data.
    /// @p natural: the size the picture has, for an SVG its claimed size.
    static QImage renderHere(const QByteArray &content, bool svg, const QSize &bounds, QSize *natural, QString *error);

    /// The helper program: beside the executable, or in the libexec folder.
    static QString helperPath();
    /// For tests: another helper, or none (empty) for the default.
    static void setHelperPath(const QString &path);

Q_SIGNALS:
    /// @p image: the pixels, @p natural: the size the picture has (for an
    /// SVG larger or smaller than @p image).
    void rendered(const QImage &image, const QSize &natural);
    void failed(Airlock::PreviewRenderer::Failure failure, const QString &detail);

private:
    void startHelper(const QByteArray &content, bool svg, const QSize &bounds);
    void finish();
    void fail(Failure failure, const QString &detail);

    Limits m_limits;
    QProcess *m_process = nullptr;
    QTimer *m_timer;
    QByteArray m_output;
    QSize m_maxSize;
    quint64 m_generation = 0;
};

} // namespace Airlock
